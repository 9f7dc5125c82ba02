"""Text and markdown cleaning, dateline dates, titles and format detection."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.cleaning import NotAReleaseError, clean_release, detect_format
from dossier.cleaning.dates import find_dateline_date, parse_date_string
from dossier.cleaning.text import normalize_text

FILLER = (
    "Acme Bio, a clinical-stage company, today announced that the FDA cleared its IND for ACM-101."
)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("SHANGHAI, China, March 21, 2025 -- ", dt.date(2025, 3, 21)),
        ("BOULDER, Colo.--(BUSINESS WIRE)--Nov. 30, 2023-- ", dt.date(2023, 11, 30)),
        ("LONDON, Nov. 08, 2024 (GLOBE NEWSWIRE) -- ", dt.date(2024, 11, 8)),
        ("CHENGDU, China, Feb. 23, 2023 /PRNewswire/ -- ", dt.date(2023, 2, 23)),
        ("LONDON, 21 March 2025 -- ", dt.date(2025, 3, 21)),
        ("MELBOURNE, AUSTRALIA 16 March 2026: ", dt.date(2026, 3, 16)),
        ("SUZHOU, China, 2025-03-21 -- ", dt.date(2025, 3, 21)),
        ("苏州，2025年3月21日 —— ", dt.date(2025, 3, 21)),
        ("Vancouver, Canada (November 30, 2020) - ", dt.date(2020, 11, 30)),
        ("COPENHAGEN, Denmark and SEATTLE, Washington; April 3, 2024 - ", dt.date(2024, 4, 3)),
        ("PARIS, France – August 12, 2021 – ", dt.date(2021, 8, 12)),
        (
            "ZUG, Switzerland and CAMBRIDGE, Mass., Sept. 5, 2024 (GLOBE NEWSWIRE) -- ",
            dt.date(2024, 9, 5),
        ),
        ("March 21, 2025 -- ", dt.date(2025, 3, 21)),
        ("Utrecht, the Netherlands, 4 May 2026 -- ", dt.date(2026, 5, 4)),
        # (the hour of release after the date)
        ("Lyon, France, 16 September 2025, 7:30 am CEST - ", dt.date(2025, 9, 16)),
        ("Mechelen, Belgium, 14 January 2026, 07:00 CET – ", dt.date(2026, 1, 14)),
    ],
)
def test_dateline_styles(dateline: str, expected: dt.date) -> None:
    later = "More text about March 1, 2019 -- here."
    text = f"Acme Bio Announces IND Clearance\n\n{dateline}{FILLER}\n\n{later}"
    assert clean_release(text, "txt").published_date == expected


def test_dateline_beats_earlier_bullet_dates_and_later_dates() -> None:
    text = (
        "Arcellx Announces New Data\n\n"
        "-- Live webcast on Monday, December 9, 2024 at 8:00 p.m. PT --\n\n"
        "- PDUFA target action date of August 28, 2024 -\n\n"
        "REDWOOD CITY, Calif., Dec. 8, 2024 /PRNewswire/ -- Arcellx today announced data. "
        "The data cut-off was October 31, 2024.\n"
    )
    assert find_dateline_date(text) == dt.date(2024, 12, 8)


def test_no_dateline_gives_none_not_a_random_later_date() -> None:
    text = (
        "Acme Bio Announces Results\n\n"
        "SAN DIEGO--(BUSINESS WIRE)--Acme Bio today announced results "
        "from a data cut-off of March 29, 2024.\n\n"
        "On April 2, 2024, the company met with the FDA."
    )
    assert clean_release(text, "txt").published_date is None


def test_title_case_headline_with_date_is_not_a_dateline() -> None:
    assert find_dateline_date("Acme To Present At Conference On March 3, 2024\n\nBody.") is None


def test_a_period_end_is_no_dateline_and_a_signoff_dates_the_announcement() -> None:
    raw = (
        "TIANHE BIOLOGICS CO., LTD.\n\n"
        "BUSINESS UPDATE FOR THE SIX MONTHS ENDED 30 JUNE 2025\n\n"
        "The board of directors of Tianhe Biologics Co., Ltd. announces that the NMPA "
        "approved the IND for TH-0503 in July 2025.\n\n"
        "By order of the Board\nTianhe Biologics Co., Ltd.\n\nHong Kong, 27 August 2025\n\n"
        "As at the date of this announcement, the Board comprises Dr. Lu Wen.\n"
    )
    assert find_dateline_date(raw.split("By order")[0]) is None
    # (past the opening paragraphs the dateline search reads, the sign-off still dates it)
    filler = "".join(f"Paragraph {i} of the business update.\n\n" for i in range(30))
    long_raw = raw.replace("By order", filler + "By order")
    assert find_dateline_date(long_raw) is None
    assert clean_release(long_raw, "txt").published_date == dt.date(2025, 8, 27)


def test_an_isotopes_superscript_mass_number_is_written_in_digits() -> None:
    text = normalize_text(
        "Its \u00b9\u2077\u2077Lu-KBT-305 and \u2076\u2078Ga PET; 10\u2079 cells; x\u00b2."
    )
    assert text == "Its 177Lu-KBT-305 and 68Ga PET; 10\u2079 cells; x\u00b2."


def test_invalid_calendar_date_is_skipped() -> None:
    assert find_dateline_date("BOSTON, February 30, 2024 -- Acme announced.") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-04-08T08:00:00-04:00", dt.date(2024, 4, 8)),
        ("2025-10-16", dt.date(2025, 10, 16)),
        ("06/27/2024", dt.date(2024, 6, 27)),
        ("Thu, 16 Oct 2025 20:05:00 GMT", dt.date(2025, 10, 16)),
        ("not a date", None),
    ],
)
def test_parse_date_string(value: str, expected: dt.date | None) -> None:
    assert parse_date_string(value) == expected


def test_text_normalisation_keeps_paragraphs() -> None:
    raw = (
        "\ufeffTitle Line  \r\n\r\n\r\n\r\n"
        "BOSTON, March 4, 2024 -- Body\u00a0text\u200b here.\t\r\nNext line.\r\n" + FILLER
    )
    c = clean_release(raw, "txt")
    assert c.body.startswith("Title Line\n\nBOSTON, March 4, 2024 -- Body text here.\nNext line.")
    assert c.title == "Title Line"


def test_text_title_skips_label_lines() -> None:
    c = clean_release("ASX ANNOUNCEMENT\n\nTGA confirms ALA-101 trial\n\n" + FILLER, "txt")
    assert c.title == "TGA confirms ALA-101 trial"


def test_empty_text_is_not_a_release() -> None:
    with pytest.raises(NotAReleaseError, match="characters"):
        clean_release(" \n\n  ", "txt")


MD = """# Acme **Bio** Receives *Orphan Drug* Designation

