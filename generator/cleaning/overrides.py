"""Apply an editor's keep/drop overrides: blocks are matched by their text, whitespace-insensitively."""

from __future__ import annotations

import re

from ..structure.article import PARAGRAPH, Block, RemovedBlock
from ..structure.briefing import Overrides


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _matches(text: str, wanted: tuple[str, ...]) -> bool:
    key = _key(text)
    return any(_key(w) in key for w in wanted)


def apply(blocks: list[Block], removed: list[RemovedBlock], overrides: Overrides):
    if not overrides:
        return blocks, removed
    kept = [b for b in blocks if not _matches(b.text, overrides.drop)]
    dropped = [RemovedBlock(b.text, "editor-drop", 0) for b in blocks if _matches(b.text, overrides.drop)]
    restored = [Block(PARAGRAPH, r.text) for r in removed if _matches(r.text, overrides.keep)]
    still_removed = [r for r in removed if not _matches(r.text, overrides.keep)]
    return kept + restored, still_removed + dropped
