"""What the comparison section shows, arranged for readers; computed here so templates only display.

Readers count independent reports, not outlets: a statement three copies of one wire story carry
is one report's statement. So agreement lists what two or more independent reports carry, and
"only one report" lists, per family of copies, each of its statements once, linked to every
outlet of the family that carries it.

A copy's sentence printed word for word from an earlier report is shown once on the page (see
:mod:`.twins`), so the sources that print one sentence in the same words are cited together: one
link, naming them all, to where the page prints those words (a :class:`Citation`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..structure.comparison import (STANCES, Attribution, ClaimCheck, ClaimStance, Comparison, DerivationPair,
                                    Evidence, FigureGroup, FigureValue, NameGroup, Quote, Sentence, SharedFact,
                                    TimelineEntry)
from .derivation import essential
from .twins import twins

DERIVED = ("copy", "rewrite")


@dataclass(frozen=True)
class Citation:
    """The sources that print one sentence in the same words, cited by one link to where the page
    prints those words (the first printing: a copy's twin of it is not printed again)."""

    sources: tuple[str, ...]
    anchor: str


@dataclass(frozen=True)
class Statement:
    """One statement and every sentence (one per outlet) that carries it; ``whole``: every outlet of
    its family prints it, in one wording."""

    text: str
    evidence: tuple[Evidence, ...]
    cited: tuple[Citation, ...] = ()
    whole: bool = False


@dataclass(frozen=True)
class Agreed:
    """A statement two or more independent reports carry, and its citations."""

    fact: SharedFact
    cited: tuple[Citation, ...]


@dataclass(frozen=True)
class Variant:
    """One spelling of a name and the citations of the sentences that spell it so."""

    form: str
    cited: tuple[Citation, ...]


@dataclass(frozen=True)
class Spellings:
    """A name written differently across sources: its usual form and each other spelling."""

    canonical: str
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class Family:
    """One independent report: its outlets (the one the others derive from first) and what it alone says."""

    sources: tuple[str, ...]
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class Stance:
    """Sources taking one stance on a claim: those with a sentence as citations (``verified``: an
    editor's verdict), those without (a "not mentioned") as ``unsupported``."""

    stance: str
    cited: tuple[tuple[Citation, bool], ...]
    unsupported: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class ClaimRow:
    """A claim and its sources grouped by stance ("asserts", then "disputes", then "not mentioned")."""

    claim: ClaimCheck
    stances: tuple[Stance, ...]


@dataclass(frozen=True)
class Said:
    """What one source says, however many of its sentences say it: an attribution of a quote or a
    figure's value (``item``), linked to the first sentence, and the sentences that repeat it.
    ``cited``: the sources saying it in the same words, and where the page prints them (``again``
    likewise, as anchors)."""

    item: Attribution | FigureValue
    again: tuple[Evidence, ...] = ()
    cited: Citation | None = None
    again_at: tuple[str, ...] = ()


@dataclass(frozen=True)
class Value:
    """One value of a figure group as written ("50", "approximate") and every source that gives it."""

    text: str
    qualifier: str | None
    said: tuple[Said, ...]


@dataclass(frozen=True)
class Finding:
    """A quote or a figure group, with its disagreement spelled with outlet names."""

    item: Quote | FigureGroup
    conflict: str | None
    differs: str | None = None
    said: tuple[Said, ...] = ()  # a quote's attributions or a group's values, each source's once
    values: tuple[Value, ...] = ()  # a figure group's values, each once with the sources giving it


@dataclass(frozen=True)
class TimelineRow:
    """One dated statement, or one publication, and every source that gives it, in its words or
    their own: a citation per wording, the first linked from the statement itself."""

    when: str
    kind: str
    what: str
    entries: tuple[TimelineEntry, ...]
    cited: tuple[Citation, ...] = ()  # the entries' sentences, one citation per wording
    unsupported: tuple[str, ...] = ()  # sources of entries without a sentence (a publication)


@dataclass(frozen=True)
class ComparisonView:
    reports: int  # independent reports
    agreed: tuple[Agreed, ...]  # carried by two or more independent reports
    repeated: int  # statements carried only by copies within one family
    families: tuple[Family, ...]
    claims: tuple[ClaimRow, ...] = ()
    quotes: tuple[Finding, ...] = ()  # quotes in two sources or more, conflicts first
    figures: tuple[Finding, ...] = ()
    timeline: tuple[TimelineRow, ...] = ()
    names: tuple[Spellings, ...] = ()
    derivation: tuple[DerivationPair, ...] = ()  # the related pairs that do not follow from others
    implied: int = 0  # related pairs left out because they follow from those


def comparison_view(comparison: Comparison, order: list[str], names: dict[str, str],
                    printed: dict[str, Sentence] | None = None) -> ComparisonView:
    """The view of ``comparison``; ``order`` is the briefing's order of sources, ``names`` their outlets,
    ``printed`` its twins (:func:`.twins.twins`, worked out here if not given)."""
    groups = comparison.independent_groups or tuple((s.id,) for s in comparison.sources)
    printed = twins(comparison, order) if printed is None else printed
    agreed = tuple(Agreed(f, cite(f.evidence, printed)) for f in comparison.shared if f.independent > 1)
    within = [f for f in comparison.shared if f.independent == 1]
    families = tuple(_family(comparison, group, within, order, printed) for group in _ordered(groups, order))
    quotes = [q for q in comparison.quotes if q.conflict or len({a.source for a in q.attributions}) > 1]
    quotes.sort(key=lambda q: q.conflict is None)  # stable: the comparison's order within each part
    speaker = lambda a: (a.speaker, a.role, a.direct)  # noqa: E731
    return ComparisonView(len(groups), agreed, len(within), families,
                          tuple(_claim(c, order, printed) for c in comparison.claims),
                          tuple(Finding(q, _named(q.conflict, names), None,
                                        _together(_once(q.attributions, speaker), printed, speaker)) for q in quotes),
                          tuple(_figure(g, names, printed) for g in comparison.figures),
                          _timeline(comparison.timeline, printed, comparison.shared),
                          tuple(_spellings(group, printed) for group in comparison.names),
                          *_derivation(comparison, order))


def _derivation(comparison: Comparison, order: list[str]) -> tuple[tuple[DerivationPair, ...], int]:
    shown = essential(comparison, order)
    related = sum(1 for pair in comparison.derivation if pair.relation != "independent")
    return shown, related - len(shown)


def cite(evidence, printed: dict[str, Sentence]) -> tuple[Citation, ...]:
    """``evidence`` as citations, in first-cited order: the sources whose sentences the page prints
    once (word for word the same: ``printed`` maps a twin's anchor to its first printing) share one,
    linked to that printing when it is one of theirs (named first), else to the first one's own
    sentence (whose line on the page names the printing)."""
    landing: dict[str, list[Evidence]] = {}
    for item in evidence:
        landing.setdefault(printed_at(item.anchor, printed), []).append(item)
    citations = []
    for anchor, items in landing.items():
        here = [item.source for item in items if item.anchor == anchor]
        sources = tuple(dict.fromkeys(here + [item.source for item in items]))
        citations.append(Citation(sources, anchor if here else items[0].anchor))
    return tuple(citations)


def printed_at(anchor: str, printed: dict[str, Sentence]) -> str:
    """Where the page prints the sentence ``anchor``: its own place, or its first printing's."""
    first = printed.get(anchor)
    return first.anchor if first else anchor


def _timeline(entries: tuple[TimelineEntry, ...], printed: dict[str, Sentence],
              shared: tuple[SharedFact, ...]) -> tuple[TimelineRow, ...]:
    """The timeline with one statement on one row, in the order of its first entry: a sentence
    several sources print word for word or tell in their own words (a shared statement), dated
    alike, or one title published at one moment."""
    statement = {e.anchor: n for n, fact in enumerate(shared) for e in fact.evidence}
    rows: dict[tuple, list[TimelineEntry]] = {}
    for entry in entries:
        told = statement.get(entry.evidence.anchor) if entry.evidence else None
        rows.setdefault((entry.when, entry.kind, entry.what if told is None else told), []).append(entry)
    return tuple(_row(when, kind, found[0].what, found, printed) for (when, kind, _), found in rows.items())


def _row(when: str, kind: str, what: str, found: list[TimelineEntry], printed: dict[str, Sentence]) -> TimelineRow:
    return TimelineRow(when, kind, what, tuple(found), cite([e.evidence for e in found if e.evidence], printed),
                       tuple(dict.fromkeys(e.source for e in found if not e.evidence)))


def _figure(group: FigureGroup, names: dict[str, str], printed: dict[str, Sentence]) -> Finding:
    written = lambda v: (v.text, v.qualifier)  # noqa: E731
    said = _together(_once(group.values, written), printed, written)
    return Finding(group, _named(group.conflict, names), _named(group.differs, names), said, _by_value(said))


def _together(said: tuple[Said, ...], printed: dict[str, Sentence], what) -> tuple[Said, ...]:
    """Sources saying the same (``what(item)``) in sentences the page prints once, as one cited line."""
    merged: dict[tuple, list[Said]] = {}
    for one in said:
        again = tuple(printed_at(e.anchor, printed) for e in one.again)
        merged.setdefault((printed_at(one.item.evidence.anchor, printed), what(one.item), again), []).append(one)
    # Merged sentences all land at one place: their citation is one.
    return tuple(Said(found[0].item, found[0].again, cite([s.item.evidence for s in found], printed)[0], again)
                 for (_, _, again), found in merged.items())


def _spellings(group: NameGroup, printed: dict[str, Sentence]) -> Spellings:
    return Spellings(group.canonical, tuple(Variant(v.form, cite(v.evidence, printed)) for v in group.variants))


def _by_value(said: tuple[Said, ...]) -> tuple[Value, ...]:
    """A figure's values as written, each once, in the order first given: "50 (approximate)" by
    four sources reads once, then the four of them."""
    values: dict[tuple[str, str | None], list[Said]] = {}
    for one in said:
        values.setdefault((one.item.text, one.item.qualifier), []).append(one)
    return tuple(Value(text, qualifier, tuple(found)) for (text, qualifier), found in values.items())


def _once(items, what) -> tuple[Said, ...]:
    """One line per source and what it says (``what(item)``), in the order first said: a quote
    attributed the same way in two sentences, or a figure one source repeats, is listed once."""
    said: dict[tuple, list] = {}
    for item in items:
        said.setdefault((item.source, what(item)), []).append(item)
    return tuple(Said(first[0], tuple(dict.fromkeys(i.evidence for i in first[1:] if i.evidence != first[0].evidence)))
                 for first in said.values())


def _named(text: str | None, names: dict[str, str]) -> str | None:
    """Source ids in a finding's explanation replaced by outlet names ("(cnn, kimt)" -> "(CNN, KIMT News 3)")."""
    if not text:
        return text
    ids = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ids)) + r")(?![\w-])")
    return pattern.sub(lambda m: names[m.group(1)], text) if ids else text


