"""A cleaned article: the body of one report, its metadata, and what cleaning removed.

Character spans everywhere in the project are offsets into :attr:`Article.body`, the blocks'
texts joined by a blank line, so a finding can always point back at the words it came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from functools import cached_property

PARAGRAPH = "paragraph"
HEADING = "heading"
BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Block:
    """One paragraph or in-body subheading of the article."""

    kind: str
    text: str


@dataclass(frozen=True)
class RemovedBlock:
    """Text that cleaning cut, with the rule family that cut it.

    ``line`` is the 1-based line of the raw input where the block starts (0 when the input had
    no meaningful lines, e.g. HTML).
    """

    text: str
    reason: str
    line: int = 0


@dataclass(frozen=True)
class ArticleMeta:
    """What the page says about itself. Every field is optional except the hash and counts."""

    title: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    outlet: str | None = None
    original_outlet: str | None = None
    url: str | None = None
    published: str | None = None
    updated: str | None = None
    language: str | None = None
    word_count: int = 0
    raw_sha256: str = ""
    input_format: str = "text"

    @classmethod
    def from_dict(cls, data: dict) -> ArticleMeta:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class Article:
    """A cleaned report, identified by its source id within a briefing."""

    id: str
    meta: ArticleMeta
    blocks: tuple[Block, ...]
    removed: tuple[RemovedBlock, ...] = field(default=())

    @cached_property
    def body(self) -> str:
        """The plain-text body: blocks separated by a blank line. Spans index into this."""
        return BLOCK_SEPARATOR.join(block.text for block in self.blocks)

    @cached_property
    def block_offsets(self) -> tuple[int, ...]:
        """Start offset in :attr:`body` of each block."""
        offsets, position = [], 0
        for block in self.blocks:
            offsets.append(position)
            position += len(block.text) + len(BLOCK_SEPARATOR)
        return tuple(offsets)

    def to_dict(self) -> dict:
        """The JSON shape written by ``briefings ingest`` and printed by ``clean --json``."""
        return {
            "id": self.id,
            "metadata": asdict(self.meta),
            "body": [asdict(block) for block in self.blocks],
            "removed": [asdict(block) for block in self.removed],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Article:
        return cls(
            id=data["id"],
            meta=ArticleMeta.from_dict(data.get("metadata", {})),
            blocks=tuple(Block(**block) for block in data.get("body", [])),
            removed=tuple(RemovedBlock(**block) for block in data.get("removed", [])),
        )


def count_words(text: str) -> int:
    """Words as a reader counts them: whitespace-separated tokens holding a letter or digit."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))
