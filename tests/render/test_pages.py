"""Generated pages with a hand-built comparison: what a reader sees when analyses find things, and
when they find nothing. The real loader and renderer; only the comparison is given."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from generator.analyze import analyze
from generator.loading.archive import load_archive
from generator.render.feed import feed_page
from generator.render.site import render_site
from generator.siteconfig import SiteConfig
from generator.structure.briefing import Correction
from tests.render.samples import empty_comparison, with_findings
from tests.render.test_escape import render

BRIEFING = "2021/09/06/taliban-claim-panjshir/index.md"
SITE = SiteConfig(url="https://briefings.example.org/", search="pagefind", name="Briefing archive")


def _pages(archive_root, transform) -> dict[str, str]:
    archive = load_archive(archive_root)
    items = [transform(analyze(archive, briefing)) for briefing in archive.briefings]
    return {page.path: page.text for page in render_site(archive, items, archive_root / "templates", SITE)
            if isinstance(page.text, str)}


@pytest.fixture
def with_findings_pages(archive):
    return _pages(archive, with_findings)


@pytest.fixture
def empty_pages(archive):
    return _pages(archive, empty_comparison)


def test_home_card_flags_the_disputed_points(with_findings_pages):
    home = with_findings_pages["index.md"]
    assert "6 September 2021 · 5 outlets · 3 independent reports\n" in home
    assert "Contested: 1 disputed claim · 1 conflicting figure · 1 attribution conflict\n{: .briefing-flags }" in home


def test_home_card_without_findings_counts_every_report_as_independent(empty_pages):
    home = empty_pages["index.md"]
    assert "6 September 2021 · 5 outlets · 5 independent reports\n" in home
    assert "Contested" not in home


def test_briefing_page_order_is_summary_key_points_comparison_sources(with_findings_pages):
    page = with_findings_pages[BRIEFING]
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == ["## Key points", "## How the sources compare", "## Sources"]
    assert page.index("Ahmad Massoud") < page.index("## Key points")


def test_briefing_page_draws_who_copied_whom(with_findings_pages):
    page = with_findings_pages[BRIEFING]
    assert '### Who copied whom\n\n<figure class="derivation">\n<svg class="derivation-diagram"' in page
    figure = page[page.index('<figure class="derivation">'):page.index("</figure>") + len("</figure>")]
    svg = ET.fromstring(figure).find("{http://www.w3.org/2000/svg}svg")
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert svg.find("s:title", ns).text == "Which report copied or rewrote which"
    assert svg.get("aria-describedby") == "derivation-caption"
    boxes = [g.find("s:text", ns).text for g in svg.findall("s:g[@class='derivation-box']", ns)]
    assert boxes == ["CNN", "KIMT News 3", "Unattributed news site"]
    edges = {g.get("class"): g.find("s:text", ns).text for g in svg.findall("s:g", ns) if g.get("class") != "derivation-box"}
    assert edges == {"derivation-copy": "copied", "derivation-rewrite": "rewrote"}
    assert "<script" not in figure
    assert '<figcaption id="derivation-caption">CNN was copied by KIMT News 3. CNN was rewritten by Unattributed news site.' in figure


def test_the_diagram_puts_origins_above_what_derives_from_them(with_findings_pages):
    page = with_findings_pages[BRIEFING]
    rows = re.findall(r'<rect x="(\d+)" y="(\d+)"', page)
    (cnn_x, cnn_y), (kimt_x, kimt_y), (site_x, site_y) = [(int(x), int(y)) for x, y in rows]
    assert cnn_y < kimt_y == site_y and kimt_x < cnn_x < site_x


def test_no_diagram_without_derivation(empty_pages):
    assert "<svg" not in empty_pages[BRIEFING] and '<figure class="derivation"' not in empty_pages[BRIEFING]


@pytest.mark.parametrize("outlet, row", [
    ("cnn", "| Independent origin of its report | 1 |"),
    ("kimt", "| Independent origin of its report | 0 |"),
    ("sputnik", "| Gave a figure that most sources contradict | 1 |"),
    ("unattributed-site", "| Attributed a disputed quote differently from most sources | 1 |"),
    ("cnn", "| Attributed a disputed quote differently from most sources | 0 |"),
    ("afp", "| Cited | 0 |"),
])
def test_outlet_pages_count_the_flags(with_findings_pages, outlet, row):
    assert row in with_findings_pages[f"outlets/{outlet}.md"]


def test_an_outlet_no_briefing_cites_says_so(empty_pages):
    page = empty_pages["outlets/afp.md"]
    assert "| Independent origin of its report | 0 |" in page
    assert "No briefing cites this outlet yet." in page


def test_outlets_index_has_origin_and_flag_columns(with_findings_pages):
    index = with_findings_pages["outlets/index.md"]
    assert "| [Unattributed news site](unattributed-site.md) | — | aggregator | 1 | 0 | 1 |" in index
    assert "| [CNN](cnn.md) | US | broadcaster | 1 | 1 | 0 |" in index


def test_pages_carry_their_dates_from_the_yaml(with_findings_pages):
    page = with_findings_pages[BRIEFING]
    assert "date: '2021-09-06'\n" in page and "updated: '2021-09-06'\n" in page and "kind: briefing\n" in page
    assert "updated: '2021-09-06'\n" in with_findings_pages["tags/panjshir.md"]
    assert "updated:" not in with_findings_pages["outlets/afp.md"]


def test_the_search_page_exists_only_with_pagefind(archive):
    archive_ = load_archive(archive)
    items = [analyze(archive_, b) for b in archive_.briefings]
    lunr = render_site(archive_, items, archive / "templates", replace(SITE, search="lunr"))
    assert "search.md" not in {page.path for page in lunr}
    assert "search.md" in _pages(archive, lambda item: item)


def _feed(briefings) -> ET.Element:
    return ET.fromstring(feed_page(briefings, SITE.url, SITE.name, "What outlets reported.").text)


def test_feed_dates_come_from_the_yaml_and_corrections(archive):
    briefing = load_archive(archive, with_articles=False).briefings[0]
    corrected = replace(briefing, corrections=(Correction(dt.date(2021, 9, 8), "Fixed a name."),))
    atom = "{http://www.w3.org/2005/Atom}"
    entry = _feed([corrected]).find(f"{atom}entry")
    assert entry.findtext(f"{atom}published") == "2021-09-06T00:00:00Z"
    assert entry.findtext(f"{atom}updated") == "2021-09-08T00:00:00Z"
    assert entry.findtext(f"{atom}id") == "https://briefings.example.org/2021/09/06/taliban-claim-panjshir/"
    assert _feed([corrected]).findtext(f"{atom}updated") == "2021-09-08T00:00:00Z"


def test_feed_keeps_hostile_text_as_text(archive):
    briefing = load_archive(archive, with_articles=False).briefings[0]
    hostile = replace(briefing, title='<script>alert(1)</script> & "x"', summary="<img src=x onerror=alert(1)>")
    atom = "{http://www.w3.org/2005/Atom}"
    entry = _feed([hostile]).find(f"{atom}entry")
    assert entry.findtext(f"{atom}title") == '<script>alert(1)</script> & "x"'
    # The content is HTML as text: the reader's feed client sees an escaped tag, never an element.
    assert entry.findtext(f"{atom}content").startswith("<p>&lt;img src=x onerror=alert(1)&gt;</p><ul><li>")


@pytest.mark.parametrize("path", ["tags/panjshir.md", "outlets/cnn.md", "2021/09/index.md", "index.md"])
def test_listing_pages_list_each_briefing_as_a_list_item(with_findings_pages, path):
    # A list glued to the paragraph above it (no blank line) renders as one run-on paragraph.
    html = render(with_findings_pages[path].split("\n---\n", 1)[1])
    assert "Taliban claim Panjshir" in html
    items = re.findall(r"<li>.*?</li>|<h3[^>]*>.*?</h3>", html, re.S)
    assert any("Taliban claim Panjshir" in item for item in items), html
