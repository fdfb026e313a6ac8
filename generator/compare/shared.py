"""Shared and unique content: what several reports say, and what only one family of reports says.

Aligned sentences (verbatim or paraphrased) form one fact, best matches first and never two
sentences of one source in a fact (so a chain of loose matches cannot glue two statements); a
fact is counted in outlets and in independent reports (families), so three copies of one wire
story count once.
"""

from __future__ import annotations

from ..structure.comparison import Evidence, SharedFact
from .align import align
from ..structure.comparison import COPY, REWRITE
from .derivation import derive, family_of
from .sequence import exclusive_groups

# More than this share of the independent reports: "most" of them agree.
MOST = 0.5


def analyze(context) -> dict:
    alignment = context.memo("alignment", align)
    families = family_of(context)
    best_first = sorted(alignment.matches, key=lambda m: (-m.score, m.a, m.b))
    groups = [g for g in exclusive_groups(alignment.features, ((m.a, m.b) for m in best_first), lambda key: key[0])
              if len(g) > 1]
    partners = alignment.partners()
    derived = _derived(context)
    facts = [_fact(context, group, families, partners, derived) for group in groups]
    facts.sort(key=lambda f: (-f.independent, -len(f.sources), f.evidence[0].source, f.evidence[0].start))
    return {"shared": tuple(facts), "unique": _unique(context, facts)}


def _derived(context) -> set[str]:
    """Sources that copy or rewrite another: their wording is not the one to show."""
    return {pair.b if pair.origin == pair.a else pair.a for pair in context.memo("derivation", derive)
            if pair.relation in (COPY, REWRITE) and pair.origin}


def _fact(context, group, families, partners, derived) -> SharedFact:
    sources = tuple(sorted({key[0] for key in group}))
    independent = len({families[source] for source in sources})
    total = len(set(families.values()))
    level = "all" if independent == total else "most" if independent > MOST * total else "some"
    central = min(group, key=lambda key: (key[0] in derived, -len(partners.get(key, ())), key))
    evidence = tuple(context.evidence(key) for key in sorted(group))
    return SharedFact(context.sentence(central).text, sources, independent, level, evidence)


def _unique(context, facts) -> dict[str, tuple[Evidence, ...]]:
    """Per source, its sentences in no fact another family also carries (headings are not statements)."""
    echoed = {(e.source, e.anchor) for fact in facts if fact.independent > 1 for e in fact.evidence}
    return {
        article.id: tuple(context.evidence((s.source, s.index)) for s in context.sentences[article.id]
                          if not s.heading and (s.source, s.anchor) not in echoed)
        for article in context.articles
    }