def _claim(check: ClaimCheck, order: list[str], printed: dict[str, Sentence]) -> ClaimRow:
    rank = {source: n for n, source in enumerate(order)}
    grouped = ((stance, tuple(sorted((s for s in check.stances if s.stance == stance),
                                     key=lambda s: rank.get(s.source, len(rank))))) for stance in STANCES)
    return ClaimRow(check, tuple(_stance(stance, found, printed) for stance, found in grouped if found))


def _stance(stance: str, found: tuple[ClaimStance, ...], printed: dict[str, Sentence]) -> Stance:
    """Sources taking ``stance``; those citing one printed sentence with one kind of verdict (an
    editor's verified one, or the comparison's) share a citation."""
    cited: dict[tuple[str, bool], list[str]] = {}
    for one in found:
        if one.evidence:
            cited.setdefault((printed_at(one.evidence.anchor, printed), one.verified), []).append(one.source)
    return Stance(stance, tuple((Citation(tuple(sources), anchor), verified)
                                for (anchor, verified), sources in cited.items()),
                  tuple((one.source, one.verified) for one in found if not one.evidence))


def _ordered(groups, order: list[str]) -> list[tuple[str, ...]]:
    rank = {source: n for n, source in enumerate(order)}
    return sorted(groups, key=lambda group: min(rank.get(s, len(rank)) for s in group))


