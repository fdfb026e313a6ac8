"""Cleaning a cleaned article changes nothing: on the labelled set and on generated bodies."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from generator.cleaning import clean
from generator.errors import CleaningError

from . import labelled


def cleaned_body(raw: bytes) -> str:
    return clean(raw, article_id="x").body


@pytest.mark.parametrize("case", labelled.cases(), ids=lambda c: c.name)
def test_cleaning_the_printed_body_gives_the_same_body(case):
    once = cleaned_body(case.raw)
    assert cleaned_body(once.encode("utf-8")) == once


_WORDS = st.sampled_from(
    "the council said on monday that water prices would rise by four percent next year after a "
    "long dispute with suppliers and farmers who warned of drought la ville a annoncé une hausse "
    "des prix der Rat sagte am Montag dass".split())
_SENTENCE = st.lists(_WORDS, min_size=8, max_size=30, unique=True).map(lambda ws: " ".join(ws).capitalize() + ".")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=4, unique=True).map(" ".join)
_HEADING = st.lists(_WORDS, min_size=2, max_size=6, unique=True).map(lambda ws: " ".join(ws).capitalize())
# An article opens with a paragraph; headings and more paragraphs follow.
_BODY = st.tuples(_PARAGRAPH, st.lists(st.one_of(_PARAGRAPH, _PARAGRAPH, _PARAGRAPH, _HEADING), max_size=12, unique=True)).map(
    lambda parts: [parts[0], *parts[1]])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_BODY)
def test_cleaning_is_idempotent_on_generated_bodies(blocks):
    raw = "\n\n".join(blocks).encode("utf-8")
    try:
        once = cleaned_body(raw)
    except CleaningError:
        return
    assert cleaned_body(once.encode("utf-8")) == once
