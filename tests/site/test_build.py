"""The real ``mkdocs build --strict`` on the example archive."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from generator.errors import BuildError
from generator.pipeline import build
from tests.conftest import copy_archive

BRIEFING = "2021/09/06/taliban-claim-panjshir"


def test_the_site_has_every_kind_of_page(built_site):
    for page in ("index.html", f"{BRIEFING}/index.html", f"{BRIEFING}/sources/index.html", "archive/index.html",
                 "2021/index.html", "2021/09/index.html", "tags/index.html", "tags/panjshir/index.html",
                 "outlets/index.html", "outlets/sputnik/index.html", "about/index.html", "404.html",
                 "sitemap.xml", "search/search_index.json"):
        assert (built_site / page).is_file(), page


def test_the_briefing_page_has_the_coverage_and_comparison_tables(built_site):
    html = (built_site / BRIEFING / "index.html").read_text()
    assert 'id="coverage"' in html and 'id="how-the-sources-compare"' in html
    assert html.count("<table>") >= 2
    for outlet in ("KIMT News 3", "CNN", "Unattributed news site", "Iran News", "Sputnik International"):
        assert outlet in html


def test_every_cleaned_article_is_on_the_sources_page_with_sentence_anchors(built_site):
    html = (built_site / BRIEFING / "sources" / "index.html").read_text()
    for source in ("kimt", "cnn", "unattributed", "iran-news", "sputnik"):
        assert f'id="{source}"' in html
        assert f'class="sentence" id="{source}-' in html


def test_search_index_covers_the_briefing(built_site):
    index = json.loads((built_site / "search/search_index.json").read_text())
    text = " ".join(doc["text"] + doc["title"] for doc in index["docs"] if doc["location"].startswith(BRIEFING))
    for word in ("Panjshir", "Sputnik", "Massoud"):
        assert word in text


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
    assert "Traceback" not in result.stderr
