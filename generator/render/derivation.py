"""The derivation diagram: which report copied or rewrote which, as a small static SVG.

Drawn here in Python, so a reader downloads a few kilobytes of markup and no script. A layered
layout: reports that derive from no other on top, each copy or rewrite one row below its origin,
arrows labelled with the relation; reports sharing a common source are joined by a dashed line.
Labels are outlet names, HTML-escaped (the SVG is a raw HTML block); the figure carries a title and
the caption, which says the same in words, describes it for screen readers.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from markupsafe import Markup

from ..structure.comparison import Comparison, DerivationPair
from .escape import clean_text

TITLE = "Which report copied or rewrote which"
# Relations drawn as arrows; "independent" pairs are the absence of an edge.
EDGE_VERBS = {"copy": "copied", "rewrite": "rewrote"}
COMMON_SOURCE = "common-source"
# Labels longer than this make a box wider than a phone can show at a readable size.
MAX_LABEL_CHARS = 24
# More boxes than this no longer read as a diagram; the table below the diagram lists them all.
MAX_BOXES = 36
BOX_WIDTH, BOX_HEIGHT = 168, 34
COLUMN_GAP, ROW_GAP = 16, 56
# Beyond any box: where an arc's end sorts among the other ends of its side.
FAR = 1 << 30
# How far an arc between two boxes of one row dips: a quarter of the gap, clear of arrow labels at its middle.
ARC_DEPTH = ROW_GAP // 4
MARGIN = 4


@dataclass(frozen=True)
class DerivationDiagram:
    """The SVG (built here from escaped labels) and a one-sentence text alternative."""

    svg: Markup
    description: str


def derivation_diagram(comparison: Comparison, names: dict[str, str]) -> DerivationDiagram | None:
    """The diagram for a briefing, or None when no report derives from another."""
    linked = list(essential(comparison, list(names)))
    if not linked:
        return None
    description = describe(linked, names)
    rows = layers(linked, list(names))
    return DerivationDiagram(Markup(_svg(rows, linked, names)), description)


def essential(comparison: Comparison, order: list[str]) -> tuple[DerivationPair, ...]:
    """The related pairs that say who copied whom, without those that follow from them: each copy or
    rewrite joined to one origin (its family's root, the report most others derive from, when it
    derives from that; else the one it shares most with), and one common-source line between two
    families (their roots' if they have one). Three copies of a wire story are three arrows from it,
    not also three pairs of copies of one another. In the comparison's order."""
    linked = [p for p in comparison.derivation if p.relation != "independent" and p.a in order and p.b in order]
    family = {source: n for n, group in enumerate(comparison.independent_groups) for source in group}
    roots = _roots(linked, order, family)
    best: dict[object, tuple[tuple, int]] = {}
    for index, pair in enumerate(linked):
        if pair.relation in EDGE_VERBS:
            origin, derived = _direction(pair)
            key: object = derived
            rank: tuple = (origin in roots, pair.overlap)
        else:
            key = frozenset((family.get(pair.a, pair.a), family.get(pair.b, pair.b)))
            rank = ((pair.a in roots) + (pair.b in roots), pair.overlap)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, index)
    return tuple(linked[index] for index in sorted(index for _, index in best.values()))


def _roots(pairs: list[DerivationPair], order: list[str], family: dict[str, int]) -> set[str]:
    """Each family's root: the report the most others derive from (ties: the briefing's order)."""
    derived_from = {source: 0 for source in order}
    for pair in pairs:
        if pair.relation in EDGE_VERBS:
            derived_from[_direction(pair)[0]] += 1
    roots: dict[object, str] = {}
    for source in sorted(order, key=lambda s: -derived_from[s]):  # stable: the briefing's order breaks ties
        roots.setdefault(family.get(source, source), source)
    return set(roots.values())


def layers(pairs: list[DerivationPair], order: list[str]) -> list[list[str]]:
    """Rows of source ids: origins first, each derived report one row below its lowest origin."""
    parents: dict[str, set[str]] = {}
    for pair in pairs:
        if pair.relation in EDGE_VERBS:
            origin, derived = _direction(pair)
            parents.setdefault(derived, set()).add(origin)
    drawn = [source for source in order if any(source in (p.a, p.b) for p in pairs)][:MAX_BOXES]
    depth: dict[str, int] = {}
    for source in drawn:
        _depth(source, parents, depth, set())
    rows: list[list[str]] = [[] for _ in range(max(depth.values()) + 1)]
    for source in drawn:
        rows[depth[source]].append(source)
    return _uncrossed(rows, pairs)


