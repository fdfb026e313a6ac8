"""What a reader sees, in real headless Chromium. Every test also fails on a console error or on any
request leaving 127.0.0.1 (see the ``page`` fixture)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

BRIEFING_TITLE = "Taliban claim Panjshir; resistance says it still holds the valley"
BRIEFING = "2021/09/06/taliban-claim-panjshir/"
PHONE = {"width": 375, "height": 812}
EVERY_KIND_OF_PAGE = ["", BRIEFING, "archive/", "2021/", "2021/09/", "tags/", "tags/panjshir/",
                      "outlets/", "outlets/cnn/", "about/", "search/", "404.html"]


@pytest.mark.parametrize("path", EVERY_KIND_OF_PAGE)
def test_every_kind_of_page_renders_cleanly(page, site_url, path):
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    assert page.locator("article h1").first.is_visible()


def test_home_lists_the_briefing(page, site_url):
    page.goto(site_url)
    link = page.locator("article.md-content__inner").get_by_role("link", name=BRIEFING_TITLE)
    assert link.is_visible()
    link.click()
    page.wait_for_url(f"**/{BRIEFING}")
    assert page.title() == f"{BRIEFING_TITLE} - Briefing archive"


def test_home_card_shows_counts_and_flags(page, findings_url):
    page.goto(findings_url)
    card = page.locator(".briefing-card").first
    assert card.locator(".briefing-card-meta").inner_text() == "6 September 2021 · 5 outlets · 3 independent reports"
    assert card.locator(".briefing-flags").inner_text() == \
        "Contested: 1 disputed claim · 1 conflicting figure · 1 attribution conflict"


def test_briefing_page_shows_the_comparison_and_sources_tables(page, site_url):
    page.goto(site_url + BRIEFING)
    sources = page.locator("h2#sources ~ .md-typeset__scrollwrap table").last
    assert sources.is_visible()
    assert sources.locator("tbody tr").count() == 5
    shared = page.locator("#what-the-independent-reports-agree-on ~ .md-typeset__scrollwrap table").first
    assert shared.is_visible() and shared.locator("tbody tr").count() >= 1


def test_derivation_diagram_is_drawn_without_any_script(page, findings_url):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(findings_url + BRIEFING)
    page.wait_for_load_state("networkidle")
    _assert_diagram_drawn(page)
    assert page.locator("figure.derivation figcaption").inner_text() == \
        "CNN was copied by KIMT News 3. CNN was rewritten by Unattributed news site."
    assert not [url for url in requests if url.endswith((".mjs",)) or "mermaid" in url or "vendor" in url]


def _assert_diagram_drawn(page) -> None:
    """The SVG is laid out at a readable size, its three boxes and two arrows visible."""
    diagram = page.locator("figure.derivation svg.derivation-diagram")
    assert diagram.is_visible()
    box = diagram.bounding_box()
    assert box["height"] > 80 and box["width"] > 300
    assert diagram.locator(".derivation-box").count() == 3
    assert diagram.locator("line[marker-end]").count() == 2
    assert diagram.get_by_text("KIMT News 3", exact=True).is_visible()


def test_the_home_page_loads_no_search_index(page, findings_url):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(findings_url)
    page.wait_for_load_state("networkidle")
    assert not [url for url in requests if "pagefind" in url or "search_index" in url]


def test_diagram_is_drawn_after_following_a_link(page, findings_url):
    page.goto(findings_url)
    page.locator("article").get_by_role("link", name=BRIEFING_TITLE).click()
    page.wait_for_url(f"**/{BRIEFING}")
    page.locator("figure.derivation svg").wait_for()
    _assert_diagram_drawn(page)


def test_evidence_links_land_on_the_sentence(page, site_url):
    page.goto(site_url + BRIEFING)
    evidence = page.locator("#what-the-independent-reports-agree-on ~ .md-typeset__scrollwrap table a[href*='#']").first
    target = evidence.get_attribute("href").split("#", 1)[1]
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    evidence.click()
    page.wait_for_url(f"**/{BRIEFING}#{target}")
    sentence = page.locator(f".article-body span[id='{target}']:target")
    sentence.wait_for(timeout=5_000)
    assert sentence.is_visible()
    assert sentence.evaluate("element => element.getBoundingClientRect().top") < PHONE["height"], "scrolled into view"
    assert not [url for url in requests if BRIEFING in url], "the jump is the browser's own: nothing is fetched again"


def test_back_after_an_evidence_jump_returns_to_the_table(page, site_url):
    page.goto(site_url + BRIEFING)
    evidence = page.locator("#what-the-independent-reports-agree-on ~ .md-typeset__scrollwrap table a[href*='#']").first
    evidence.scroll_into_view_if_needed()
    evidence.click()
    page.wait_for_url(f"**/{BRIEFING}#*")
    page.go_back()
    page.wait_for_url(f"**/{BRIEFING}")
    page.wait_for_function(
        "link => { const top = link.getBoundingClientRect().top; return top >= 0 && top < innerHeight; }",
        arg=evidence.element_handle(), timeout=5_000)


@pytest.mark.parametrize(("fragment", "landing"), [("cnn", "source-cnn"), ("cnn-35d00a", "cnn-35d00a")])
def test_the_former_sources_address_lands_on_the_briefing_page(page, site_url, fragment, landing):
    """The sources used to have a page of their own: its links (a source, a sentence) still land."""
    page.goto(site_url + BRIEFING + "sources/#" + fragment)
    page.wait_for_url(f"**/{BRIEFING}#{landing}")
    assert page.locator(f"[id='{landing}']").is_visible()


@pytest.mark.parametrize("query", ["Panjshir", "Sputnik", "Massoud"])
def test_search_from_the_header_finds_the_briefing(page, site_url, query):
    page.goto(site_url + "archive/")
    page.locator("#briefings-search-query").fill(query)
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=*")
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=15_000)
    assert result.inner_text() == BRIEFING_TITLE
    assert page.locator(".pagefind-ui__message").inner_text() == f"1 result for {query}"


def test_search_answers_as_the_reader_types(page, site_url):
    page.goto(site_url + "search/")
    page.locator(".pagefind-ui__search-input").fill("Massoud")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15_000)
    page.locator(".pagefind-ui__result-link").first.click()
    page.wait_for_url(f"**/{BRIEFING}")


@pytest.mark.parametrize("path", ["", BRIEFING, "archive/", "search/?q=Panjshir"])
def test_a_phone_screen_never_scrolls_sideways(browser, findings_url, path):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(findings_url + path)
    page.wait_for_load_state("networkidle")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    context.close()
    assert overflow == 0


def test_the_sources_table_fits_a_phone_screen(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + BRIEFING)
    wrapper = page.locator("h2#sources ~ .md-typeset__scrollwrap .md-typeset__table").last
    fits = wrapper.evaluate("element => element.scrollWidth <= element.clientWidth + 1")
    context.close()
    assert fits


def test_the_reader_can_switch_to_dark_mode(page, site_url):
    page.goto(site_url)
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"
    page.locator("label[title='Switch to dark mode']").click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"


def test_the_dark_choice_is_applied_before_materials_bundle_runs(browser, site_url):
    """The header's inline script restores the reader's choice, so a dark page does not flash light."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url)
    page.locator("label[title='Switch to dark mode']").click()
    page.route("**/bundle.*.min.js", lambda route: route.abort())
    page.goto(site_url + "archive/")
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    context.close()
    assert scheme == "slate"


def test_the_404_page_offers_ways_back_from_any_depth(page, site_url):
    page.goto(site_url + "404.html")
    assert page.locator("article h1").inner_text() == "Page not found"
    links = page.locator("article li a")
    assert [links.nth(i).evaluate("a => a.pathname") for i in range(links.count())] == [
        "/", "/archive/", "/search/", "/tags/", "/outlets/"]
