"""Hard-wrapped text releases: each paragraph's lines joined before sentences are split."""

from __future__ import annotations

import datetime as dt

from dossier.cleaning import clean_release
from dossier.cleaning.text import unwrap_hard_wrapped
from dossier.extract import extract_release

WRAPPED = """\
Norvale Bio Receives Orphan Drug Designation from the FDA for Its
Antisense Oligonucleotide NVB-412 in Spinal Muscular Atrophy

-- First participants dosed in the Phase 1 study in Japan; study now
   enrolling

OSAKA--(BUSINESS WIRE)--October 2, 2025--Norvale Bio Co., Ltd.
(TSE: 4999), a company developing nucleic-acid medicines for rare
neuromuscular disease, today announced that the U.S. Food and Drug
Administration granted orphan drug designation to NVB-412 for the
treatment of spinal muscular atrophy. The dose escalation is ongoing.

REGULATORY HISTORY

Norvale filed a clinical trial notification with the Pharmaceuticals
and Medical Devices Agency (PMDA) for a Phase 1 study of NVB-412 in
June 2024; the PMDA completed its review without objection. Norvale
then submitted a second clinical trial notification, a clinical notifica-
tion for NVB-208 to the PMDA in January 2025 for a Phase 1 study of dose-
escalation in Japan; the company's research program directed at CDH6-
expressing tumours is in lead optimisation.

Region\tAgency\tMilestone\t\tDate
Japan\tPMDA\tClinical trial notification\tJun. 2024
United States\tFDA\tOrphan Drug Designation\tOct. 2025

\u2022 Intrathecal ASO given every four weeks after three loading doses;
  designed to lower SMN2 transcripts in the central nervous system.
\u2022 Phase 1 study: 12 participants dosed to date, with data expected
  in the first half of 2026.
"""


def test_wrapped_paragraphs_become_one_line_each() -> None:
    lines = unwrap_hard_wrapped(WRAPPED).split("\n")
    assert lines[0] == (
        "Norvale Bio Receives Orphan Drug Designation from the FDA for Its "
        "Antisense Oligonucleotide NVB-412 in Spinal Muscular Atrophy"
    )
    # an indented continuation joins its list item
    assert "-- First participants dosed in the Phase 1 study in Japan; study now enrolling" in lines
    dateline = next(line for line in lines if line.startswith("OSAKA"))
    assert dateline.endswith("spinal muscular atrophy. The dose escalation is ongoing.")
    assert "Administration granted" in dateline
    # a heading in capitals stays a line of its own
    assert "REGULATORY HISTORY" in lines


def test_words_broken_at_a_hyphen() -> None:
    text = unwrap_hard_wrapped(WRAPPED)
    # a syllable break loses its hyphen ...
    assert "a clinical notification for NVB-208" in text
    # ... a compound whose halves the text uses as words keeps it ("dose", "escalation")
    assert "Phase 1 study of dose-escalation in Japan" in text
    # ... and so does a code's hyphen
    assert "directed at CDH6-expressing tumours" in text


def test_table_rows_and_list_items_stay_apart() -> None:
    lines = unwrap_hard_wrapped(WRAPPED).split("\n")
    assert "Japan\tPMDA\tClinical trial notification\tJun. 2024" in lines
    assert "United States\tFDA\tOrphan Drug Designation\tOct. 2025" in lines
    items = [line for line in lines if line.startswith("\u2022")]
    assert items == [
        "\u2022 Intrathecal ASO given every four weeks after three loading doses; "
        "designed to lower SMN2 transcripts in the central nervous system.",
        "\u2022 Phase 1 study: 12 participants dosed to date, with data expected "
        "in the first half of 2026.",
    ]


def test_text_that_is_not_wrapped_is_left_alone() -> None:
    one_line_paragraphs = (
        "Acme Bio Announces FDA Clearance\n\n"
        + "Acme Bio, a clinical-stage company, today announced that the FDA cleared its "
        "IND for ACM-101 in solid tumours, and the Phase 1 study will begin this year.\n\n"
        + "Contacts\nAcme Bio Inc.\nInvestor Relations\nir@acme.example\n"
    )
    assert unwrap_hard_wrapped(one_line_paragraphs) == one_line_paragraphs
    # short lines only (an address block, a list of names): nothing reaches a wrap width
    short_lines = "\n".join(f"Line {i} of a contact block" for i in range(20))
    assert unwrap_hard_wrapped(short_lines) == short_lines


def test_facts_of_a_wrapped_release_are_read_whole() -> None:
    release = clean_release(WRAPPED, "txt")
    assert release.title is not None and release.title.endswith("Spinal Muscular Atrophy")
    assert release.published_date == dt.date(2025, 10, 2)
    facts = extract_release(release.body, published_date=release.published_date,
                            title=release.title)
    submitted = {(e.product, e.agency, e.status, e.date) for e in facts.ind_events}
    assert ("NVB-208", "PMDA", "submitted", "2025-01") in submitted
    assert ("NVB-412", "PMDA", "submitted", "2024-06") in submitted
    designations = {(d.product, d.agency, d.type) for d in facts.designations}
    assert ("NVB-412", "FDA", "orphan_drug") in designations


def test_a_line_break_inside_a_sentence_is_a_space_in_html_and_markdown() -> None:
    sentence = (
        "Velzumab received Orphan Drug Designation from the FDA in 2021{br}"
        "and Breakthrough Therapy Designation from the FDA in May 2023."
    )
    html = (
        "<html><body><article><h1>Norvale Bio update</h1><p>BOSTON, April 7, 2025 -- Norvale "
        "Bio today announced an update on its clinical programs and regulatory status.</p>"
        "<p><strong>Regulatory background</strong><br>"
        + sentence.format(br="<br>\n")
        + "<br>Contacts<br>Norvale Bio<br>ir@norvale.example</p></article></body></html>"
    )
    body = clean_release(html, "html").body
    assert sentence.format(br=" ") in body.split("\n")
    # a heading before the break, and a contact block's lines, stay lines of their own
    assert "Regulatory background" in body.split("\n")
    assert "Norvale Bio\nir@norvale.example" in body
    markdown = (
        "# Norvale Bio update\n\nBOSTON, April 7, 2025 -- Norvale Bio today announced an update "
        "on its clinical programs and regulatory status.\n\n" + sentence.format(br="\n") + "\n"
    )
    assert sentence.format(br=" ") in clean_release(markdown, "md").body.split("\n")
