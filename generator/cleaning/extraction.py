"""What each reader (HTML or text dump) hands back: blocks, the audit and the metadata."""

from __future__ import annotations

from dataclasses import dataclass

from ..structure.article import ArticleMeta, Block, RemovedBlock


@dataclass(frozen=True)
class Extraction:
    blocks: list[Block]
    removed: list[RemovedBlock]
    meta: ArticleMeta
