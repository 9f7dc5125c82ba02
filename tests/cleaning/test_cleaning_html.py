"""HTML cleaning: chrome removal, entities, titles, dates, and non-releases."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.cleaning import NotAReleaseError, clean_release

BODY_P = (
    "<p>BOSTON, March 4, 2024 /PRNewswire/ -- Acme Bio today announced that the FDA "
    "has cleared its IND for ACM-101 in solid tumors.</p>"
    "<p>ACM-101 is a first-in-class antibody against TARGET-X developed in house.</p>"
)

FILLER_P = "Acme Bio is a clinical-stage company developing antibodies for solid tumors."

PAGE = f"""<!DOCTYPE html><html><head>
<title>Acme Bio Receives IND Clearance for ACM-101 | PR Newswire</title>
<script>var tracking = "SECRET_SCRIPT_TEXT";</script>
<style>.x {{ color: red }}</style>
</head><body>
<div id="onetrust-banner-sdk" class="cookie-banner"><p>We use cookies. Accept all cookies.</p></div>
<header class="site-header"><a href="/">Logo</a><nav><a href="/news">News</a></nav></header>
<main>
<article class="news-release">
  <h1>Acme Bio Receives IND Clearance for ACM-101</h1>
  <div class="social-share"><a href="#">Share on Facebook</a></div>
  <div class="release-body">{BODY_P}
    <ul><li>First item</li><li>Second item</li></ul>
    <p>Contact:<br>Jane Doe<br>jane@acme.example</p>
  </div>
  <div class="newsletter-signup"><p>Subscribe to our newsletter</p></div>
</article>
<aside class="sidebar"><h3>More news</h3><ul class="related-news">
  <li><a href="/x">OtherCo Gets Orphan Drug Designation for OTH-9</a></li></ul></aside>
