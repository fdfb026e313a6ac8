"""One ``briefing.yml`` into a typed :class:`Briefing`, keeping whatever parts are valid.

A file with a schema error still takes part in the cross-file checks: every invalid part is set
aside (:func:`prune`) and the checks run on what is left, so an editor sees every mistake of a file
in one round, not the schema's first and the cross-file ones after fixing it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from slugify import slugify

from ..errors import InputError, Problem
from ..structure.briefing import Briefing, Claim, Correction, Overrides, Source
from . import schema, yamlstrict
from .yamlstrict import Document, Path_

# Slugs made from a title stop at a word boundary within this many characters: short URLs.
SLUG_FROM_TITLE_CHARS = 60
_SOURCE_FIELDS = ("id", "outlet", "report", "url", "published", "title", "byline", "note")


@dataclass(frozen=True)
class LoadedBriefing:
    """A briefing file as read: its document, its valid parts, and the typed briefing if all is valid."""

    path: Path
    document: Document
    value: dict
    briefing: Briefing | None

    @property
    def folder(self) -> Path:
        return self.path.parent

    def sources(self) -> list[tuple[int, dict]]:
        """The valid source entries with their index in the file."""
        entries = self.value.get("sources")
        return [(i, s) for i, s in enumerate(entries or []) if isinstance(s, dict)]

    @property
    def is_draft(self) -> bool:
        return self.value.get("draft") is True

    @property
    def slug(self) -> str | None:
        """The slug the permalink uses, if it can be told from the valid parts."""
        if "slug" in self.value or "slug" in self.document.value:
            return self.value.get("slug")
        title = self.value.get("title")
        return slug_from_title(title) if title else None

    @property
    def date(self) -> dt.date | None:
        date = self.value.get("date")
        return dt.date.fromisoformat(date) if date else None


def slug_from_title(title: str) -> str:
    return slugify(title, max_length=SLUG_FROM_TITLE_CHARS, word_boundary=True) or "briefing"


@dataclass(frozen=True)
class Parsed:
    """An editor file that could be read: its document, its valid parts, whether it is all valid."""

    document: Document
    value: dict
    valid: bool


def parse_file(path: Path, display: str, kind: str, problems: list[Problem]) -> Parsed | None:
    """Read and validate one editor file; None (and the problem recorded) when it cannot be read."""
    try:
        document = yamlstrict.load(path, display)
    except InputError as error:
        problems.append(error.problem)
        return None
    found, invalid = schema.check(document, kind)
    problems += found
    value = prune(document.value, invalid)
    return Parsed(document, value if isinstance(value, dict) else {}, not found)


def load_briefing(path: Path, display: str, problems: list[Problem]) -> LoadedBriefing | None:
    parsed = parse_file(path, display, "briefing", problems)
    if parsed is None:
        return None
    briefing = typed(path, parsed.value) if parsed.valid else None
    return LoadedBriefing(path, parsed.document, parsed.value, briefing)


def prune(value, invalid: set[Path_], at: Path_ = ()):
    """``value`` without the parts at ``invalid`` paths (list items become None, keeping indices)."""
    if at in invalid:
        return None
    if isinstance(value, dict):
        return {k: prune(v, invalid, (*at, k)) for k, v in value.items() if (*at, k) not in invalid}
    if isinstance(value, list):
        return [prune(v, invalid, (*at, i)) for i, v in enumerate(value)]
    return value


def typed(path: Path, value: dict) -> Briefing:
    """The :class:`Briefing` of a fully valid file."""
    return Briefing(
        path=path,
        date=dt.date.fromisoformat(value["date"]),
        slug=value.get("slug") or slug_from_title(value["title"]),
        title=value["title"],
        summary=value["summary"].strip(),
        tags=tuple(value.get("tags", [])),
        sources=tuple(_source(entry) for entry in value["sources"]),
        key_points=tuple(value.get("key_points", [])),
        claims=tuple(_claim(entry) for entry in value.get("claims", [])),
        aliases=tuple((name, tuple(forms)) for name, forms in value.get("aliases", {}).items()),
        corrections=tuple(sorted((_correction(entry) for entry in value.get("corrections", [])),
                                 key=lambda c: c.date)),
        previous_slugs=tuple(value.get("previous_slugs", [])),
        published=dt.date.fromisoformat(value["published"]) if value.get("published") else None,
        draft=value.get("draft") is True,
    )


def _source(entry: dict) -> Source:
    fields = {k: entry[k] for k in _SOURCE_FIELDS if k in entry}
    return Source(**fields, overrides=overrides_of(entry))


def overrides_of(entry: dict) -> Overrides:
    return Overrides(tuple(entry.get("keep") or ()), tuple(entry.get("drop") or ()))


def _claim(entry: dict) -> Claim:
    return Claim(entry["id"], entry["text"], tuple(sorted(entry.get("verdicts", {}).items())))


def _correction(entry: dict) -> Correction:
    return Correction(dt.date.fromisoformat(entry["date"]), entry["text"])