def _uncrossed(rows: list[list[str]], pairs: list[DerivationPair]) -> list[list[str]]:
    """Each row below the first ordered by where the boxes it is joined to above stand (rows are
    centred), so lines cross as little as they can; ties keep the briefing's order."""
    joined: dict[str, list[str]] = {}
    for pair in pairs:
        joined.setdefault(pair.a, []).append(pair.b)
        joined.setdefault(pair.b, []).append(pair.a)
    x: dict[str, float] = {source: n - (len(rows[0]) - 1) / 2 for n, source in enumerate(rows[0])}
    for row in rows[1:]:
        def centre(source: str) -> float:
            above = [x[other] for other in joined.get(source, ()) if other in x]
            return sum(above) / len(above) if above else 0.0
        row.sort(key=centre)
        x.update({source: n - (len(row) - 1) / 2 for n, source in enumerate(row)})
    return rows


def _depth(source: str, parents: dict[str, set[str]], depth: dict[str, int], visiting: set[str]) -> int:
    """Longest chain of origins above ``source`` (a cycle, which derivation should never give, is cut)."""
    if source not in depth:
        visiting.add(source)
        above = [_depth(p, parents, depth, visiting) for p in sorted(parents.get(source, ())) if p not in visiting]
        visiting.discard(source)
        depth[source] = 1 + max(above) if above else 0
    return depth[source]


def _direction(pair: DerivationPair) -> tuple[str, str]:
    origin = pair.origin if pair.origin in (pair.a, pair.b) else pair.a
    return origin, pair.b if origin == pair.a else pair.a


def _svg(rows: list[list[str]], pairs: list[DerivationPair], names: dict[str, str]) -> str:
    width = max(len(row) for row in rows) * (BOX_WIDTH + COLUMN_GAP) - COLUMN_GAP + 2 * MARGIN
    beside = [row for row in rows if any(p.a in row and p.b in row for p in pairs)]
    # Arcs join boxes of one row: above the first row (nothing comes in there), below any other.
    top = MARGIN + (2 * ARC_DEPTH if rows[0] in beside else 0)
    height = top + len(rows) * (BOX_HEIGHT + ROW_GAP) - ROW_GAP + MARGIN
    if len(rows) > 1 and rows[-1] in beside:
        height += 2 * ARC_DEPTH  # room for an arc below the last row
    places = {source: _place(r, c, len(row), width, top) for r, row in enumerate(rows) for c, source in enumerate(row)}
    parts = [f'<svg class="derivation-diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="{width}" role="img" aria-labelledby="derivation-title" aria-describedby="derivation-caption">',
             f'<title id="derivation-title">{TITLE}</title>',
             '<defs><marker id="derivation-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" '
             'markerHeight="8" orient="auto"><path d="M0 0L8 4L0 8z"/></marker></defs>']
    parts += _edges(pairs, places, top)
    parts += [_box(places[source], names[source]) for source in places]
    return "".join(parts) + "</svg>"


def _place(row: int, column: int, count: int, width: int, top: int) -> tuple[int, int]:
    """Top-left corner of a box: rows centred, so a single origin sits above its copies."""
    used = count * (BOX_WIDTH + COLUMN_GAP) - COLUMN_GAP
    return (width - used) // 2 + column * (BOX_WIDTH + COLUMN_GAP), top + row * (BOX_HEIGHT + ROW_GAP)


def _box(corner: tuple[int, int], name: str) -> str:
    x, y = corner
    return (f'<g class="derivation-box"><rect x="{x}" y="{y}" width="{BOX_WIDTH}" height="{BOX_HEIGHT}" rx="4"/>'
            f'<text x="{x + BOX_WIDTH // 2}" y="{y + BOX_HEIGHT // 2}">{_text(label(name))}</text></g>')


def _edges(pairs: list[DerivationPair], places: dict[str, tuple[int, int]], top: int) -> list[str]:
    """Arrows from the bottom of each origin to the top of each derived box, and arcs below two boxes
    side by side; several ends at one side of a box spread along it, so none hides another."""
    drawn = [pair for pair in pairs if pair.a in places and pair.b in places]
    sides = []  # each end of each edge: its box, the side it meets, where the other end's box stands
    for upper, lower in (_ends(pair, places) for pair in drawn):
        if places[upper][1] == places[lower][1]:  # an arc: its ends outermost, towards each other
            side = "top" if places[upper][1] == top else "bottom"
            sides += [(upper, side, (FAR, 0)), (lower, side, (-FAR, 0))]
        else:
            sides += [(upper, "bottom", places[lower]), (lower, "top", places[upper])]
    xs = _spread(sides, places)
    return [_edge(pair, places, xs[2 * n], xs[2 * n + 1], top) for n, pair in enumerate(drawn)]


