"""Sentences a report prints word for word from another report of the briefing: shown once.

Wire copies and rewrites carry many of their origin's sentences unchanged; printing them again in
full, source after source, is most of a briefing page's weight and hides what each report changed.
Reports are read in *printing order*, the briefing's order except that a report that derives from
another (a ``copy`` or ``rewrite`` with a known origin) comes after it; a sentence whose exact text a
report earlier in that order already printed is a *twin* of that first printing. The page shows
the first printing in full (see :mod:`.articlehtml` for how twins are shown).
"""

from __future__ import annotations

from ..structure.comparison import Comparison, Sentence

DERIVED = ("copy", "rewrite")


def twins(comparison: Comparison, order: list[str]) -> dict[str, Sentence]:
    """Each twinned sentence's anchor -> the sentence of another report that first printed its words."""
    printed: dict[str, Sentence] = {}
    found: dict[str, Sentence] = {}
    for source in printing_order(comparison, order):
        for sentence in comparison.sentences.get(source, ()):
            if sentence.heading:
                continue
            first = printed.setdefault(sentence.text, sentence)
            if first.source != source:
                found[sentence.anchor] = first
    return found


def printing_order(comparison: Comparison, order: list[str]) -> list[str]:
    """``order`` (the briefing's), each derived report moved after every report it derives from; a
    cycle, which derivation never produces, is broken in the briefing's order."""
    origins: dict[str, list[str]] = {}
    for pair in comparison.derivation:
        if pair.relation in DERIVED and pair.origin in (pair.a, pair.b):
            derived = pair.b if pair.origin == pair.a else pair.a
            origins.setdefault(derived, []).append(pair.origin)
    ordered: list[str] = []
    visiting: set[str] = set()

    def visit(source: str) -> None:
        if source in ordered or source in visiting:
            return
        visiting.add(source)
        for origin in origins.get(source, ()):
            if origin in order:
                visit(origin)
        ordered.append(source)

    for source in order:
        visit(source)
    return ordered
