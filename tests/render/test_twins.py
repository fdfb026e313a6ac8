"""Paragraphs one report prints word for word from another are shown once, at the first printing."""

from __future__ import annotations

import lxml.html

from generator.compare.sentences import split
from generator.render.articlehtml import body_html
from generator.render.twins import printing_order, twins
from generator.structure.article import PARAGRAPH, Article, ArticleMeta, Block
from generator.structure.comparison import Comparison, DerivationPair

SHARED = ("Forces reached the dam near the town on Monday, officials said. About 40 families were moved "
          "to the school, and the road was closed until further notice.")
SHARED_TOO = "The river rose two metres overnight, the highest level since records began in 1950, officials said."
OWN = "Our reporter saw three trucks of aid arrive at noon."
SHORT = "Officials said so."
NAMES = {"origin": "Origin Times", "copy": "Copy Daily"}


def _article(source: str, *paragraphs: str) -> Article:
    return Article(source, ArticleMeta(), tuple(Block(PARAGRAPH, text) for text in paragraphs))


def _comparison(*articles: Article, derivation=()) -> Comparison:
    return Comparison(sources=(), derivation=tuple(derivation),
                      sentences={article.id: split(article) for article in articles})


def _html(article: Article, comparison: Comparison, order: list[str]) -> lxml.html.HtmlElement:
    body = body_html(article, comparison.sentences[article.id], twins(comparison, order), NAMES)
    return lxml.html.fromstring(str(body))


def test_a_copied_run_of_paragraphs_is_one_line_that_keeps_every_anchor_and_links_the_first_printing():
    origin = _article("origin", SHARED, SHARED_TOO, OWN)
    copy = _article("copy", SHARED, SHARED_TOO, "The copy adds a sentence of its own here.")
    comparison = _comparison(origin, copy)
    page = _html(copy, comparison, ["origin", "copy"])
    line, own = page.findall("p")
    assert "source-twin" in line.get("class")
    assert line.text_content() == "[3 sentences word for word as in Origin Times]"
    assert [span.get("id") for span in line.findall("span")] == [s.anchor for s in comparison.sentences["copy"][:3]]
    assert line.find("a").get("href") == "#" + comparison.sentences["origin"][0].anchor
    assert own.text_content() == "The copy adds a sentence of its own here."
    assert len(_html(origin, comparison, ["origin", "copy"]).findall("p")) == 3, "the first printing is whole"


def test_the_origin_prints_first_even_when_the_copy_is_listed_first():
    origin = _article("origin", SHARED + " " + SHARED_TOO, OWN)
    copy = _article("copy", SHARED + " " + SHARED_TOO, "Its own words.")
    comparison = _comparison(origin, copy, derivation=[DerivationPair("copy", "origin", "copy", 0.9, origin="origin")])
    assert printing_order(comparison, ["copy", "origin"]) == ["origin", "copy"]
    assert _html(copy, comparison, ["copy", "origin"]).find("p").get("class") == "source-twin"
    assert _html(origin, comparison, ["copy", "origin"]).find("p").get("class") is None


def test_a_changed_paragraph_whose_twins_are_too_short_to_be_worth_a_line_is_printed_whole():
    origin = _article("origin", SHARED, SHORT)
    changed = _article("copy", SHARED + " The copy added this.", SHORT)
    comparison = _comparison(origin, changed)
    paragraphs = _html(changed, comparison, ["origin", "copy"]).findall("p")
    assert [p.get("class") for p in paragraphs] == [None, None]
    assert paragraphs[1].text_content() == SHORT


def test_a_report_repeating_itself_is_not_its_own_twin():
    repeated = _article("origin", SHARED, SHARED)
    comparison = _comparison(repeated)
    assert twins(comparison, ["origin"]) == {}


def test_in_a_changed_paragraph_a_long_run_of_twins_is_one_inline_line_and_the_changes_are_printed():
    origin = _article("origin", SHARED + " " + SHARED_TOO, OWN)
    changed = _article("copy", "The copy opens with its own words. " + SHARED + " " + SHARED_TOO + " " + SHORT)
    comparison = _comparison(origin, changed)
    [paragraph] = _html(changed, comparison, ["origin", "copy"]).findall("p")
    assert paragraph.get("class") is None
    assert paragraph.text_content() == ("The copy opens with its own words. "
                                        "[3 sentences word for word as in Origin Times] Officials said so.")
    [line] = paragraph.find_class("source-twin")
    copied = comparison.sentences["copy"][1:4]
    assert [span.get("id") for span in line.findall("span")] == [s.anchor for s in copied]
    assert line.find("a").get("href") == "#" + comparison.sentences["origin"][0].anchor
    printed = [span.get("id") for span in paragraph.findall("span") if span.text]
    assert printed == [comparison.sentences["copy"][0].anchor, comparison.sentences["copy"][4].anchor]