def _family(comparison: Comparison, group: tuple[str, ...], within: list[SharedFact], order: list[str],
            printed: dict[str, Sentence]) -> Family:
    members = _members(comparison, group, order)
    fact_of = {e.anchor: f for f in within if set(f.sources) <= set(group) for e in f.evidence}
    # A statement is one shared fact, or one wording: copies' twins of a sentence are that sentence.
    told: dict[object, tuple[Evidence, SharedFact | None, list[Evidence]]] = {}
    for source in members:
        for evidence in comparison.unique.get(source, ()):
            fact = fact_of.get(evidence.anchor)
            key = id(fact) if fact else printed_at(evidence.anchor, printed)
            told.setdefault(key, (evidence, fact, []))[2].append(evidence)
    return Family(tuple(members), tuple(_statement(first, fact, alike, members, printed)
                                        for first, fact, alike in told.values()))


def _members(comparison: Comparison, group: tuple[str, ...], order: list[str]) -> list[str]:
    """The family's outlets, the one most others derive from first, then in the briefing's order."""
    origins = Counter(p.origin for p in comparison.derivation
                      if p.relation in DERIVED and p.origin and p.a in group and p.b in group)
    rank = {source: n for n, source in enumerate(order)}
    return sorted(group, key=lambda s: (-origins[s], rank.get(s, len(rank)), s))


def _statement(evidence: Evidence, fact: SharedFact | None, alike: list[Evidence], members: list[str],
               printed: dict[str, Sentence]) -> Statement:
    if fact is None:
        first: dict[str, Evidence] = {}
        for item in alike:
            first.setdefault(item.source, item)  # each source's first, in the order given
        found = tuple(first.values())
    else:
        rank = {source: n for n, source in enumerate(members)}
        ordered = sorted(fact.evidence, key=lambda e: (rank.get(e.source, len(rank)), e.start))
        first_per_source = {e.source: e for e in reversed(ordered)}
        found = tuple(sorted(first_per_source.values(), key=lambda e: (rank.get(e.source, len(rank)), e.start)))
    cited = cite(found, printed)
    return Statement(evidence.text, found, cited, len(cited) == 1 and len(cited[0].sources) == len(members))
