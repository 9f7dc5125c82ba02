"""Rules found on the blind set fresh83 (facts in tables, timelines, bullets and facts
boxes), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "SAN DIEGO, Jan. 20, 2026 (GLOBE NEWSWIRE) -- Quenby Therapeutics, Inc. today announced "
    "an update.\n\n",
    dt.date(2026, 1, 20),
)


def test_a_pipeline_cells_submission_planned_with_a_date_is_a_plan() -> None:
    text = (
        "QNB-1108   CD40 x MSLN   Bispecific antibody   Phase 1 (China)  NMPA IND approved "
        "(Sep 2025); FDA IND submission planned 1H 2026\n"
    )
    assert TEXTS.ind(text, ("agency", "status", "date")) == {("NMPA", "cleared", "2025-09")}


def test_a_plain_text_timeline_under_a_rule_line_reads_its_plan_rows_as_plans() -> None:
    text = (
        "Regulatory timeline of QNB-3107\n\n"
        "Month            | Milestone\n"
        "-----------------|---------------------------------------------\n"
        "Aug 2025         | CTN notification for Phase 1b (Australia) submitted to the TGA\n"
        "Nov 2025         | Phase 2 IND application filed with the MFDS (Korea)\n"
        "2H 2026 (plan)   | U.S. FDA IND submission for a Phase 2 study in CAPS\n"
    )
    assert TEXTS.ind(text, ("agency", "status", "date")) == {
        ("TGA", "submitted", "2025-08"), ("MFDS", "submitted", "2025-11")
    }


def test_footnotes_superscripts_tie_notes_and_end_words() -> None:
    release = TEXTS.run_markdown(
        "Quenby Provides a Regulatory Update",
        "Quenby today announced an update on QNB-201.\n\n"
        "## Regulatory designations for QNB-201\n\n"
        "| Agency | Designation | Indication | Granted |\n|---|---|---|---|\n"
        "| European Commission | Orphan designation\u00b2 | CLN5 disease | July 2024 |\n"
        "| EMA | PRIority MEdicines (PRIME) | CLN5 disease | Requested December 2025; decision "
        "pending |\n\n"
        "In September 2025, the FDA granted QNB-721 Orphan Drug Designation for the treatment "
        "of gastric cancer.\n\n"
        "\u00b9 Orphan Drug Designation is granted by the FDA for rare diseases affecting fewer "
        "than 200,000 people in the United States; the QNB-721 designation letter is dated "
        "September 17, 2025.\n",
    )
    assert {(d.product, d.agency, d.type, d.date, d.indication) for d in release.designations} == {
        ("QNB-201", "EMA", "orphan_drug", "2024-07", "CLN5 disease"),
        ("QNB-721", "FDA", "orphan_drug", "2025-09-17", "gastric cancer"),
    }


def test_a_filing_table_with_a_submitted_column_and_a_status_column() -> None:
    release = TEXTS.run_markdown(
        "Quenby Provides a Regulatory Update on QNB-721",
        "Quenby today announced an update on QNB-721.\n\n"
        "## QNB721-101 regulatory status\n\n"
        "| Country | Agency | Filing | Submitted | Status |\n|---|---|---|---|---|\n"
        "| United States | FDA | IND No. 172815 | December 2025 | Cleared, January 29, 2026 |\n"
        "| Australia | TGA | Clinical Trial Notification (CTN) | January 2026 | Notified; HREC "
        "approval obtained December 2025 |\n"
        "| Korea | MFDS | IND | January 2026 | Under review |\n"
        "| China | NMPA | IND | Planned for 2H 2026 | Not yet filed |\n",
    )
    assert {(e.agency, e.status, e.date) for e in release.ind_events} == {
        ("FDA", "submitted", "2025-12"), ("FDA", "cleared", "2026-01-29"),
        ("TGA", "submitted", "2026-01"), ("MFDS", "submitted", "2026-01"),
    }


def test_a_protocol_numbered_trial_names_its_product_not_the_imaging_agent() -> None:
    text = (
        "QNB1402-101 is a Phase 1/2 study of QNB-1402 in patients with FAP-positive advanced "
        "solid tumors, selected by PET imaging with the companion imaging agent QNB-1401. The "
        "FDA cleared the Investigational New Drug (IND) application for QNB1402-101 in March "
        "2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "date")) == {("QNB-1402", "FDA", "2025-03")}


def test_a_table_under_a_heading_naming_a_protocol_numbered_trial() -> None:
    text = (
        "QNB6620-101 is a Phase 1/2 study of QNB-6620 in patients with familial "
        "chylomicronemia syndrome. QNB-5510 is in a separate hypertension program.\n\n"
        "Regulatory status of QNB6620-101\n\n"
        "Jurisdiction   Regulator / body                 Step                              Date\n"
        "-------------  -------------------------------  --------------------------------  "
        "-------------\n"
        "Australia      Bellbird Health HREC             Ethics approval                   "
        "October 2025\n"
        "Australia      TGA                              CTN notification submitted        "
        "November 2025\n"
        "United States  FDA                              IND submission                    "
        "Planned 2H 2026\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("QNB-6620", "TGA", "submitted", "2025-11")
    }


def test_a_descriptor_and_its_head_noun_before_a_code_name_one_product() -> None:
    release = TEXTS.run(
        "Quenby's allogeneic CD70 CAR-NK program QNB-220 resumed enrollment in its renal cell "
        "carcinoma trial.\n"
    )
    assert [(p.code, p.aliases) for p in release.products] == [("QNB-220", ["CD70 CAR-NK"])]


def test_authorisations_from_two_authorities_of_one_agency_code() -> None:
    text = (
        "In Europe QNB-310 received clinical trial authorizations from Germany's "
        "Paul-Ehrlich-Institut (January 2023) and France's ANSM (March 2023).\n"
    )
    assert TEXTS.ind(text, ("agency", "date")) == {("EMA", "2023-01"), ("EMA", "2023-03")}


def test_one_authority_named_twice_tells_one_filing() -> None:
    text = (
        "The CDE of the NMPA accepted the IND for QNB-311 in January 2025, and the NMPA "
        "approved it in March 2025.\n"
    )
    assert TEXTS.ind(text, ("agency", "status", "date")) == {
        ("NMPA", "accepted", "2025-01"), ("NMPA", "cleared", "2025-03")
    }


def test_an_aso_designed_to_reduce_a_transcript_targets_it() -> None:
    release = TEXTS.run(
        "QNB-411 is an ASO designed to reduce UBE3A-ATS and so switch on the paternal gene. "
        "QNB-2210 is an siRNA designed to reduce tau protein by silencing MAPT.\n"
    )
    assert {p.code: p.targets for p in release.products} == {
        "QNB-411": ["UBE3A-ATS"], "QNB-2210": ["MAPT"]
    }


def test_a_family_written_with_a_slash_is_one_target() -> None:
    release = TEXTS.run(
        "QNB-1093 is an oral, highly selective small molecule FGFR2/3 inhibitor. QNB-507 is a "
        "KAT6A/B inhibitor. QNB-30 is an FGFR2 antibody.\n"
    )
    assert {p.code: p.targets for p in release.products} == {
        "QNB-1093": ["FGFR2/3"], "QNB-507": ["KAT6A/B"], "QNB-30": ["FGFR2"]
    }
