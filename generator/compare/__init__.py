"""Source comparison: the cleaned articles of one briefing in, one :class:`Comparison` out.

Each analysis is a module with one signature, ``analyze(context) -> dict``, returning the
:class:`Comparison` fields it fills. They run in the order of :data:`ANALYSES`, each can be
switched off with ``Options.skip``, and intermediate results they share (the sentence
alignment, the families of reports, the resolved names) are computed once, on first use, through
:meth:`Context.memo`, so any analysis also runs alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from ..structure.article import Article
from ..structure.briefing import Claim
from ..structure.comparison import Comparison, Evidence, Sentence, SourceSummary
from . import claims, derivation, figures, names, quotes, sentences, shared, timeline


@dataclass(frozen=True)
class Options:
    """What the editor adds to a comparison, and which analyses to run."""

    claims: tuple[Claim, ...] = ()
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    skip: frozenset[str] = frozenset()


@dataclass
class Context:
    """The articles (sorted by id), their sentences, the options, and memoised shared results."""

    articles: tuple[Article, ...]
    sentences: dict[str, tuple[Sentence, ...]]
    options: Options
    cache: dict = field(default_factory=dict)
    cited: dict = field(default_factory=dict)  # sentence key -> its Evidence

    def memo(self, name: str, compute: Callable[[Context], object]):
        """Compute a shared intermediate once per comparison."""
        if name not in self.cache:
            self.cache[name] = compute(self)
        return self.cache[name]

    def sentence(self, key: tuple[str, int]) -> Sentence:
        return self.sentences[key[0]][key[1]]

    def evidence(self, key: tuple[str, int]) -> Evidence:
        """The evidence for a sentence, made once however many findings cite it."""
        if key not in self.cited:
            self.cited[key] = Evidence.of(self.sentence(key))
        return self.cited[key]


ANALYSES: list[tuple[str, Callable[[Context], dict]]] = [
    ("derivation", derivation.analyze),
    ("shared", shared.analyze),
    ("quotes", quotes.analyze),
    ("figures", figures.analyze),
    ("names", names.analyze),
    ("claims", claims.analyze),
    ("timeline", timeline.analyze),
]
NAMES = tuple(name for name, _ in ANALYSES)


def compare(articles: Sequence[Article], options: Options = Options()) -> Comparison:
    """Compare the articles (ids unique). The result does not depend on their order."""
    ordered = tuple(sorted(articles, key=lambda article: article.id))
    context = Context(ordered, {a.id: sentences.split(a) for a in ordered}, options)
    found: dict = {}
    for name, analyze in ANALYSES:
        if name not in options.skip:
            found.update(analyze(context))
    return Comparison(sources=tuple(_summary(a) for a in ordered), sentences=context.sentences, **found)


def _summary(article: Article) -> SourceSummary:
    meta = article.meta
    return SourceSummary(article.id, meta.outlet, meta.title, meta.published, meta.word_count,
                         meta.original_outlet)
