"""Names: spelling variants of one person, place or organisation, within and across sources.

Mentions are runs of capitalised words, titles cut off. Full names group when every word is a
spelling variant of the other's (transliterations such as Ahmad/Ahmed, Kharkiv/Kharkov); a lone
surname joins the full name its own article used last, so two people who share a surname stay
apart. Editors' aliases always win.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import JaroWinkler, Levenshtein

from ..structure.comparison import NameGroup, NameVariant
from .sequence import union_find_groups
from .text import STOPWORDS, fold

# Jaro-Winkler similarity for two words with the same consonant skeleton to be one spelling...
SAME_SKELETON = 0.85
# ...or, inside a longer name whose other words agree, a looser transliteration (Zara/Zhor).
SAME_SKELETON_LOOSE = 0.65

TITLES = frozenset(fold(word) for word in """
Mr Mrs Ms Miss Dr Prof Sir Lady Lord Gen General Lt Col Colonel Maj Major Capt Captain Sgt Adm Admiral
Cmdr Commander President Vice Prime Minister Secretary Secretary-General Under-Secretary-General
Undersecretary State Defense Defence Foreign Interior Justice Attorney Chief Deputy Acting Sen
Senator Rep Representative Gov Governor Mayor King Queen Prince Princess Sheikh Pope Rev Reverend
Judge Spokesman Spokeswoman Spokesperson Leader Chairman Chairwoman Director Ambassador Envoy
Mullah Amir Emir Sahib Saheb Haji Mufti Imam Officer Agent Detective Speaker House Senate Former
Self-proclaimed Minority Majority Whip Commissioner Superintendent Sheriff Councilman Councilwoman
Congressman Congresswoman
""".split())
# Words that open sentences in capitals without being names.
OPENERS = frozenset("""whereas however meanwhile although though while after before since earlier later also
furthermore moreover besides nevertheless still yet thus hence therefore instead indeed finally first then
despite during following amid among according in on at for from with without by under over""".split())
_MONTHS_DAYS = frozenset("""january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday""".split())
_PARTICLES = frozenset("al bin ibn de van von der da del di du le la el abu".split())
_LOWER_CASE_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
# A word: a letter, then letters, digits and hyphens, an apostrophe only before a letter ("O'Neil").
_TOKEN = re.compile(r"[^\W\d_][\w\-]*(?:['’](?=\w)[\w\-]*)*\.?")
ORG_WORDS = frozenset(fold(w) for w in """Front Ministry Council Party Committee University Agency
Department Office Court Army Forces Force Union Nations Organization Organisation Bank Company Inc
Corp Association Foundation Institute Commission Group Network News Times Post Service""".split())


@dataclass(frozen=True)
class Mention:
    form: str
    source: str
    sentence: tuple[str, int]
    start: int  # offset in the article body
    titled: bool  # a title or role came right before it
    key: str = field(init=False, repr=False, compare=False)  # the folded form
    tokens: tuple[str, ...] = field(init=False, repr=False, compare=False)  # its words, initials left out

    def __post_init__(self):
        # Derived once, at creation: grouping reads them again and again.
        key, tokens = _name_key(self.form)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "tokens", tokens)


@lru_cache(maxsize=50_000)
def _name_key(form: str) -> tuple[str, tuple[str, ...]]:
    """A name's folded form and its words of two letters or more (cached: names recur)."""
    key = fold(form)
    return key, tuple(t for t in key.replace("-", " ").split() if len(t.rstrip(".")) > 1)


@dataclass(frozen=True)
class NameIndex:
    """Resolved names: each (source, folded form) points at its group's canonical form."""

    groups: tuple[NameGroup, ...]
    canonical: dict[tuple[str, str], str]
    mentions: tuple[Mention, ...]

    def resolve(self, source: str, form: str) -> str:
        """The canonical name for a form as one source wrote it (leading words dropped if unknown)."""
        words = form.split()
        for n in range(len(words)):
            found = self.canonical.get((source, fold(" ".join(words[n:]))))
            if found:
                return found
        dotted = re.sub(r"\b([A-Z])(?=\s)", r"\1.", form)  # "Jacob J Lew" as written: "Jacob J. Lew"
        return self.canonical.get((source, fold(dotted)), form)


def analyze(context) -> dict:
    index = context.memo("names", resolve)
    return {"names": tuple(g for g in index.groups if len(g.variants) > 1)}


