"""A changed slug keeps its old address working, and corrections show on the page and site-wide.

Built with the real ``mkdocs build --strict`` and checked in headless Chromium.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from generator.pipeline import build, ingest
from tests.conftest import copy_archive

OLD = "2021/09/06/taliban-claim-panjshir/"
NEW = "2021/09/06/panjshir-falls/"
CORRECTIONS = """corrections:
  - date: 2021-09-09
    text: The summary said Sputnik reported two days earlier; it was three.
  - date: 2021-09-08
    text: Added the Iran News report.
"""


@pytest.fixture(scope="module")
def moved_site(tmp_path_factory) -> Path:
    root = copy_archive(tmp_path_factory.mktemp("moved") / "archive")
    path = root / "briefings/2021/2021-09-06-panjshir/briefing.yml"
    text = path.read_text().replace("slug: taliban-claim-panjshir\n",
                                    "slug: panjshir-falls\nprevious_slugs: [taliban-claim-panjshir]\npublished: 2021-09-07\n")
    path.write_text(text + CORRECTIONS)
    ingest(root)
    return build(root)


@pytest.fixture(scope="module")
def moved_url(moved_site):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(moved_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.mark.browser
def test_the_old_address_redirects_to_the_new_one(page, moved_url):
    page.goto(moved_url + OLD)
    page.wait_for_url(moved_url + NEW)
    assert page.locator("h1").first.inner_text().rstrip("¶") == "Taliban claim Panjshir; resistance says it still holds the valley"


@pytest.mark.browser
def test_an_old_sentence_link_lands_on_the_same_sentence(page, moved_url):
    page.goto(moved_url + OLD + "sources/#sputnik")
    page.wait_for_url(moved_url + NEW + "sources/#sputnik")


def test_redirect_pages_are_plain_files_outside_the_sitemap(moved_site):
    html = (moved_site / OLD / "index.html").read_text()
    assert '<meta http-equiv="refresh" content="0; url=../panjshir-falls/">' in html
    assert '<link rel="canonical" href="../panjshir-falls/">' in html
    assert OLD not in (moved_site / "sitemap.xml").read_text()


def test_the_page_shows_first_published_last_updated_and_its_corrections(moved_site):
    html = (moved_site / NEW / "index.html").read_text()
    assert ('First published 7 September 2021 · Last updated 9 September 2021 (<a href="#corrections">corrections</a>)'
            in html)
    corrections = html.split('id="corrections"')[1]
    assert corrections.index("8 September 2021") < corrections.index("9 September 2021")
    assert "Added the Iran News report." in corrections


def test_the_corrections_page_lists_the_newest_first(moved_site):
    html = (moved_site / "corrections/index.html").read_text()
    items = html.split("<li><strong>")[1:]
    assert [item.split("</strong>")[0] for item in items][:2] == ["9 September 2021", "8 September 2021"]
    assert 'href="../2021/09/06/panjshir-falls/#corrections"' in items[0]