def _ends(pair: DerivationPair, places: dict[str, tuple[int, int]]) -> tuple[str, str]:
    """(upper, lower) box of an edge: the origin above for a copy or rewrite."""
    if pair.relation in EDGE_VERBS:
        return _direction(pair)
    upper, lower = sorted((pair.a, pair.b), key=lambda source: places[source][::-1])
    return upper, lower


def _spread(sides: list[tuple[str, str, tuple[int, int]]], places: dict[str, tuple[int, int]]) -> list[int]:
    """For each edge end, its x: evenly spaced along its side of its box, ordered by where the other
    ends stand, so edges leaving one side do not cross."""
    at: dict[tuple[str, str], list[int]] = {}
    for index in sorted(range(len(sides)), key=lambda i: (sides[i][2][0], sides[i][2][1], i)):
        at.setdefault(sides[index][:2], []).append(index)
    xs = [0] * len(sides)
    for (source, _), indexes in at.items():
        for slot, index in enumerate(indexes, 1):
            xs[index] = places[source][0] + BOX_WIDTH * slot // (len(indexes) + 1)
    return xs


def _edge(pair: DerivationPair, places: dict[str, tuple[int, int]], x1: int, x2: int, top: int) -> str:
    upper, lower = _ends(pair, places)
    y1, y2 = places[upper][1] + BOX_HEIGHT, places[lower][1]
    if y1 > y2:  # boxes side by side (two origins sharing a common source): an arc
        kind = f"derivation-{pair.relation}" if pair.relation in EDGE_VERBS else "derivation-common"
        verb = EDGE_VERBS.get(pair.relation, "common source")
        if y2 == top:
            return _arc(kind, (x1, x2, top), verb, -ARC_DEPTH)
        return _arc(kind, (x1, x2, y1), verb, ARC_DEPTH)
    if pair.relation in EDGE_VERBS:
        return _line(f"derivation-{pair.relation}", (x1, y1, x2, y2), EDGE_VERBS[pair.relation],
                     ' marker-end="url(#derivation-arrow)"')
    return _line("derivation-common", (x1, y1, x2, y2), "common source", "")


def _line(kind: str, points: tuple[int, int, int, int], verb: str, marker: str) -> str:
    """A labelled line; the label sits in the gap just above the lower box (never behind a box), where
    the arrows reaching that box are spread apart."""
    x1, y1, x2, y2 = points
    share = max(0.0, 1 - ROW_GAP / 2 / (y2 - y1)) if y2 > y1 else 0.5
    lx, ly = round(x1 + (x2 - x1) * share), round(y1 + (y2 - y1) * share)
    return (f'<g class="{kind}"><line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"{marker}/>'
            f'<text x="{lx}" y="{ly}">{verb}</text></g>')


def _arc(kind: str, points: tuple[int, int, int], verb: str, depth: int) -> str:
    """A labelled arc between two boxes of one row, from one side (at ``y``) to the same side of the
    other, bulging ``depth`` away (up when negative): below a row, only a quarter of the gap, clear
    of the labels of arrows to the next row, which sit at its middle."""
    x1, x2, y = points
    middle = (x1 + x2) // 2
    return (f'<g class="{kind}"><path d="M{x1} {y}Q{middle} {y + 2 * depth} {x2} {y}"/>'
            f'<text x="{middle}" y="{y + depth}">{verb}</text></g>')


def label(name: str) -> str:
    """An outlet name as one short line of text."""
    text = clean_text(name) or "unnamed"
    return text if len(text) <= MAX_LABEL_CHARS else text[:MAX_LABEL_CHARS - 1].rstrip() + "…"


def _text(text: str) -> str:
    return html.escape(clean_text(text), quote=True)


def describe(pairs: list[DerivationPair], names: dict[str, str]) -> str:
    """``CNN was copied by KIMT News 3. ...`` in plain words."""
    parts = []
    for pair in pairs:
        a, b = names.get(pair.a, pair.a), names.get(pair.b, pair.b)
        if pair.relation in EDGE_VERBS:
            origin, derived = (a, b) if pair.origin != pair.b else (b, a)
            verb = "copied" if pair.relation == "copy" else "rewritten"
            parts.append(f"{origin} was {verb} by {derived}")
        else:
            parts.append(f"{a} and {b} share a common source")
    return ". ".join(parts) + "."
