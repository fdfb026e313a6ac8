"""Source comparison: the cleaned articles of one briefing in, one :class:`Comparison` out.

Each analysis is a module with one signature, ``analyze(context) -> dict``, returning the
:class:`Comparison` fields it fills. They run in the order of :data:`ANALYSES`; later ones may read
what earlier ones put in ``context.found``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from ..structure.article import Article
from ..structure.briefing import Claim
from ..structure.comparison import Comparison, SourceSummary
from . import sentences, shared


@dataclass(frozen=True)
class Options:
    claims: tuple[Claim, ...] = ()
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    skip: frozenset[str] = frozenset()


@dataclass
class Context:
    articles: tuple[Article, ...]
    sentences: dict[str, tuple]
    options: Options
    found: dict = field(default_factory=dict)


ANALYSES = [
    ("shared", shared.analyze),
]


def compare(articles: Sequence[Article], options: Options = Options()) -> Comparison:
    """Compare the articles (ids unique). Deterministic for a given order of sources."""
    context = Context(tuple(articles), {a.id: sentences.split(a) for a in articles}, options)
    for name, analyze in ANALYSES:
        if name not in options.skip:
            context.found.update(analyze(context))
    summaries = tuple(
        SourceSummary(a.id, a.meta.outlet, a.meta.title, a.meta.published, a.meta.word_count) for a in articles
    )
    return Comparison(sources=summaries, sentences=context.sentences, **context.found)
