"""The real ``mkdocs build --strict`` on the example archive."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from generator.errors import BuildError
from generator.pipeline import build
from tests.conftest import copy_archive
from tests.site.conftest import parse

BRIEFING = "2021/09/06/taliban-claim-panjshir"


def test_the_site_has_every_kind_of_page(built_site):
    for page in ("index.html", f"{BRIEFING}/index.html", f"{BRIEFING}/sources/index.html", "archive/index.html",
                 "2021/index.html", "2021/09/index.html", "tags/index.html", "tags/panjshir/index.html",
                 "outlets/index.html", "outlets/sputnik/index.html", "about/index.html", "404.html",
                 "sitemap.xml", "feed.xml", "search/index.html", "pagefind/pagefind-entry.json",
                 "pagefind/pagefind-ui.js"):
        assert (built_site / page).is_file(), page


def test_the_briefing_page_has_the_coverage_and_comparison_tables(built_site):
    page = parse((built_site / BRIEFING / "index.html").read_text())
    assert page.get_element_by_id("sources") is not None and page.get_element_by_id("how-the-sources-compare") is not None
    assert len(page.xpath("//article//table")) >= 2
    text = page.text_content()
    for outlet in ("KIMT News 3", "CNN", "Unattributed news site", "Iran News", "Sputnik International"):
        assert outlet in text


def test_every_cleaned_article_is_on_the_briefing_page_with_sentence_anchors(built_site):
    page = parse((built_site / BRIEFING / "index.html").read_text())
    for source in ("kimt", "cnn", "unattributed", "iran-news", "sputnik"):
        heading = page.get_element_by_id(f"source-{source}")
        assert heading.tag == "h3"
        body = heading.getnext().getnext()
        assert "article-body" in body.get("class")
        assert body.xpath(f"count(.//span[starts-with(@id, '{source}-')])") > 5


def test_the_former_sources_address_redirects_to_the_briefing(built_site):
    html = (built_site / BRIEFING / "sources" / "index.html").read_text()
    assert '<meta http-equiv="refresh" content="0; url=../">' in html
    assert 'var s=["cnn","iran-news","kimt","sputnik","unattributed"]' in html


def test_pagefind_indexes_the_briefing_pages_only(built_site):
    entry = json.loads((built_site / "pagefind/pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == 1
    assert not (built_site / "search/search_index.json").exists(), "Material's lunr index is off by default"
    html = (built_site / BRIEFING / "index.html").read_text()
    assert html.count("data-pagefind-body") == 1
    body = parse(html).xpath("//*[@data-pagefind-body]")[0]
    texts = body.xpath(".//div[contains(@class, 'article-body')]")
    assert len(texts) == 5 and all(text.xpath("ancestor-or-self::*[@data-pagefind-ignore]") for text in texts), \
        "the sources' texts are on the page, not in the index"


def test_material_search_is_the_option_for_small_archives(tmp_path):
    archive = copy_archive(tmp_path / "archive")
    config = archive / "mkdocs.yml"
    config.write_text(config.read_text().replace("plugins:\n", "plugins:\n  - search\n", 1))
    site = build(archive)
    index = json.loads((site / "search/search_index.json").read_text())
    text = " ".join(doc["text"] + doc["title"] for doc in index["docs"] if doc["location"].startswith(BRIEFING))
    for word in ("Panjshir", "Sputnik", "Massoud"):
        assert word in text
    assert not (site / "pagefind").exists() and not (site / "search/index.html").exists()
    assert parse((site / "index.html").read_text()).xpath("//*[contains(@class, 'md-search')]")


def test_sitemap_dates_come_from_the_briefings(built_site):
    sitemap = (built_site / "sitemap.xml").read_text()
    assert f"<loc>http://127.0.0.1:8000/{BRIEFING}/</loc>\n         <lastmod>2021-09-06</lastmod>" in sitemap
    assert "<loc>http://127.0.0.1:8000/about/</loc>\n         \n" in sitemap, "no date where the data has none"


def test_every_page_links_the_feed_and_has_open_graph(built_site):
    page = parse((built_site / BRIEFING / "index.html").read_text())
    feed, = page.xpath("//link[@rel='alternate']")
    assert (feed.get("type"), feed.get("title"), feed.get("href")) == \
        ("application/atom+xml", "Briefing archive: latest briefings", "../../../../feed.xml")
    meta = {m.get("property"): m.get("content") for m in page.xpath("//meta[@property]")}
    assert meta["og:type"] == "article"
    assert meta["article:published_time"] == "2021-09-06"
    assert meta["og:url"] == f"http://127.0.0.1:8000/{BRIEFING}/"
    home = parse((built_site / "index.html").read_text())
    assert home.xpath("//meta[@property='og:type']/@content") == ["website"]


def test_a_hostile_title_is_text_in_the_header_title_and_meta_tags(tmp_path):
    archive = copy_archive(tmp_path / "archive")
    yml = archive / "briefings/2021/2021-09-06-panjshir/briefing.yml"
    yml.write_text(yml.read_text().replace(
        "title: Taliban claim Panjshir; resistance says it still holds the valley",
        """title: '"><img src=x onerror=alert(1)> </title><script>alert(2)</script>'"""))
    # Minified, the page may print "<img" inside <title> or a quoted attribute, where an HTML parser
    # reads text: what matters is the elements a browser builds from it.
    page = parse((build(archive) / BRIEFING / "index.html").read_text())
    assert not page.xpath("//img") and not page.xpath("//script[contains(., 'alert')]")
    title = '"><img src=x onerror=alert(1)> </title><script>alert(2)</script>'
    assert page.xpath("//meta[@property='og:title']/@content") == [title]
    assert page.xpath("//title")[0].text.startswith(title)


def test_a_broken_anchor_fails_the_build(tmp_path):
    archive = copy_archive(tmp_path / "archive")
    template = archive / "templates/home.md.j2"
    template.write_text(template.read_text() + "\n[a broken anchor](archive.md#no-such-heading)\n")
    with pytest.raises(BuildError) as failure:
        build(archive)
    assert "no-such-heading" in str(failure.value)


def test_build_is_strict_and_keeps_the_previous_site_on_failure(tmp_path):
    archive = copy_archive(tmp_path / "archive")
    site = build(archive)
    marker = (site / "index.html").read_bytes()
    template = archive / "templates/home.md.j2"
    template.write_text(template.read_text() + "\n[a broken link](nowhere.md)\n")
    with pytest.raises(BuildError) as failure:
        build(archive)
    assert "nowhere.md" in str(failure.value)
    assert (archive / "site/index.html").read_bytes() == marker


def test_briefings_build_command_exits_1_on_a_strict_warning(tmp_path):
    archive = copy_archive(tmp_path / "archive")
    template = archive / "templates/home.md.j2"
    template.write_text(template.read_text() + "\n[a broken link](nowhere.md)\n")
    result = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=archive, capture_output=True, text=True)
    assert result.returncode == 1
    assert "mkdocs build --strict failed; the previous site is unchanged:" in result.stderr
    assert "WARNING -  Doc file 'index.md' contains a link 'nowhere.md'" in result.stderr, "MkDocs' own words, uncoloured"
    assert "Traceback" not in result.stderr


def test_a_months_page_lists_each_briefing_once(built_site):
    # Material prints a hidden table of contents unless the theme's override leaves it out.
    html = (built_site / "2021/09/index.html").read_text()
    assert html.count("Taliban claim Panjshir; resistance says it still holds the valley") == 1
    assert "md-nav__list" in html  # the drawer's navigation is still there
