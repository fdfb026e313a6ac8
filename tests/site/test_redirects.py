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
from tests.site.conftest import parse

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
@pytest.mark.parametrize(("fragment", "landing"), [("sputnik", "source-sputnik"), ("sputnik-d00ddc", "sputnik-d00ddc")])
def test_an_old_source_or_sentence_link_lands_on_the_same_place(page, moved_url, fragment, landing):
    page.goto(moved_url + OLD + "sources/#" + fragment)
    page.wait_for_url(moved_url + NEW + "#" + landing)
    assert page.locator(f"[id='{landing}']").is_visible()


def test_redirect_pages_are_plain_files_outside_the_sitemap(moved_site):
    html = (moved_site / OLD / "index.html").read_text()
    assert '<meta http-equiv="refresh" content="0; url=../panjshir-falls/">' in html
    assert '<link rel="canonical" href="../panjshir-falls/">' in html
    assert OLD not in (moved_site / "sitemap.xml").read_text()


def test_the_page_shows_first_published_last_updated_and_its_corrections(moved_site):
    page = parse((moved_site / NEW / "index.html").read_text())
    published, = page.xpath("//p[contains(@class, 'briefing-published')]")
    assert published.text_content() == "First published 7 September 2021 · Last updated 9 September 2021 (corrections)"
    assert published.xpath(".//a/@href") == ["#corrections"]
    items = [item.text_content() for item in page.get_element_by_id("corrections").getnext().xpath("./li")]
    assert items == ["8 September 2021: Added the Iran News report.",
                     "9 September 2021: The summary said Sputnik reported two days earlier; it was three."]


def test_the_corrections_page_lists_the_newest_first(moved_site):
    items = parse((moved_site / "corrections/index.html").read_text()).xpath("//article//li[strong]")
    assert [item.find("strong").text for item in items][:2] == ["9 September 2021", "8 September 2021"]
    assert "../2021/09/06/panjshir-falls/#corrections" in items[0].xpath(".//a/@href")