def resolve(context) -> NameIndex:
    read: dict[str, list] = {}  # copies repeat sentences: read each wording once
    mentions = _unglue(tuple(m for article in context.articles for m in _mentions(context, article.id, read)))
    aliases = context.options.aliases
    full = sorted({m.key for m in mentions if len(m.tokens) > 1} | {fold(c) for c, _ in aliases})
    alias_keys = sorted({fold(form) for _, forms in aliases for form in forms})
    full_groups = union_find_groups(full + alias_keys, _full_name_links(full) + _alias_links(aliases))
    representative = {key: group[0] for group in full_groups for key in group}
    nodes = {_node(m) for m in mentions} | {m.key for m in mentions}
    links = [(key, representative[key]) for key in representative]
    links += _short_links(mentions, representative)
    groups = union_find_groups(sorted(nodes | set(representative)), links)
    return _index(context, groups, mentions)


def _unglue(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """ "of Afghanistan Amrullah Saleh": split a known one-word name off a known full name."""
    singles = {m.key for m in mentions if len(m.key.split()) == 1}
    forms = {m.key for m in mentions}
    result = []
    for m in mentions:
        head, _, tail = m.form.partition(" ")
        if len(m.form.split()) >= 3 and fold(head) in singles and fold(tail) in forms:
            m = Mention(tail, m.source, m.sentence, m.start + len(head) + 1, m.titled)
        result.append(m)
    return tuple(result)


def _node(mention: Mention) -> str:
    return mention.key if len(mention.tokens) > 1 else f"{mention.source}|{mention.key}"


def mentions_in(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of name-like runs of capitalised words in ``text``, titles cut off."""
    return _mentions_in(text)


@lru_cache(maxsize=50_000)
def _mentions_in(text: str) -> tuple[tuple[int, int], ...]:
    runs, run = [], []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if not run and not token[0].isupper():
            continue  # a lower-case word outside a name changes nothing
        word, start = token.rstrip("."), match.start()
        joinable = bool(run) and _joins(text, run[-1], start)
        if word[0].isupper() or (joinable and fold(word) in _PARTICLES):
            if run and not joinable:
                runs.append(run)
                run = []
            run.append((start, start + len(word), word))
            if word[-2:] in ("'s", "’s"):
                runs.append(run)
                run = []
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return tuple(span for r in runs if (span := _trim(r)))


def _joins(text: str, last: tuple[int, int, str], start: int) -> bool:
    """A word at ``start`` continues the name whose last word is ``last``: a space or hyphen
    between them, or an initial's dot ("Paul D. Ryan"), and no comma or colon after ``last``."""
    gap = text[last[1]:start]
    initial = len(last[2]) == 1 and gap == ". "
    return (gap in (" ", "-") or initial) and text[last[1] - 1:last[1]] not in ",;:"


def _trim(run: list) -> tuple[int, int] | None:
    kept = _kept(tuple(word for _, _, word in run))
    if kept is None:
        return None
    first, last = run[kept[0]], run[kept[1] - 1]
    return first[0], last[1] - 2 if last[2][-2:] in ("'s", "’s") else last[1]


@lru_cache(maxsize=50_000)
def _kept(words: tuple[str, ...]) -> tuple[int, int] | None:
    """The words of a run that make the name (from, to): titles cut off, function words trimmed;
    None when nothing but dates and function words is left. Cached: the same names recur."""
    folded = [fold(word) for word in words]
    first = max((i + 1 for i, word in enumerate(folded) if word in TITLES), default=0)
    last = len(words)
    while first < last and folded[first] in STOPWORDS:
        first += 1
    while first < last and (folded[last - 1] in _PARTICLES or folded[last - 1] in STOPWORDS):
        last -= 1
    if all(folded[i] in _MONTHS_DAYS or folded[i] in STOPWORDS or words[i] == "I" for i in range(first, last)):
        return None
    return first, last


def _mentions(context, source: str, read: dict[str, list]) -> list[Mention]:
    """``read``: the names of each wording read so far, from :func:`_names_in`."""
    lower = context.memo("lowercase words", _lowercase_words)
    found = []
    for sentence in context.sentences[source]:
        if sentence.text not in read:
            read[sentence.text] = _names_in(sentence.text, lower)
        found += [Mention(form, source, (source, sentence.index), sentence.start + start, titled)
                  for start, form, titled in read[sentence.text]]
    return found


def _names_in(text: str, lower: frozenset[str]) -> list[tuple[int, str, bool]]:
    """(start, form, titled) of each name a sentence mentions, common words left out."""
    found = []
    for start, end in mentions_in(text):
        start = _skip_common_start(text, start, end, lower)
        if start is None:
            continue  # a common word that starts the sentence
        form = text[start:end]
        if " " not in form and fold(form) in lower:
            continue  # a common word written with a capital ("Resistance", "Ministry")
        found.append((start, form, _after_title(text[:start])))
    return found


def _after_title(before: str) -> bool:
    """The word before a name is a title ("President", "Gen."), ending in a letter or digit."""
    last = before.rsplit(None, 1)[-1:]  # the word, then whitespace, then the name
    return bool(last) and (last[0][-1].isalnum() or last[0][-1] == "_") and fold(last[0].rstrip(",")) in TITLES


def _skip_common_start(text: str, start: int, end: int, lower: frozenset[str]) -> int | None:
    """Drop a sentence's first word from a name when the articles also use it in lower case."""
    if text[:start].strip(" \"“‘'(") != "":
        return start
    first = text[start:end].split(" ", 1)
    if fold(first[0]) not in lower and fold(first[0]) not in OPENERS:
        return start
    return start + len(first[0]) + 1 if len(first) > 1 else None


def _lowercase_words(context) -> frozenset[str]:
    seen = set()
    for text in dict.fromkeys(s.text for sentences in context.sentences.values() for s in sentences):
        seen.update(_LOWER_CASE_WORD.findall(text))
    return frozenset(seen) | STOPWORDS


@lru_cache(maxsize=100_000)
def similar(a: str, b: str, *, loose: bool = False) -> bool:
    """Two words that are spellings of one name: Kharkiv/Kharkov, Ahmad/Ahmed, Sergei/Sergey.

    Transliterations differ in vowels, an h, or a doubled letter, so the consonant skeletons
    agree; a longer word that starts with the other is a derived word (Iceland/Icelandic), not a spelling.
    """
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a.startswith(b) or b.startswith(a):
        return False
    if _skeleton(a) != _skeleton(b):
        return False
    return JaroWinkler.normalized_similarity(a, b) >= (SAME_SKELETON_LOOSE if loose else SAME_SKELETON)


@lru_cache(maxsize=100_000)
def _skeleton(word: str) -> str:
    rest = re.sub(r"[aeiouh'\-]|y$", "", word[1:])
    return word[0] + re.sub(r"(.)\1+", r"\1", rest)


def same_full_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) != len(b) or a == b:
        return a == b
    exact = any(x == y for x, y in zip(a, b))
    return all(similar(x, y, loose=exact) for x, y in zip(a, b))


def _full_name_links(full: list[str]) -> list[tuple[str, str]]:
    tokens = {key: tuple(t for t in key.replace("-", " ").split() if len(t.rstrip(".")) > 1) for key in full}
    buckets: dict[tuple, list[str]] = defaultdict(list)
    for key, words in tokens.items():
        if words:
            buckets[(len(words), words[-1][0])].append(key)
    return [(a, b) for keys in buckets.values() for i, a in enumerate(keys) for b in keys[i + 1:]
            if same_full_name(tokens[a], tokens[b])]


def _alias_links(aliases) -> list[tuple[str, str]]:
    return [(fold(canonical), fold(form)) for canonical, forms in aliases for form in forms]


def _short_links(mentions, representative: dict[str, str]) -> list[tuple[str, str]]:
    """Link each one-word mention to the full name its article used last, else to similar words."""
    singles = {m.key for m in mentions if len(m.tokens) == 1}
    personal = {key for key in representative if _personal(key, singles)}
    by_last: dict[str, set[str]] = defaultdict(set)
    for key in personal:
        by_last[key.replace("-", " ").split()[-1]].add(representative[key])
    result, seen = [], defaultdict(lambda: defaultdict(list))
    ordered = sorted(mentions, key=lambda m: (m.source, m.start))
    for n, m in enumerate(ordered):
        if len(m.tokens) > 1 and m.key in personal:
            seen[m.source][m.tokens[-1]].append((n, m.start, m.key))
    same_last, unambiguous = defaultdict(dict), {}  # a surname recurs: look its full names up once
    for m in ordered:
        if len(m.tokens) == 1:
            target = representative.get(m.key) or _own_full_name(m, seen[m.source], representative,
                                                                 same_last[m.source]) \
                or _unambiguous(m, by_last, unambiguous)
            result.append((_node(m), target or m.key))
    return result + _similar_singles(sorted(singles))


def _similar_singles(singles: list[str]) -> list[tuple[str, str]]:
    """Pairs of sorted one-word names that are spellings of one name (they share a first letter,
    so each word is compared only with the run of words after it that starts like it)."""
    pairs = []
    for i, a in enumerate(singles):
        for b in singles[i + 1:]:
            if b[0] != a[0]:
                break
            if similar(a, b):
                pairs.append((a, b))
    return pairs


def _personal(key: str, singles: set[str]) -> bool:
    """A full name a surname can stand for: no organisation word, no name glued before another
    ("Afghanistan Amrullah Saleh"); a first name used alone ("as Larry said") is no glue."""
    words = key.replace("-", " ").split()
    glued = len(words) > 2 and words[0] in singles
    return len(words) > 1 and not any(w in ORG_WORDS for w in words) and not glued


def _own_full_name(mention: Mention, full_mentions: dict[str, list], representative: dict,
                   same_last: dict[str, list]) -> str | None:
    """The full name with this surname that the same article mentioned last before, or first after.

    ``full_mentions``: the article's full names by last word, each (reading order, start, key);
    ``same_last``: those ending in a spelling of each surname, (start, key) in reading order.
    """
    if mention.key not in same_last:
        same = sorted(entry for last, entries in full_mentions.items()
                      if last == mention.key or similar(last, mention.key) for entry in entries)
        same_last[mention.key] = [(start, key) for _, start, key in same]
    same = same_last[mention.key]
    before = [key for start, key in same if start < mention.start]
    chosen = before[-1] if before else same[0][1] if same else None
    return representative[chosen] if chosen else None


def _unambiguous(mention: Mention, by_last: dict[str, set[str]], found: dict[str, str | None]) -> str | None:
    """The one full name anywhere ending in a spelling of this surname, if only one (``found``:
    the answer for each surname so far)."""
    if mention.key not in found:
        candidates = {rep for last, reps in by_last.items() if similar(last, mention.key) for rep in reps}
        found[mention.key] = next(iter(candidates)) if len(candidates) == 1 else None
    return found[mention.key]


def _index(context, groups, mentions) -> NameIndex:
    group_of = {node: n for n, group in enumerate(groups) for node in group}
    members: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        members[group_of[_node(mention)]].append(mention)
    canonicals = {fold(c): c for c, _ in context.options.aliases}
    result, canonical = [], {}
    for n, found in sorted(members.items()):
        name = _canonical(found, [canonicals[k] for k in groups[n] if k in canonicals])
        result.append(NameGroup(name, _kind(found), _variants(context, found)))
        canonical.update({(m.source, m.key): name for m in found})
    result.sort(key=lambda g: (fold(g.canonical), g.canonical))
    return NameIndex(tuple(result), canonical, mentions)


def _canonical(found: list[Mention], editor: list[str]) -> str:
    if editor:
        return editor[0]
    counts: dict[str, tuple[int, set]] = {}
    for m in found:
        n, sources = counts.get(m.form, (0, set()))
        counts[m.form] = (n + 1, sources | {m.source})
    return min(counts, key=lambda f: (-(len(f.split()) > 1), -len(counts[f][1]), -counts[f][0], f))


def _variants(context, found: list[Mention]) -> tuple[NameVariant, ...]:
    forms: dict[str, list[Mention]] = defaultdict(list)
    for m in found:
        forms[m.form].append(m)
    return tuple(NameVariant(form, tuple(sorted({m.source for m in ms})),
                             tuple(context.evidence(m.sentence) for m in _first_per_source(ms)))
                 for form, ms in sorted(forms.items()))


def _first_per_source(mentions: list[Mention]) -> list[Mention]:
    first: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: (m.source, m.start)):
        first.setdefault(m.source, m)
    return list(first.values())


def _kind(found: list[Mention]) -> str | None:
    forms = {m.form for m in found}
    if any(f.isupper() and len(f) > 1 for f in forms) or any(fold(w) in ORG_WORDS for f in forms for w in f.split()):
        return "organization"
    if any(m.titled for m in found) or any(len(m.tokens) > 1 for m in found):
        return "person"
    return None
