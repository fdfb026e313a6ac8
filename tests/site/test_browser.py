"""What a reader sees, in real headless Chromium."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

BRIEFING_TITLE = "Taliban claim Panjshir; resistance says it still holds the valley"


def test_home_lists_the_briefing(page, site_url):
    page.goto(site_url)
    link = page.locator("article.md-content__inner").get_by_role("link", name=BRIEFING_TITLE)
    assert link.is_visible()
    link.click()
    page.wait_for_url("**/2021/09/06/taliban-claim-panjshir/")
    assert page.title() == f"{BRIEFING_TITLE} - Briefing archive"


def test_briefing_page_shows_the_comparison_tables(page, site_url):
    page.goto(site_url + "2021/09/06/taliban-claim-panjshir/")
    coverage = page.locator("h2#coverage + div table, h2#coverage ~ div.md-typeset__scrollwrap table").first
    assert coverage.is_visible()
    assert coverage.locator("tbody tr").count() == 5
    shared = page.locator("#what-the-independent-reports-agree-on ~ div table").first
    assert shared.is_visible() and shared.locator("tbody tr").count() >= 1


def test_evidence_links_land_on_the_sentence(page, site_url):
    page.goto(site_url + "2021/09/06/taliban-claim-panjshir/")
    evidence = page.locator("#what-the-independent-reports-agree-on ~ div table a[href*='sources/#']").first
    target = evidence.get_attribute("href").split("#", 1)[1]
    evidence.click()
    page.wait_for_url(f"**/sources/#{target}")
    assert page.locator(f"[id='{target}']").is_visible()


def test_search_finds_the_briefing_by_panjshir(page, site_url):
    page.goto(site_url)
    page.locator("input.md-search__input").click()
    page.keyboard.type("Panjshir", delay=20)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    assert BRIEFING_TITLE in page.locator(".md-search-result").inner_text()
