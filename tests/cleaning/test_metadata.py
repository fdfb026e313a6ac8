"""Metadata read from the pages themselves, checked against what each labelled page states."""

from __future__ import annotations

import pytest

from generator.cleaning import clean

from . import labelled

CASES = [c for c in labelled.cases() if c.meta]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_metadata_matches_the_page(case):
    meta = clean(case.raw, article_id="x").meta
    for field, expected in case.meta.items():
        got = getattr(meta, field)
        squash = (lambda v: " ".join(v.split())) if isinstance(expected, str) else (lambda v: v)
        assert got is not None and squash(got) == squash(expected), field


def test_hash_word_count_and_format():
    case = next(c for c in labelled.cases() if c.name.startswith("seed-003"))
    article = clean(case.raw, article_id="x")
    assert article.meta.raw_sha256 == __import__("hashlib").sha256(case.raw).hexdigest()
    assert article.meta.word_count == sum(1 for w in article.body.split() if any(ch.isalnum() for ch in w))
    assert article.meta.input_format == "text"


def test_html_metadata_comes_from_the_head():
    case = next(c for c in labelled.cases() if c.name == "gen-fr-tramway-lyon-page")
    meta = clean(case.raw, article_id="x").meta
    assert meta.url == "https://www.lejournaldurhone.example/tramway-lyon"
    assert meta.outlet == "Lejournaldurhone"
    assert meta.byline == "Par Claire Dumont"
    assert meta.input_format == "html"


def test_a_bom_and_crlf_do_not_change_the_article():
    case = next(c for c in labelled.cases() if c.name.startswith("seed-000"))
    plain = clean(case.raw, article_id="x")
    windows = clean(b"\xef\xbb\xbf" + case.raw.replace(b"\n", b"\r\n"), article_id="x")
    utf16 = clean(case.raw.decode("utf-8").encode("utf-16"), article_id="x")
    assert plain.body == windows.body == utf16.body


def test_legacy_encodings_are_detected():
    text = ("Le tramway de la rive droite est entré en service lundi, avec trois mois de retard sur le "
            "calendrier prévu, a annoncé la métropole. Les élus espèrent 45 000 voyageurs par jour. Ça a été "
            "très critiqué à l'époque, même après la fête de Noël où les élèves étaient déçus.\n\n") * 4
    assert clean(text.encode("cp1252"), article_id="x").body == clean(text.encode("utf-8"), article_id="x").body


@pytest.mark.parametrize("opening, is_html", [
    ("<!DOCTYPE html>\n<html><head><title>A page</title></head><body><p>Text.</p></body></html>", True),
    ("\ufeff<html lang=\"en\"><body><p>Text.</p></body></html>", True),
    ("<div><p>A fragment saved without its head.</p><p>Another paragraph.</p></div>", True),
    # A browser's copied text shows a page's <noscript> markup, or an article's code sample, as text.
    ("<div><img src=\"https://example.test/pixel.gif\"></div>\nHeadline of the story\n"
     + "The council met on Monday and agreed the budget for next year. " * 30, False),
    ("Setting up tests\n\nWrite an index file for them:\n\n<!DOCTYPE html>\n<html>\n<head>\n<title>Tests</title>\n"
     + "The runner reads the page and reports every failure it finds. " * 30, False),
])
def test_html_is_told_from_a_dump_that_quotes_markup(opening, is_html):
    assert clean(opening.encode("utf-8"), article_id="x").meta.input_format == ("html" if is_html else "text")
