"""A hand-built comparison of the example briefing, with a finding of every kind.

Written to the shape of :mod:`generator.structure.comparison` so the pages can be tested with
derivation, disputes and conflicts whatever the analyses find today. Evidence points at real
sentences of the example's articles, so every evidence link resolves.
"""

from __future__ import annotations

from dataclasses import replace

from generator.structure.archive import AnalyzedBriefing
from generator.structure.comparison import (Attribution, ClaimCheck, ClaimStance, Comparison, DerivationPair, Evidence,
                                            FigureGroup, FigureValue, Quote)

FAMILIES = (("cnn", "kimt", "unattributed"), ("iran-news",), ("sputnik",))


def with_findings(item: AnalyzedBriefing) -> AnalyzedBriefing:
    """The analysed example briefing with derivation, a quote conflict, a figure conflict and a dispute."""
    comparison = item.comparison
    evidence = {source: Evidence.of(sentences[0]) for source, sentences in comparison.sentences.items()}
    return replace(item, comparison=replace(
        comparison,
        derivation=_derivation(evidence),
        independent_groups=FAMILIES,
        quotes=(_quote(evidence),),
        figures=(_figures(evidence),),
        claims=(_claim(evidence),),
    ))


def _derivation(evidence: dict[str, Evidence]) -> tuple[DerivationPair, ...]:
    return (
        DerivationPair(a="cnn", b="kimt", relation="copy", overlap=0.94, origin="cnn", evidence=(evidence["cnn"],)),
        DerivationPair(a="cnn", b="unattributed", relation="rewrite", overlap=0.61, origin="cnn"),
        DerivationPair(a="iran-news", b="sputnik", relation="independent", overlap=0.04),
    )


def _quote(evidence: dict[str, Evidence]) -> Quote:
    said = [("cnn", "Zabihullah Mujahid"), ("kimt", "Zabihullah Mujahid"), ("unattributed", "Ali Nazary")]
    return Quote(text="Panjshir has been completely conquered",
                 attributions=tuple(Attribution(source, speaker, "spokesman", evidence[source]) for source, speaker in said),
                 conflict="different speakers: Zabihullah Mujahid (cnn, kimt), Ali Nazary (unattributed)")


def _figures(evidence: dict[str, Evidence]) -> FigureGroup:
    values = [("cnn", 34.0), ("kimt", 34.0), ("sputnik", 33.0)]
    return FigureGroup(what="provinces", unit="count", conflict="34 (cnn, kimt) against 33 (sputnik)", values=tuple(
        FigureValue(source=source, value=value, unit=None, normalized=value, text=str(int(value)),
                    evidence=evidence[source]) for source, value in values))


def _claim(evidence: dict[str, Evidence]) -> ClaimCheck:
    stances = [("cnn", "asserts"), ("kimt", "asserts"), ("unattributed", "asserts"), ("iran-news", "not mentioned"),
               ("sputnik", "disputes")]
    return ClaimCheck(id="taliban-claim-conquest", text="The Taliban said they had completely conquered Panjshir.",
                      stances=tuple(ClaimStance(source, stance, False, None if stance == "not mentioned" else evidence[source])
                                    for source, stance in stances))


def empty_comparison(item: AnalyzedBriefing) -> AnalyzedBriefing:
    """The same briefing as if no analysis had found anything."""
    return replace(item, comparison=Comparison(sources=item.comparison.sources, sentences=item.comparison.sentences))
