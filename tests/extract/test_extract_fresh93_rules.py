"""Rules found on the blind set fresh93 (and the read sets fresh28 and fresh52), on texts
of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

from dossier.extract.sentences import split_sentences

TEXTS = RuleTexts(
    "SAN DIEGO, March 3, 2025 -- Quellmark Biotherapeutics, Inc. today announced that the "
    "U.S. FDA has cleared its IND application for QMB-410.\n\n",
    dt.date(2025, 3, 3),
)


def _targets(text: str) -> dict[str, list[str]]:
    return {p.code: p.targets for p in TEXTS.run(text).products}


def test_a_bispecific_named_by_one_arm_first_takes_both_arms_told_later() -> None:
    # the headline-like first description names one arm; a later one names both
    text = (
        "QMB-410 is the first FAP-directed T-cell engaging bispecific antibody from Quellmark.\n\n"
        "About QMB-410\n\nQMB-410 is a FAP x CD3 bispecific antibody designed to redirect "
        "T cells to the tumor stroma."
    )
    assert _targets(text)["QMB-410"] == ["FAP", "CD3"]


def test_a_monoclonal_antibody_keeps_its_first_description() -> None:
    # (not a bispecific: a later sentence about a combination adds no target to it)
    text = (
        "QMB-410 is a FAP-directed monoclonal antibody.\n\nIn a second study, QMB-410 is "
        "given with a PD-1 x CTLA-4 bispecific antibody."
    )
    assert _targets(text)["QMB-410"] == ["FAP"]


def test_a_co_stimulatory_bispecific_names_both_targets() -> None:
    text = "QMB-410 is a MSLN x CD28 co-stimulatory bispecific antibody."
    assert _targets(text)["QMB-410"] == ["MSLN", "CD28"]


def test_an_antibody_described_with_a_capitalised_anti_names_its_target() -> None:
    # a pipeline table's cell opens with "Anti-"
    release = TEXTS.run_markdown(
        "Quellmark reports second quarter results",
        "| Program | Description | Indication |\n|---|---|---|\n"
        "| QMB-410 | Anti-TSLP monoclonal antibody | Severe asthma |\n",
    )
    assert {p.code: p.targets for p in release.products}["QMB-410"] == ["TSLP"]


def test_a_gene_therapy_delivering_a_genes_coding_sequence_targets_that_gene() -> None:
    text = (
        "QMB-410 is an AAV gene therapy that delivers the full-length coding sequence of "
        "ATP7B, the gene encoding a copper-transporting ATPase, to the liver."
    )
    assert _targets(text)["QMB-410"] == ["ATP7B"]


def test_an_ellipsis_between_two_headlines_ends_the_first() -> None:
    headline = "QMB-410 Wins MFDS Approval for Phase 1 Trial ... QMB-520 Files U.S. Phase 2 IND"
    assert [s.text for s in split_sentences(headline)] == [
        "QMB-410 Wins MFDS Approval for Phase 1 Trial ...", "QMB-520 Files U.S. Phase 2 IND"]
    # so the second headline's product does not take the first one's approval
    release = TEXTS.run(headline + "\n\nQuellmark develops QMB-410 and QMB-520.", dateline="")
    assert not [e for e in release.ind_events if e.product == "QMB-520" and e.agency == "MFDS"]


def test_a_headlines_title_cased_participle_after_a_target_is_no_product_code() -> None:
    release = TEXTS.run(
        "Quellmark Receives MHRA Clinical Trial Authorisation for QMB-410, its PD-1-Edited "
        "TIL Therapy, for Advanced Melanoma\n\nQMB-410 is an autologous TIL therapy.",
        dateline="")
    assert [p.code for p in release.products] == ["QMB-410"]


def test_the_filing_named_with_its_scope_is_the_last_named_products() -> None:
    text = (
        "LEUVEN, Belgium, 10 July 2025 - Quellmark Biotherapeutics B.V. today announced that "
        "its clinical trial application (CTA) for the Phase 1 TRIAL-1 trial of QMB-410 in "
        "patients with Pompe disease has been authorised under the EU Clinical Trials "
        "Regulation. The Company also announced that the European Commission has granted "
        "orphan designation to QMB-410 for the treatment of Pompe disease.\n\n"
        "Quellmark submitted the multinational CTA through the EU Clinical Trials "
        "Information System (CTIS) in January 2025, with Belgium acting as reporting Member "
        "State."
    )
    events = TEXTS.ind(text, ("product", "agency", "status", "date"), dateline="")
    assert ("QMB-410", "EMA", "submitted", "2025-01") in events
