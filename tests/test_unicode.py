"""Right-to-left names, combining marks, joiners and emoji survive cleaning, comparison, pages and
search exactly as written (NFC)."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
import unicodedata

import pytest
import yaml

from generator.pipeline import build, ingest
from tests.conftest import REPO, link_node_modules
from tests.site.conftest import parse

# Dari with a zero-width non-joiner (U+200C) that Persian spelling needs, Pashto, Arabic,
# a combining macron, and an emoji flag (two regional indicators).
SPEAKER = "ذبیح‌الله مجاهد"
PLACE = "پنجشیر"
PASHTO = "د پنجشیر ولایت"
ARABIC = "جبهة المقاومة الوطنية"
COMBINING = "Dashti\u0304"
FLAG = "🇦🇫"
TITLE = f"{PLACE}: Taliban claim, {ARABIC} denies {FLAG}"

DARI_REPORT = f"""اخبار

طالبان ادعا کردند که ولایت {PLACE} را به طور کامل تصرف کرده‌اند و جنگ در این ولایت پایان یافته است.

{SPEAKER}، سخنگوی طالبان، گفت: «آخرین سنگر دشمن، ولایت {PLACE}، به طور کامل فتح شد.»

جبهه مقاومت ملی این ادعا را رد کرد و گفت که نیروهایش هنوز در همه مواضع استراتژیک دره حضور دارند.

{PASHTO} کې جګړه د دوو اونیو راهیسې روانه ده او ډېر خلک بې ځایه شوي دي.
"""

ENGLISH_REPORT = f"""The Taliban said on Monday that they had completely conquered {PLACE} (Panjshir), the last province holding out against them.

"The last nest of the enemy was completely conquered," said {SPEAKER} (Zabihullah Mujahid), the Taliban spokesman, in a statement.

The {ARABIC} ({FLAG} National Resistance Front) denied the claim, and its spokesman {COMBINING} said its forces still held every strategic position in the valley.
"""


@pytest.fixture(scope="module")
def unicode_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("unicode") / "archive"
    folder = root / "briefings/2021/2021-09-06-panjshir"
    (folder / "reports").mkdir(parents=True)
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "templates", root / "templates")
    link_node_modules(root)
    (folder / "reports/dari.txt").write_text(DARI_REPORT, "utf-8")
    (folder / "reports/english.txt").write_text(ENGLISH_REPORT, "utf-8")
    (root / "briefings/outlets.yml").write_text(yaml.safe_dump({
        "tolo": {"name": "طلوع نیوز", "kind": "broadcaster", "country": "AF"},
        "wire": {"name": "Wire Service", "kind": "wire service"},
    }, allow_unicode=True), "utf-8")
    (folder / "briefing.yml").write_text(yaml.safe_dump({
        "date": "2021-09-06", "slug": "panjshir", "title": TITLE,
        "summary": f"{SPEAKER} said {PLACE} had fallen; {COMBINING} denied it. {FLAG}",
        "tags": [PLACE, "Afghanistan"],
        "sources": [{"id": "dari", "outlet": "tolo", "report": "reports/dari.txt"},
                    {"id": "english", "outlet": "wire", "report": "reports/english.txt"}],
    }, allow_unicode=True, sort_keys=False), "utf-8")
    ingest(root)
    return build(root)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_every_script_reaches_the_briefing_page_exactly(unicode_site):
    html = (unicode_site / "2021/09/06/panjshir/index.html").read_text("utf-8")
    for text in (TITLE, SPEAKER, COMBINING, FLAG, "طلوع نیوز", PLACE):
        # As the editor typed it (summary, title) or as cleaning normalised it (article text).
        assert text in html or nfc(text) in html, text


def test_the_dari_article_is_laid_out_right_to_left_with_its_joiners(unicode_site):
    html = (unicode_site / "2021/09/06/panjshir/index.html").read_text("utf-8")
    bodies = parse(html).xpath("//div[contains(@class, 'article-body')][@lang='fa']")
    assert len(bodies) == 1 and bodies[0].get("dir") == "rtl"
    assert nfc(SPEAKER) in html and "\u200c" in html
    assert nfc(PASHTO) in html


@pytest.mark.browser
@pytest.mark.parametrize("query", [PLACE, "مجاهد", "Dashti"])
def test_search_finds_the_briefing_by_names_in_any_script(unicode_site, browser, query):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(unicode_site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/search/")
        page.locator(".pagefind-ui__search-input").fill(query)
        result = page.locator(".pagefind-ui__result-link").first
        result.wait_for(timeout=15_000)
        assert nfc(result.inner_text()) == nfc(TITLE)
    finally:
        context.close()
        server.shutdown()
