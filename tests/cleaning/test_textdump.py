"""The text-dump rules that finish the region's labels: each cuts furniture and never article text."""

from __future__ import annotations

from generator.cleaning import extract

from .page import ARTICLE, MENU as BASE_MENU

MENU = BASE_MENU + "\n"
PARAGRAPHS = ARTICLE[:3]
FOOTER = "\n\nMore stories\nHeatwave warning issued\nAbout us\nContact\n"


def body_of(*middle: str) -> list[str]:
    text = MENU + "Council approves budget after long debate\n\n" + "\n\n".join(middle) + FOOTER
    return [block.text for block in extract(text).blocks]


def test_a_paragraph_the_page_prints_twice_is_kept_twice():
    assert body_of(PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[0], PARAGRAPHS[2]).count(PARAGRAPHS[0]) == 2


def test_a_long_line_that_mentions_cookies_inside_the_article_is_article_text():
    about_cookies = ("Nearly every website asks visitors to accept cookies, and the council's own site "
                     "was found to share its visitors' browsing data with advertisers without their "
                     "consent, which the data protection authority said broke the law.")
    assert about_cookies in body_of(PARAGRAPHS[0], about_cookies, PARAGRAPHS[1])


def test_a_short_consent_line_inside_the_article_is_cut():
    assert "Manage cookie preferences" not in body_of(PARAGRAPHS[0], "Manage cookie preferences", PARAGRAPHS[1])


def test_a_pull_quote_printed_after_its_sentence_is_kept_once():
    quote = '"No library will close this year," the mayor said.'
    blocks = body_of(PARAGRAPHS[0], quote, quote, PARAGRAPHS[1])
    assert blocks.count(quote) == 1


def test_the_line_before_a_credit_is_a_caption():
    caption = "Councillors during Monday's debate in the town hall."
    blocks = body_of(PARAGRAPHS[0], caption, "Photo: Jane Roe", PARAGRAPHS[1])
    assert caption not in blocks and PARAGRAPHS[1] in blocks


def test_the_headline_is_cut_but_never_the_only_paragraph():
    assert body_of(*PARAGRAPHS)[0] == PARAGRAPHS[0]
    single = "A short note on the budget that the council approved on Monday after a long debate"
    assert [b.text for b in extract(single).blocks] == [single]


def test_a_site_name_above_the_first_paragraph_is_not_a_subheading():
    text = (MENU + "Council approves budget after long debate\n\nCity Gazette\n\n" + "\n\n".join(PARAGRAPHS)
            + FOOTER + "Get push notifications from City Gazette\n")
    blocks = extract(text).blocks
    assert blocks[0].text == PARAGRAPHS[0]
    assert "City Gazette" not in [block.text for block in blocks]

