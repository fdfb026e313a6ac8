"""A text dump as lines: squashed whitespace, list bullets and hard wraps undone, positions kept.

A browser's copied text has one line per block; converters and terminal browsers wrap long
paragraphs at a fixed width, which is undone here so that one line is one block everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Share of long lines that must end near the widest line for the dump to count as hard-wrapped
# (menus and teaser headlines among the wrapped paragraphs are shorter).
MIN_WRAPPED_SHARE = 0.2
# Full-width lines a wrapped dump has at least: one paragraph of three lines.
MIN_WRAPPED_LINES = 3
# A wrapped line ends within this many characters of the wrap width (a word did not fit).
WRAP_SLACK = 16
# Wrapping narrower than this is a column layout, wider than this is no wrapping at all.
WRAP_WIDTHS = (50, 120)

_BULLET = re.compile(r"^(?:[*•·▪►◦‣+]|-(?=\s)|–(?=\s)|\d{1,2}[.)](?=\s+\D))\s+")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# Scripts written without spaces between words: a word is about two of their characters.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f\uac00-\ud7af]")


@dataclass(frozen=True)
class Line:
    """One block of the dump: its text, its 1-based line in the input, its size in words."""

    number: int
    text: str
    words: int
    blank_before: bool = False
    bulleted: bool = False


def split(text: str) -> list[Line]:
    """The non-empty lines of ``text``, unwrapped when the dump was hard-wrapped."""
    numbered = list(enumerate(text.split("\n"), 1))
    if _is_hard_wrapped([line for _, line in numbered]):
        numbered = _unwrap(numbered)
    lines, blank = [], False
    for number, line in numbered:
        squashed = " ".join(line.split())
        if not squashed:
            blank = True
            continue
        lines.append(_line(number, squashed, blank))
        blank = False
    return lines


def count_words(text: str) -> int:
    """Word-equivalents: spaced tokens, plus half the characters of unspaced scripts."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    spaced = sum(1 for token in text.split() if not _UNSPACED.search(token))
    return spaced + max(1, unspaced // 2)


def _line(number: int, text: str, blank_before: bool) -> Line:
    stripped = _MARKDOWN_HEADING.sub("", text) if text.startswith("#") else text
    bullet = _BULLET.match(stripped)
    if bullet:
        stripped = stripped[bullet.end():]
    return Line(number, stripped or text, count_words(stripped or text), blank_before, bool(bullet))


def _is_hard_wrapped(raw: list[str]) -> bool:
    lengths = [len(line.rstrip()) for line in raw if len(line.strip()) > 30]
    if len(lengths) < MIN_WRAPPED_LINES:
        return False
    width = max(lengths)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return False
    near = sum(1 for length in lengths if width - WRAP_SLACK <= length)
    return near >= max(MIN_WRAPPED_LINES, MIN_WRAPPED_SHARE * len(lengths))


def _unwrap(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join each full-width line with the next; a joined block keeps its first line's number."""
    width = max(len(line.rstrip()) for _, line in numbered)
    out: list[tuple[int, str]] = []
    for number, line in numbered:
        previous = out[-1][1] if out else ""
        if (line.strip() and len(previous.rstrip()) >= width - WRAP_SLACK
                and not _BULLET.match(line.strip())):
            out[-1] = (out[-1][0], previous.rstrip() + " " + line.strip())
        else:
            out.append((number, line))
    return out
