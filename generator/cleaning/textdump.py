"""Whole-page text dumps: find the article among menus, widgets, tables and consent text."""

from __future__ import annotations

import re

from ..structure.article import HEADING, PARAGRAPH, Block, RemovedBlock

# A line this long that ends like a sentence is prose; menus and widgets are shorter.
MIN_PROSE_WORDS = 12
# Subheadings are short and carry no final punctuation.
MAX_HEADING_WORDS = 14

_SENTENCE_END = re.compile(r"[.!?\"”’)\]:,]\s*$")
_FAMILIES = [
    ("copyright", re.compile(r"(©|\(c\)|all rights reserved|copyright)", re.I)),
    ("wire", re.compile(r"^the-[a-z]+-wire$|^\(?(ap|reuters|afp)\)?$", re.I)),
    ("read-also", re.compile(r"^(read (also|more)|related|see also|more from)\b", re.I)),
    ("consent", re.compile(r"cookie|gdpr|privacy policy|consent|subscribe|newsletter|log ?in|register", re.I)),
]


def extract(text: str) -> tuple[list[Block], list[RemovedBlock]]:
    lines = [(number, line.strip()) for number, line in enumerate(text.split("\n"), 1)]
    prose = [i for i, (_, line) in enumerate(lines) if _is_prose(line)]
    if not prose:
        return [], [RemovedBlock(line, "no-article", number) for number, line in lines if line]
    first, last = prose[0], prose[-1]
    blocks: list[Block] = []
    removed: list[RemovedBlock] = []
    for i, (number, line) in enumerate(lines):
        if not line:
            continue
        if first <= i <= last and _is_prose(line):
            blocks.append(Block(PARAGRAPH, _squash(line)))
        elif first < i < last and _is_heading(line):
            blocks.append(Block(HEADING, _squash(line)))
        else:
            removed.append(RemovedBlock(line, _family(line, before=i < first), number))
    return blocks, removed


def _squash(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= MIN_PROSE_WORDS and bool(_SENTENCE_END.search(line)) and _family(line, before=False) == "layout"


def _is_heading(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= MAX_HEADING_WORDS and not _SENTENCE_END.search(line) and line[0].isupper() \
        and _family(line, before=False) == "layout"


def _family(line: str, *, before: bool) -> str:
    for name, pattern in _FAMILIES:
        if pattern.search(line) and len(line.split()) < 40:
            return name
    if sum(ch.isdigit() for ch in line) > len(line) / 3:
        return "data-table"
    return "header" if before else "layout"
