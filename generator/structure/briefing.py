"""The editors' documents, as typed values: outlets, briefings, their sources and claims."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

OUTLET_KINDS = (
    "wire service",
    "broadcaster",
    "newspaper",
    "digital",
    "state-affiliated",
    "aggregator",
)


@functools.lru_cache(maxsize=None)
def tag_slug(tag: str) -> str:
    """A tag's page name: spellings that share it ("Taliban", "taliban") are one tag. Tags with no
    sluggable letters (emoji, symbols) get a digest instead. Kept per tag: listings ask for it
    once per briefing and tag."""
    return slugify(tag, max_length=60, word_boundary=True) or "tag-" + hashlib.sha1(tag.encode()).hexdigest()[:8]


@dataclass(frozen=True)
class Outlet:
    key: str
    name: str
    kind: str
    country: str | None = None
    homepage: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Overrides:
    """An editor's correction of the cleaner: blocks to keep or drop, matched by their text."""

    keep: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.keep or self.drop)


@dataclass(frozen=True)
class Source:
    """One report cited by a briefing, with what the editor knows about it."""

    id: str
    outlet: str
    report: str
    url: str | None = None
    published: str | None = None
    title: str | None = None
    byline: str | None = None
    note: str | None = None
    overrides: Overrides = field(default_factory=Overrides)


@dataclass(frozen=True)
class Claim:
    """A key claim the editor wants checked against every source.

    ``verdicts`` maps a source id to the editor's verified stance, which overrides the tool's
    suggestion.
    """

    id: str
    text: str
    verdicts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Correction:
    date: dt.date
    text: str


@dataclass(frozen=True)
class Briefing:
    """One dated briefing as the editor wrote it. ``folder`` holds its reports and articles."""

    path: Path
    date: dt.date
    slug: str
    title: str
    summary: str
    tags: tuple[str, ...]
    sources: tuple[Source, ...]
    key_points: tuple[str, ...] = ()
    claims: tuple[Claim, ...] = ()
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    corrections: tuple[Correction, ...] = ()
    previous_slugs: tuple[str, ...] = ()
    published: dt.date | None = None
    draft: bool = False

    @property
    def folder(self) -> Path:
        return self.path.parent

    @property
    def url_path(self) -> str:
        """The permalink path, relative to the site root, without a leading slash."""
        return f"{self.date:%Y/%m/%d}/{self.slug}/"

    @property
    def first_published(self) -> dt.date:
        """The day the briefing first appeared: its date unless the editor says otherwise."""
        return self.published or self.date

    @property
    def last_updated(self) -> dt.date | None:
        """The day of the newest correction, or None if the briefing was never corrected."""
        return max((c.date for c in self.corrections), default=None)

    @property
    def previous_url_paths(self) -> tuple[str, ...]:
        """Old permalinks that redirect here, relative to the site root."""
        return tuple(f"{self.date:%Y/%m/%d}/{slug}/" for slug in self.previous_slugs)

    @property
    def key(self) -> str:
        return f"{self.date:%Y-%m-%d}-{self.slug}"
