"""Invariants: the comparison does not depend on the order of its inputs, pair measures are
symmetric, output is deterministic, and numbers read back as they were written."""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from generator.compare import compare
from generator.compare.numbers import format_value, parse_number, spell
from generator.compare.sequence import union_find_groups

from .eventfiles import EVENTS, load_event

SMALL = ("same-surname", "wire-copy", "press-release", "split-quotes")
_EVENTS = {name: load_event(EVENTS / name)[0] for name in SMALL}


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(SMALL), st.randoms(use_true_random=False))
def test_the_json_does_not_depend_on_the_order_of_the_sources(name, random):
    articles = list(_EVENTS[name])
    shuffled = articles[:]
    random.shuffle(shuffled)
    assert json.dumps(compare(shuffled).to_dict()) == json.dumps(compare(articles).to_dict())


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(SMALL))
def test_pairs_are_listed_once_in_order_and_groups_partition_the_sources(name):
    result = compare(_EVENTS[name])
    ids = [s.id for s in result.sources]
    pairs = [(p.a, p.b) for p in result.derivation]
    assert all(a < b for a, b in pairs) and len(pairs) == len(set(pairs)) == len(ids) * (len(ids) - 1) // 2
    assert sorted(s for group in result.independent_groups for s in group) == sorted(ids)


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(SMALL))
def test_overlap_is_symmetric(name):
    articles = _EVENTS[name]
    forward = {(p.a, p.b): (p.relation, p.overlap) for p in compare(articles).derivation}
    backward = {(p.a, p.b): (p.relation, p.overlap) for p in compare(articles[::-1]).derivation}
    assert forward == backward


@given(st.integers(min_value=0, max_value=99))
def test_spelled_numbers_read_back(value):
    assert parse_number(spell(value)) == value


@given(st.integers(min_value=0, max_value=10**12))
def test_written_numbers_read_back(value):
    assert parse_number(format_value(float(value))) == value


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=20))
def test_groups_cover_every_item_once(links):
    groups = union_find_groups(range(10), links)
    assert sorted(i for g in groups for i in g) == list(range(10))
    for a, b in links:
        assert any(a in g and b in g for g in groups)
