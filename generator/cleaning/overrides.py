"""An editor's keep/drop overrides: blocks are matched by their text, whitespace- and case-insensitively.

A kept block goes back to where the page had it (its input line orders it among the others when
known); a dropped block moves to the audit with the reason ``editor-drop``.
"""

from __future__ import annotations

import re

from ..structure.article import PARAGRAPH, Block, RemovedBlock
from ..structure.briefing import Overrides


def apply(blocks: list[Block], removed: list[RemovedBlock],
          overrides: Overrides) -> tuple[list[Block], list[RemovedBlock]]:
    """``blocks`` without the dropped ones and with the kept ones, and the audit to match."""
    if not overrides:
        return list(blocks), list(removed)
    drop, keep = _keys(overrides.drop), _keys(overrides.keep)
    kept = [b for b in blocks if _key(b.text) not in drop]
    dropped = [RemovedBlock(b.text, "editor-drop", 0) for b in blocks if _key(b.text) in drop]
    restored = [r for r in removed if _key(r.text) in keep]
    still_removed = [r for r in removed if _key(r.text) not in keep]
    return _restore(kept, restored), still_removed + dropped


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _keys(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_key(text) for text in texts)


def _restore(kept: list[Block], restored: list[RemovedBlock]) -> list[Block]:
    """Put restored blocks back in page order: a title or standfirst before the body, the rest after."""
    before = [Block(PARAGRAPH, r.text) for r in restored if r.reason in ("title", "standfirst", "metadata")]
    after = [Block(PARAGRAPH, r.text) for r in restored if r.reason not in ("title", "standfirst", "metadata")]
    return before + kept + after