<div class="more-news-from-wire"><a href="/y">RivalCo BLA accepted</a></div>
<div class="comments-section"><p>Great news! -- a commenter</p></div>
</main>
<footer><p>Copyright 2024</p></footer>
<noscript>Enable JavaScript</noscript>
</body></html>"""


def test_keeps_release_body_and_drops_page_chrome() -> None:
    c = clean_release(PAGE, "html")
    assert "Acme Bio today announced" in c.body
    assert "first-in-class antibody" in c.body
    for junk in (
        "SECRET_SCRIPT_TEXT",  # script
        "color: red",  # style
        "cookies",  # cookie banner
        "Share on Facebook",  # share widget
        "Subscribe",  # newsletter box
        "OtherCo",  # sidebar related news (another company!)
        "RivalCo",  # "more news" block outside the sidebar
        "commenter",  # comments
        "Copyright",  # footer
        "Logo",  # site header
        "Enable JavaScript",  # noscript
    ):
        assert junk not in c.body, junk


def test_structure_paragraphs_list_items_and_br() -> None:
    c = clean_release(PAGE, "html")
    # headline, then paragraphs separated by blank lines
    assert c.body.startswith("Acme Bio Receives IND Clearance for ACM-101\n\nBOSTON, March 4, 2024")
    assert "in solid tumors.\n\nACM-101 is" in c.body
    # list items on their own adjacent lines; <br> breaks lines inside a paragraph
    assert "\n\nFirst item\nSecond item\n\n" in c.body
    assert "Contact:\nJane Doe\njane@acme.example" in c.body


def test_title_prefers_h1_and_date_from_dateline() -> None:
    c = clean_release(PAGE, "html")
    assert c.title == "Acme Bio Receives IND Clearance for ACM-101"
    assert c.published_date == dt.date(2024, 3, 4)


def test_title_from_title_tag_strips_site_suffix() -> None:
    page = PAGE.replace("<h1>Acme Bio Receives IND Clearance for ACM-101</h1>", "")
    assert clean_release(page, "html").title == "Acme Bio Receives IND Clearance for ACM-101"


def test_og_title_used_when_no_h1() -> None:
    page = PAGE.replace("<h1>Acme Bio Receives IND Clearance for ACM-101</h1>", "").replace(
        "<title>", '<meta property="og:title" content="OG &amp; Title Here"><title>'
    )
    assert clean_release(page, "html").title == "OG & Title Here"


def test_entities_are_decoded() -> None:
    page = (
        "<html><body><article><p>PARIS, France &ndash; August 12, 2021 &ndash; "
        "Vivet&rsquo;s VTX-801 got &ldquo;Fast Track&rdquo; status; R&amp;D costs &lt;5%"
        "&nbsp;of budget&#8482; &#x2014; caf&eacute;.</p>"
        "<p>Second paragraph with enough words to count as a release body text.</p>"
        "</article></body></html>"
    )
    c = clean_release(page, "html")
    assert "Vivet’s VTX-801 got “Fast Track” status; R&D costs <5% of budget™ — café." in c.body
    assert "&" + "amp;" not in c.body and "\xa0" not in c.body  # nbsp becomes a plain space
    assert c.published_date == dt.date(2021, 8, 12)


def test_meta_published_time_wins_over_dateline() -> None:
    page = PAGE.replace(
        "<title>",
        '<meta property="article:published_time" content="2024-03-05T20:05:00-05:00"><title>',
    )
    # calendar date as written by the publisher, not converted to UTC
    assert clean_release(page, "html").published_date == dt.date(2024, 3, 5)


def test_json_ld_date_published() -> None:
    page = PAGE.replace(
        "<title>",
        '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle",'
        '"datePublished":"2023-01-09T08:00:00Z"}]}</script><title>',
    )
    assert clean_release(page, "html").published_date == dt.date(2023, 1, 9)


def test_business_wire_dateline_without_date_falls_back_to_time_element() -> None:
    page = (
        "<html><body><article>"
        '<div class="bw-release-timestamp">'
        '<time datetime="2025-10-16T20:05:00Z">October 16, 2025</time></div>'
        "<h1>Artiva gets Fast Track</h1>"
        "<p>SAN DIEGO--(BUSINESS WIRE)--Artiva Biotherapeutics today announced that the FDA "
        "granted Fast Track Designation to AlloNK. The data cut-off was March 29, 2024.</p>"
        "</article></body></html>"
    )
    c = clean_release(page, "html")
    assert c.published_date == dt.date(2025, 10, 16)
    assert "October 16, 2025" not in c.body  # timestamp widget is chrome


def test_wrapper_with_chrome_like_class_is_not_dropped() -> None:
    # a page-level wrapper named "has-sidebar" must not take the release with it
    page = f'<html><body><div class="page has-sidebar">{BODY_P}</div></body></html>'
    assert "Acme Bio today announced" in clean_release(page, "html").body


def test_dateline_span_with_date_class_is_kept() -> None:
    page = (
        '<html><body><p><span class="location">BOSTON</span>, '
        '<span class="date">March 4, 2024</span>'
        " -- Acme Bio today announced that the FDA cleared the IND for ACM-101 in solid tumors.</p>"
        "</body></html>"
    )
    c = clean_release(page, "html")
    assert c.body.startswith("BOSTON, March 4, 2024 -- Acme")
    assert c.published_date == dt.date(2024, 3, 4)


def test_deeply_nested_page_does_not_hit_recursion_limit() -> None:
    depth = 5000  # real pages with runaway <div> nesting exist
    para = "<p>BOSTON, March 4, 2024 -- Acme Bio announced that the FDA cleared its IND.</p>" * 2
    page = "<html><body>" + "<div>" * depth + para + "</div>" * depth + "</body></html>"
    c = clean_release(page, "html")
    assert c.body.startswith("BOSTON, March 4, 2024 -- Acme Bio")


def test_pre_block_keeps_its_lines() -> None:
    pre = "Acme Bio Announces IND\n\nBOSTON, March 4, 2024 -- Acme Bio today announced\nits IND."
    page = f"<html><body><pre>{pre}\n\n{FILLER_P}</pre></body></html>"
    c = clean_release(page, "html")
    assert c.body.startswith(pre)
    assert c.published_date is not None


def test_table_rows_become_lines() -> None:
    page = (
        "<html><body><article><p>" + "Body text of the release. " * 5 + "</p>"
        "<table><caption>Milestones</caption><tr><th>Time</th><th>Event</th></tr>"
        "<tr><td>May 2023</td><td>IND accepted</td></tr></table></article></body></html>"
    )
    assert "Milestones\n\nTime | Event\nMay 2023 | IND accepted" in clean_release(page, "html").body


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("<html><head><title>Nothing</title></head></html>", "no <body>"),
        ("<html><head><title>x</title></head><body>   </body></html>", "no text"),
        ("<html><body><script>var a = 1;</script></body></html>", "no text"),
        ("", "empty"),
        ("<html><body><nav><a href='/'>Home</a></nav><p>Hi.</p></body></html>", "characters"),
        (
            "<html><head><title>404 Not Found</title></head><body><p>"
            + "The page you requested could not be found on this server. " * 3
            + "</p></body></html>",
            "error",
        ),
        (
            "<html><body><div>"
            + "".join(
                f"<p><a href='/n{i}'>Company {i} announces a new financing round today</a></p>"
                for i in range(20)
            )
            + "</div></body></html>",
            "list of links",
        ),
    ],
)
def test_not_a_release(page: str, reason: str) -> None:
    with pytest.raises(NotAReleaseError, match=reason):
        clean_release(page, "html")


def test_unknown_format_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown release format"):
        clean_release("text", "pdf")


def test_side_column_of_other_news_is_dropped() -> None:
    page = ("<html><body><div class='col-main'><h1>Acme gets FDA Fast Track</h1>"
            "<p>BOSTON, May 2, 2025 -- Acme Bio today announced that the FDA granted Fast "
            "Track designation to AC-101 for gastric cancer, a disease with few options.</p>"
            "</div><div class='col-side'><h3>More news</h3><p>Other Pharma's OP-7 cleared by "
            "MFDS for a Phase 1 study in lymphoma.</p></div>"
            "<div class='right-rail'><p>Zeta Bio's ZB-2 wins PRIME.</p></div></body></html>")
    body = clean_release(page, "html").body
    assert "AC-101" in body
    assert "OP-7" not in body and "ZB-2" not in body


def test_boxes_of_other_news_are_dropped_by_class_or_by_heading() -> None:
    page = ("<html><body><div class='article'><h1>Acme gets MFDS IND approval</h1>"
            "<p>SEOUL, May 2, 2025 -- Acme Bio today announced that the MFDS approved the IND "
            "for AC-101 in gastric cancer, a disease with few options in Korea.</p></div>"
            "<div class='aside'><div class='box'><h3>Top headlines</h3><p>Other Pharma's "
            "OP-7 cleared by the TFDA.</p></div></div>"
            "<div class='box'><h3>Most viewed</h3><ol><li>Zeta Bio's ZB-2 wins orphan "
            "designation</li></ol></div>"
            "<div class='box latest'><h3>News</h3><p>Yotta Bio files IND for YB-9.</p></div>"
            "<div class='footer'><p>Company | Terms | Privacy Policy</p></div></body></html>")
    body = clean_release(page, "html").body
    assert "AC-101" in body
    assert not any(name in body for name in ("OP-7", "ZB-2", "YB-9", "Privacy Policy"))
