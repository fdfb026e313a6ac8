"""The derivation diagram and table show who copied whom, without the pairs that follow from it."""

from __future__ import annotations

import re
from itertools import combinations

from generator.render.comparison_view import comparison_view
from generator.render.derivation import derivation_diagram, essential, layers
from generator.structure.comparison import Comparison, DerivationPair, SourceSummary

WIRE, COPIES, OTHER = "wire", ("b", "c", "d"), "x"
ORDER = ["b", WIRE, "c", OTHER, "d"]


def _wire_story() -> Comparison:
    """A wire story and three word-for-word copies (each copy also matches the others, the later
    one taken as derived), and an independent report sharing a source with every one of them."""
    pairs = [DerivationPair(*sorted((WIRE, copy)), "copy", 0.95, origin=WIRE) for copy in COPIES]
    pairs += [DerivationPair(a, b, "copy", 0.97, origin=a) for a, b in combinations(COPIES, 2)]
    pairs += [DerivationPair(*sorted((OTHER, s)), "common-source", 0.1 + 0.01 * n, origin=None)
              for n, s in enumerate((*COPIES, WIRE))]
    sources = tuple(SourceSummary(s, None, None, None, 0) for s in ORDER)
    return Comparison(sources, derivation=tuple(pairs), independent_groups=((WIRE, *COPIES), (OTHER,)))


def test_copies_are_joined_to_the_story_they_copy_not_to_one_another():
    shown = essential(_wire_story(), ORDER)
    copies = [p for p in shown if p.relation == "copy"]
    assert sorted((p.origin, p.a if p.b == WIRE else p.b) for p in copies) == [(WIRE, c) for c in COPIES]
    [common] = [p for p in shown if p.relation == "common-source"]
    assert {common.a, common.b} == {WIRE, OTHER}  # between the two families' roots


def test_the_view_counts_the_pairs_left_out():
    comparison = _wire_story()
    view = comparison_view(comparison, ORDER, {s: s.upper() for s in ORDER})
    assert len(view.derivation) == 4 and view.implied == len(comparison.derivation) - 4 == 6


def test_a_rewrite_of_two_origins_is_joined_to_its_familys_root():
    pairs = (DerivationPair("a", "c", "rewrite", 0.4, origin="a"), DerivationPair("b", "c", "rewrite", 0.6, origin="b"),
             DerivationPair("a", "b", "independent", 0.0))
    comparison = Comparison(tuple(SourceSummary(s, None, None, None, 0) for s in "abc"), derivation=pairs,
                            independent_groups=(("a", "b", "c"),))
    # a and b are each the origin of one report: a, first in the briefing, is the root.
    assert [(p.a, p.b) for p in essential(comparison, list("abc"))] == [("a", "c")]


def test_boxes_below_stand_under_what_they_are_joined_to():
    comparison = _wire_story()
    shown = list(essential(comparison, ORDER))
    rows = layers(shown, ORDER)
    assert rows[0] == [WIRE, OTHER]
    assert rows[1] == ["b", "c", "d"]
    diagram = derivation_diagram(comparison, {s: s.upper() for s in ORDER})
    assert diagram.svg.count("<line") == 3  # the copies' arrows
    # Two roots side by side share a common source: an arc above them (no arrow comes in there).
    [arc] = re.findall(r'<g class="derivation-common"><path d="M(\d+) (\d+)Q\d+ (\d+) (\d+) (\d+)"/><text x="\d+" y="(\d+)">'
                       r"common source</text></g>", diagram.svg)
    x1, y1, control, x2, y2, label = map(int, arc)
    [(wire_x, top), (other_x, _)] = [tuple(map(int, box)) for box in
                                     re.findall(r'<rect x="(\d+)" y="(\d+)"', diagram.svg)[:2]]
    assert y1 == y2 == top and wire_x < x1 < wire_x + 168 <= other_x < x2 < other_x + 168  # WIRE's box to X's
    assert 0 <= control < label < top