*Subtitle in italics with a [link](https://example.com/x) inside*

- **First** highlight
- Second highlight with `code`

**BOULDER, Colo.--(BUSINESS WIRE)--Nov. 30, 2023--** Acme Bio (Nasdaq: ACME) today announced
that the FDA granted ODD. See [our site](https://acme.example) and ![logo](logo.png).

## About Acme

Acme is a company.<br>Second line.
"""


def test_markdown_is_stripped_to_plain_text() -> None:
    c = clean_release(MD, "md")
    assert c.title == "Acme Bio Receives Orphan Drug Designation"
    assert c.body.startswith(
        "Acme Bio Receives Orphan Drug Designation\n\nSubtitle in italics with a link inside"
    )
    assert "First highlight\nSecond highlight with code\n\n" in c.body
    assert "See our site and logo." in c.body
    for marker in ("**", "# ", "](", "https://", "`", "<br>"):
        assert marker not in c.body, marker
    assert "\n\nAbout Acme\n\nAcme is a company.\nSecond line." in c.body
    assert c.published_date == dt.date(2023, 11, 30)


def test_markdown_without_heading_uses_first_line_as_title() -> None:
    c = clean_release("Plain first line title\n\nLONDON, 12 May 2025 -- " + FILLER, "md")
    assert c.title == "Plain first line title"
    assert c.published_date == dt.date(2025, 5, 12)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a/b/release.txt", "hello", "txt"),
        ("release.MD", "# hi", "md"),
        ("x.markdown", "", "md"),
        ("x.html", "", "html"),
        ("X.HTM", "", "html"),
        ("saved.txt", "  <!DOCTYPE html><html><body>x</body></html>", "html"),
        ("report.pdf", "", None),
        ("noext", "", None),
        ("data.json", "{}", None),
    ],
)
def test_detect_format(name: str, text: str, expected: str | None) -> None:
    assert detect_format(name, text) == expected


def test_numbers_dump_without_prose_is_not_a_release() -> None:
    dump = "\n".join(f"{i},{i * 2},{i * 3},x" for i in range(100))
    with pytest.raises(NotAReleaseError, match="words"):
        clean_release(dump, "txt")


def test_text_that_is_not_a_press_release_is_refused() -> None:
    shopping = ("Shopping list for the weekend\n\n" + "Apples, pears, bread, cheese, milk, "
                "tomatoes, onions, rice, coffee beans and a bunch of fresh basil.\n" * 3)
    with pytest.raises(NotAReleaseError, match="no dateline"):
        clean_release(shopping, "txt")


def test_undated_release_with_release_words_is_kept() -> None:
    text = ("Acme Therapeutics today announced that the FDA cleared its IND for AC-101, "
            "a first-in-class antibody for patients with gastric cancer. " * 2)
    assert clean_release(text, "txt").published_date is None


@pytest.mark.parametrize("header", ["*Published: 2025-12-02 | Source: Acme Bio GmbH*",
                                    "Posted on: December 2, 2025", "Date: 2 December 2025"])
def test_labelled_header_date_is_the_published_date(header: str) -> None:
    text = (f"Acme Bio Receives PRIME Designation\n\n{header}\n\nMUNICH, Germany -- Acme Bio "
            "today announced that the EMA granted PRIME designation to AB-1 for OTC deficiency.")
    assert clean_release(text, "md").published_date == dt.date(2025, 12, 2)


_WITH_OTHER_PAGES = (
    "Acme Bio Announces FDA Clearance\n\n"
    "BOSTON, March 3, 2026 -- " + FILLER + "\n\n"
    "{heading}\n"
    "{items}\n\n"
    "About Acme Bio\n"
    "Acme Bio develops precision oncology medicines for patients with few options left.\n"
)


@pytest.mark.parametrize(
    ("fmt", "heading", "items"),
    [
        ("txt", "Related news",
         "- Kappa Pharma receives FDA Breakthrough Therapy designation for KP-12\n"
         "- Sigma Bio announces NMPA IND approval for SB-300"),
        ("txt", "MORE NEWS",
         "Kappa Pharma receives FDA Breakthrough Therapy designation for KP-12 (March 1, 2026)\n"
         "Sigma Bio announces NMPA IND approval for SB-300 (February 27, 2026)"),
        ("md", "**Related News**",
         "- [Kappa Pharma receives FDA Breakthrough Therapy designation for KP-12](/news/1)\n"
         "- [Sigma Bio announces NMPA IND approval for SB-300](/news/2)"),
        ("md", "## Latest releases",
         "1. Kappa Pharma receives FDA Breakthrough Therapy designation for KP-12\n"
         "2. Sigma Bio announces NMPA IND approval for SB-300"),
    ],
)
def test_a_list_of_other_pages_is_dropped_and_the_prose_after_it_kept(
    fmt: str, heading: str, items: str
) -> None:
    body = clean_release(_WITH_OTHER_PAGES.format(heading=heading, items=items), fmt).body
    assert "KP-12" not in body and "SB-300" not in body
    assert "ACM-101" in body
    assert "develops precision oncology medicines" in body


def test_a_heading_that_merely_opens_with_news_words_is_kept() -> None:
    raw = (
        "Acme Bio Announces FDA Clearance\n\n"
        "BOSTON, March 3, 2026 -- " + FILLER + "\n\n"
        "Recent news flow has been strong: the FDA also granted ACM-101 Fast Track "
        "designation in 2025.\n"
    )
    assert "Fast Track" in clean_release(raw, "txt").body


def test_a_board_signoff_dates_an_announcement_and_its_securities_code_is_no_title() -> None:
    raw = (
        "Securities Code: 300999        Securities Abbreviation: Tianhe        "
        "Announcement No.: 2025-012\n\n"
        "Tianhe Biologics Co., Ltd.\n"
        "Announcement on the Receipt of a Drug Clinical Trial Approval Notice\n\n"
        "The Company recently received a Drug Clinical Trial Approval Notice issued by the "
        "NMPA approving TH-0503 Tablets to carry out clinical trials.\n\n"
        "It is hereby announced.\n\n"
        "Board of Directors of Tianhe Biologics Co., Ltd.\nMarch 6, 2025\n"
    )
    release = clean_release(raw, "txt")
    assert release.published_date == dt.date(2025, 3, 6)
    assert release.title == "Tianhe Biologics Co., Ltd."
