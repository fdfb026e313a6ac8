"""Score a comparison against an event's labels: true/false positives and misses per analysis.

Labels name sentences, quotes and figures by a snippet of their text in one source; matching
is on folded text, so curly and straight marks or accents never decide a score.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from generator.compare.text import fold
from generator.structure.comparison import COPY, INDEPENDENT, REWRITE, Comparison

ANALYSES = ("derivation", "relation", "quote attribution", "quote roles", "attribution conflicts", "figure grouping",
            "figure conflicts", "name variants", "claims stance", "shared", "unique")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _norm(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in fold(text)).split())


def _has(text: str, snippet: str) -> bool:
    return _norm(snippet) in _norm(text)


def score(comparison: Comparison, labels: dict) -> dict[str, Counts]:
    return {
        "derivation": derived(comparison, labels),
        "relation": relation(comparison, labels),
        "quote attribution": attribution(comparison, labels),
        "quote roles": roles(comparison, labels),
        "attribution conflicts": attribution_conflicts(comparison, labels),
        "figure grouping": figure_grouping(comparison, labels),
        "figure conflicts": figure_conflicts(comparison, labels),
        "name variants": name_variants(comparison, labels),
        "claims stance": claims(comparison, labels),
        "shared": shared(comparison, labels),
        "unique": unique(comparison, labels),
    }


# -- derivation ----------------------------------------------------------------------------------

def _labelled_relations(comparison, labels) -> dict[tuple[str, str], set[str]]:
    ids = sorted(s.id for s in comparison.sources)
    known = {tuple(sorted((a, b))): set(rel.split("|")) for a, b, rel in labels.get("derivation", [])}
    return {pair: known.get(pair, {INDEPENDENT}) for pair in combinations(ids, 2)}


def derived(comparison, labels) -> Counts:
    """The derived class (copy or rewrite) against the rest."""
    counts = Counts()
    predicted = {(p.a, p.b): p.relation for p in comparison.derivation}
    for pair, allowed in _labelled_relations(comparison, labels).items():
        truth = bool(allowed & {COPY, REWRITE}) and not allowed - {COPY, REWRITE}
        guess = predicted.get(pair) in (COPY, REWRITE)
        counts.tp += truth and guess
        counts.fp += guess and not truth
        counts.fn += truth and not guess
    return counts


def relation(comparison, labels) -> Counts:
    """Exact relation, every pair: a wrong relation is both a false positive and a miss."""
    counts = Counts()
    predicted = {(p.a, p.b): p.relation for p in comparison.derivation}
    for pair, allowed in _labelled_relations(comparison, labels).items():
        if predicted.get(pair) in allowed:
            counts.tp += 1
        else:
            counts.fp += 1
            counts.fn += 1
    return counts


# -- quotes --------------------------------------------------------------------------------------

def _surname(name: str | None) -> str | None:
    return fold(name).split()[-1] if name else None


def _found(comparison, source: str, snippet: str):
    """Predicted (quote, attribution) pairs in ``source`` whose words or sentence hold the snippet."""
    hits = [(q, a) for q in comparison.quotes for a in q.attributions
            if a.source == source and (_has(a.text, snippet) or _has(snippet, a.text))]
    return hits or [(q, a) for q in comparison.quotes for a in q.attributions
                    if a.source == source and _has(a.evidence.text, snippet)]


def _snippet(quote: dict, source: str) -> str:
    return quote.get("in", {}).get(source, quote["words"])


def attribution(comparison, labels) -> Counts:
    counts = Counts()
    for quote in labels.get("quotes", []):
        for source, speaker in quote.get("speakers", {}).items():
            if speaker is None:
                continue
            guesses = {_surname(a.speaker) for _, a in _found(comparison, source, _snippet(quote, source))} - {None}
            if _surname(speaker) in guesses:
                counts.tp += 1
            else:
                counts.fn += 1
                counts.fp += bool(guesses)
    return counts


# Words a role may carry beyond the labelled one ("the NRF's spokesman" for "spokesman") and
# still name the same thing; a role longer than that is a clause, not a role.
ROLE_EXTRA_WORDS = 1


def _role_words(role: str | None) -> set[str]:
    return set(_norm(role).split()) - {"the", "a", "an", "s"} if role else set()


def _same_role(guess: str, truth: str) -> bool:
    g, t = _role_words(guess), _role_words(truth)
    return bool(g) and (g <= t or (t <= g and len(g - t) <= ROLE_EXTRA_WORDS))


def roles(comparison, labels) -> Counts:
    """Roles as the source gives them: a short noun phrase, or nothing when the source gives none."""
    counts = Counts()
    for quote in labels.get("quotes", []):
        for source, truth in quote.get("roles", {}).items():
            speaker = _surname(quote.get("speakers", {}).get(source))
            found = [a for _, a in _found(comparison, source, _snippet(quote, source))
                     if speaker is None or _surname(a.speaker) == speaker]
            guesses = {a.role for a in found if a.role}
            hit = truth is not None and any(_same_role(g, truth) for g in guesses)
            counts.tp += hit
            counts.fn += truth is not None and not hit
            counts.fp += bool(guesses) and not hit
    return counts


def attribution_conflicts(comparison, labels) -> Counts:
    counts, matched = Counts(), set()
    for quote in labels.get("quotes", []):
        groups = {id(q): q for source in quote.get("speakers", {})
                  for q, _ in _found(comparison, source, _snippet(quote, source))}
        matched.update(groups)
        guess = any(q.conflict for q in groups.values())
        truth = bool(quote.get("conflict"))
        counts.tp += truth and guess
        counts.fp += guess and not truth
        counts.fn += truth and not guess
    counts.fp += sum(1 for q in comparison.quotes if q.conflict and id(q) not in matched)
    return counts


# -- figures -------------------------------------------------------------------------------------

def _figure_slot(comparison, source: str, text: str):
    for n, group in enumerate(comparison.figures):
        for value in group.values:
            if value.source == source and (_has(value.text, text) or _has(text, value.text)):
                return n
    return None


def _labelled_values(labels):
    for n, group in enumerate(labels.get("figures", [])):
        for source, texts in group["values"].items():
            for text in texts if isinstance(texts, list) else [texts]:
                yield n, source, text


def figure_grouping(comparison, labels) -> Counts:
    values = [(n, source, text, _figure_slot(comparison, source, text)) for n, source, text in _labelled_values(labels)]
    counts = Counts()
    for (n1, s1, _, g1), (n2, s2, _, g2) in combinations(values, 2):
        if s1 == s2:
            continue
        same_truth, same_guess = n1 == n2, g1 is not None and g1 == g2
        counts.tp += same_truth and same_guess
        counts.fp += same_guess and not same_truth
        counts.fn += same_truth and not same_guess
    return counts


def figure_conflicts(comparison, labels) -> Counts:
    counts, matched = Counts(), set()
    for group in labels.get("figures", []):
        slots = {_figure_slot(comparison, source, text) for source, texts in group["values"].items()
                 for text in (texts if isinstance(texts, list) else [texts])} - {None}
        matched.update(slots)
        guess = any(comparison.figures[n].conflict for n in slots)
        truth = bool(group.get("conflict"))
        counts.tp += truth and guess
        counts.fp += guess and not truth
        counts.fn += truth and not guess
    counts.fp += sum(1 for n, g in enumerate(comparison.figures) if g.conflict and n not in matched)
    return counts


# -- names, claims, shared -----------------------------------------------------------------------

def name_variants(comparison, labels) -> Counts:
    truth = {fold(form): n for n, group in enumerate(labels.get("names", [])) for form in group}
    guess = {fold(v.form): n for n, group in enumerate(comparison.names) for v in group.variants}
    counts = Counts()
    for a, b in combinations(sorted(truth), 2):
        same_truth = truth[a] == truth[b]
        same_guess = a in guess and b in guess and guess[a] == guess[b]
        counts.tp += same_truth and same_guess
        counts.fp += same_guess and not same_truth
        counts.fn += same_truth and not same_guess
    return counts


def claims(comparison, labels) -> Counts:
    predicted = {(c.id, s.source): s.stance for c in comparison.claims for s in c.stances}
    counts = Counts()
    for claim in labels.get("claims", []):
        for source, stance in claim.get("stances", {}).items():
            guess = predicted.get((claim["id"], source), "not mentioned")
            if guess == stance and stance != "not mentioned":
                counts.tp += 1
                continue
            counts.fp += guess != "not mentioned" and guess != stance
            counts.fn += stance != "not mentioned" and guess != stance
    return counts


def _fact_of(comparison, source: str, snippet: str):
    for n, fact in enumerate(comparison.shared):
        if any(e.source == source and _has(e.text, snippet) for e in fact.evidence):
            return n
    return None


def shared(comparison, labels) -> Counts:
    items = [(n, source, snippet) for n, group in enumerate(labels.get("shared", []))
             for source, snippet in group.items()]
    items += [(f"u{source}{i}", source, s) for source, snippets in labels.get("unique", {}).items()
              for i, s in enumerate(snippets)]
    slots = [(n, source, _fact_of(comparison, source, snippet)) for n, source, snippet in items]
    counts = Counts()
    for (n1, s1, f1), (n2, s2, f2) in combinations(slots, 2):
        if s1 == s2:
            continue
        same_truth, same_guess = n1 == n2, f1 is not None and f1 == f2
        counts.tp += same_truth and same_guess
        counts.fp += same_guess and not same_truth
        counts.fn += same_truth and not same_guess
    return counts


def unique(comparison, labels) -> Counts:
    counts = Counts()
    predicted = {(e.source, _norm(e.text)) for evidence in comparison.unique.values() for e in evidence}

    def is_unique(source, snippet):
        return any(s == source and _norm(snippet) in text for s, text in predicted)
    for source, snippets in labels.get("unique", {}).items():
        for snippet in snippets:
            hit = is_unique(source, snippet)
            counts.tp += hit
            counts.fn += not hit
    families = _families(comparison, labels)
    for group in labels.get("shared", []):
        if len({families[source] for source in group}) > 1:
            counts.fp += sum(is_unique(source, snippet) for source, snippet in group.items())
    return counts


def _families(comparison, labels) -> dict[str, str]:
    """Labelled families: sources joined by copy or rewrite, named by their first member."""
    family = {s.id: s.id for s in comparison.sources}
    for (a, b), allowed in sorted(_labelled_relations(comparison, labels).items()):
        if allowed <= {COPY, REWRITE}:
            old, new = family[b], family[a]
            family = {k: new if v == old else v for k, v in family.items()}
    return family
