"""What the comparison flags, counted for cards and outlet pages.

Reads only :class:`Comparison` fields, so it works the same whether an analysis found nothing (all
counts zero) or found a lot; no analysis happens here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..structure.comparison import Comparison

DISPUTES = "disputes"
DERIVED_RELATIONS = ("copy", "rewrite")


@dataclass(frozen=True)
class Disputes:
    """How much of a briefing is contested, for the flag on its card."""

    claims: int
    figures: int
    quotes: int

    @property
    def labels(self) -> tuple[str, ...]:
        counts = ((self.claims, "disputed claim"), (self.figures, "conflicting figure"),
                  (self.quotes, "attribution conflict"))
        return tuple(f"{count} {noun}{'s' if count != 1 else ''}" for count, noun in counts if count)


def disputes(comparison: Comparison) -> Disputes:
    claims = sum(1 for claim in comparison.claims if any(s.stance == DISPUTES for s in claim.stances))
    figures = sum(1 for group in comparison.figures if group.conflict)
    quotes = sum(1 for quote in comparison.quotes if quote.conflict)
    return Disputes(claims, figures, quotes)


def independent_groups(comparison: Comparison) -> tuple[tuple[str, ...], ...]:
    """Families of reports; before derivation is known every report is its own family."""
    return comparison.independent_groups or tuple((source.id,) for source in comparison.sources)


def independent_origins(comparison: Comparison) -> set[str]:
    """Sources at the root of their family: no other report in the briefing is their origin."""
    derived = {pair.b if pair.origin == pair.a else pair.a
               for pair in comparison.derivation if pair.relation in DERIVED_RELATIONS and pair.origin}
    return {source for group in independent_groups(comparison) for source in group if source not in derived}


def misattributing_sources(comparison: Comparison) -> set[str]:
    """Sources that put a conflicting quote in a different mouth from most other sources."""
    flagged: set[str] = set()
    for quote in comparison.quotes:
        if quote.conflict:
            speakers = {a.speaker for a in quote.attributions}
            # Same speaker everywhere: the conflict is the affiliation the sources give them.
            flagged |= _outliers([(a.source, a.speaker if len(speakers) > 1 else a.role) for a in quote.attributions])
    return flagged


def conflicting_figure_sources(comparison: Comparison) -> set[str]:
    """Sources whose figure disagrees with most other sources' figure for the same measure."""
    flagged: set[str] = set()
    for group in comparison.figures:
        if group.conflict:
            flagged |= _outliers([(v.source, v.normalized) for v in group.values])
    return flagged


def _outliers(statements: list[tuple[str, object]]) -> set[str]:
    """Sources not stating the majority version; with no majority, every party to the conflict."""
    counts = Counter(version for _, version in statements)
    ranked = counts.most_common(2)
    if len(ranked) < 2:
        return set()
    if ranked[0][1] == ranked[1][1]:
        return {source for source, _ in statements}
    return {source for source, version in statements if version != ranked[0][0]}
