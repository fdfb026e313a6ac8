"""The comparison of one briefing's sources: a plain data object that serialises to JSON.

Every finding carries :class:`Evidence`: the source id, the character span in that article's
body, the sentence text and the sentence's anchor on the article's page.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Sentence:
    """A sentence of one article, located by its span in :attr:`Article.body`."""

    source: str
    index: int
    start: int
    end: int
    text: str
    anchor: str


@dataclass(frozen=True)
class Evidence:
    source: str
    start: int
    end: int
    text: str
    anchor: str

    @classmethod
    def of(cls, sentence: Sentence) -> Evidence:
        return cls(sentence.source, sentence.start, sentence.end, sentence.text, sentence.anchor)


@dataclass(frozen=True)
class SourceSummary:
    id: str
    outlet: str | None
    title: str | None
    published: str | None
    words: int


@dataclass(frozen=True)
class DerivationPair:
    """How two reports relate. ``origin`` is the source the other derives from, if known."""

    a: str
    b: str
    relation: str  # "copy", "rewrite", "common-source" or "independent"
    overlap: float
    origin: str | None = None
    verbatim: float = 0.0
    paraphrase: float = 0.0
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class SharedFact:
    """A statement several sources carry, counted in outlets and in independent reports."""

    text: str
    sources: tuple[str, ...]
    independent: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Attribution:
    source: str
    speaker: str | None
    role: str | None
    evidence: Evidence


@dataclass(frozen=True)
class Quote:
    text: str
    attributions: tuple[Attribution, ...]
    conflict: str | None = None


@dataclass(frozen=True)
class FigureValue:
    source: str
    value: float
    unit: str | None
    normalized: float
    text: str
    evidence: Evidence
    qualifier: str | None = None  # e.g. "previous", "forecast", "at least"


@dataclass(frozen=True)
class FigureGroup:
    what: str
    values: tuple[FigureValue, ...]
    conflict: str | None = None


@dataclass(frozen=True)
class NameVariant:
    form: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class NameGroup:
    canonical: str
    kind: str | None
    variants: tuple[NameVariant, ...]


@dataclass(frozen=True)
class ClaimStance:
    source: str
    stance: str  # "asserts", "disputes" or "not mentioned"
    verified: bool
    evidence: Evidence | None = None


@dataclass(frozen=True)
class ClaimCheck:
    id: str
    text: str
    stances: tuple[ClaimStance, ...]


@dataclass(frozen=True)
class TimelineEntry:
    when: str
    what: str
    kind: str  # "published", "updated" or "event"
    source: str
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Comparison:
    sources: tuple[SourceSummary, ...]
    sentences: dict[str, tuple[Sentence, ...]] = field(default_factory=dict)
    derivation: tuple[DerivationPair, ...] = ()
    independent_groups: tuple[tuple[str, ...], ...] = ()
    shared: tuple[SharedFact, ...] = ()
    unique: dict[str, tuple[Evidence, ...]] = field(default_factory=dict)
    quotes: tuple[Quote, ...] = ()
    figures: tuple[FigureGroup, ...] = ()
    names: tuple[NameGroup, ...] = ()
    claims: tuple[ClaimCheck, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()

    def to_dict(self) -> dict:
        """The JSON export (``briefings compare --json``); sentences are left out as bulk."""
        data = asdict(self)
        del data["sentences"]
        return data
