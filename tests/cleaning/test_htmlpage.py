"""The HTML reader: the page's visible text, and the text-dump reader's second opinion."""

from __future__ import annotations

from lxml import html

from generator.cleaning import htmlpage, visible
from generator.structure.article import PARAGRAPH, Block

from .page import ARTICLE, MENU


def test_visible_text_is_what_a_reader_sees_one_block_a_line():
    tree = html.fromstring(
        "<html><head><title>Page title</title><style>p {color: red}</style></head><body>"
        "<nav><a>Home</a> <a>News</a></nav><p>First <b>bold</b>\nparagraph<script>var x = 1;</script> ends.</p>"
        "<div hidden>Hidden offer</div><div style='display: none'>Also hidden</div>"
        "<p>Second<br>line</p></body></html>")
    lines = [line.strip() for line in visible.text(tree).split("\n") if line.strip()]
    assert lines == ["Home News", "First bold paragraph ends.", "Second", "line"]


def test_the_second_opinion_answers_when_trafilatura_kept_a_small_part_of_the_article():
    shown = MENU + "\n".join(ARTICLE) + "\nMore stories\nHeatwave warning\n"
    kept = [Block(PARAGRAPH, ARTICLE[0])]
    second = htmlpage._second_opinion(shown, kept, None)
    assert second is not None and [b.text for b in second.blocks] == ARTICLE


def test_the_second_opinion_stays_silent_when_trafilatura_kept_the_article():
    shown = MENU + "\n".join(ARTICLE) + "\nMore stories\nHeatwave warning\n"
    assert htmlpage._second_opinion(shown, [Block(PARAGRAPH, text) for text in ARTICLE], None) is None


def test_the_second_opinion_stays_silent_when_it_read_another_text():
    other = ["A different story about a football match that the home side won in the last minute of "
             "extra time, after a long and goalless second half in the rain." for _ in range(6)]
    shown = MENU + "\n".join(f"{i} {text}" for i, text in enumerate(other)) + "\n"
    assert htmlpage._second_opinion(shown, [Block(PARAGRAPH, text) for text in ARTICLE[:2]], None) is None
