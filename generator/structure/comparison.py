"""The comparison of one briefing's sources: a plain data object that serialises to JSON.

Every finding carries :class:`Evidence`: the source id, the character span in that article's
body, the sentence text and the sentence's anchor on the article's page. The JSON shape is
documented in ``generator/compare/FORMAT.md``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# Relations between two reports, from the closest to the most distant.
COPY = "copy"
REWRITE = "rewrite"
COMMON_SOURCE = "common-source"
INDEPENDENT = "independent"
RELATIONS = (COPY, REWRITE, COMMON_SOURCE, INDEPENDENT)

# A source's stance on an editor's claim.
ASSERTS = "asserts"
DISPUTES = "disputes"
NOT_MENTIONED = "not mentioned"
STANCES = (ASSERTS, DISPUTES, NOT_MENTIONED)


@dataclass(frozen=True)
class Sentence:
    """A sentence of one article, located by its span in :attr:`Article.body`."""

    source: str
    index: int
    start: int
    end: int
    text: str
    anchor: str
    heading: bool = False


@dataclass(frozen=True)
class Evidence:
    """Where a finding comes from: a span of a source's body inside the sentence ``anchor``.

    ``text`` is the whole sentence; ``start``/``end`` locate that sentence in the body.
    """

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
    original_outlet: str | None = None


@dataclass(frozen=True)
class DerivationPair:
    """How two reports relate (``a`` < ``b``). ``origin`` is the one the other derives from.

    ``overlap`` is the larger of the two containments: the share of one report's words in
    sentences that the other also carries (verbatim or paraphrased). ``verbatim`` and
    ``paraphrase`` split it; ``quoted`` is the part of the overlap inside quotation marks or
    attributed statements, the signature of a common source rather than a copy.
    """

    a: str
    b: str
    relation: str
    overlap: float
    origin: str | None = None
    verbatim: float = 0.0
    paraphrase: float = 0.0
    quoted: float = 0.0
    order: float = 0.0
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class SharedFact:
    """A statement several sources carry, counted in outlets and in independent reports.

    ``level`` is "all" when every independent report carries it, "most" for more than half,
    "some" otherwise.
    """

    text: str
    sources: tuple[str, ...]
    independent: int
    level: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Attribution:
    """Who one source says spoke the words. ``direct`` is False for reported speech."""

    source: str
    speaker: str | None
    role: str | None
    evidence: Evidence
    text: str = ""
    direct: bool = True


@dataclass(frozen=True)
class Quote:
    text: str
    attributions: tuple[Attribution, ...]
    conflict: str | None = None


@dataclass(frozen=True)
class FigureValue:
    """One figure as a source states it; ``normalized`` is in the group's ``unit``."""

    source: str
    value: float
    unit: str | None
    normalized: float
    text: str
    evidence: Evidence
    qualifier: str | None = None  # "previous", "forecast", "approximate", "at least", "at most"
    upper: float | None = None  # the top of a range, normalised


@dataclass(frozen=True)
class FigureGroup:
    """Values sources give for one quantity. ``conflict``: they truly disagree; ``differs``: they
    differ in a way that may be rounding, hedging, another moment or another thing (shown softly)."""

    what: str
    unit: str | None
    values: tuple[FigureValue, ...]
    conflict: str | None = None
    differs: str | None = None


@dataclass(frozen=True)
class NameVariant:
    form: str
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class NameGroup:
    canonical: str
    kind: str | None
    variants: tuple[NameVariant, ...]


@dataclass(frozen=True)
class ClaimStance:
    source: str
    stance: str
    verified: bool
    evidence: Evidence | None = None
    score: float = 0.0


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
