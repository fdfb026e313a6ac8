"""The comparison section as readers see it: independent reports, each statement once."""

from __future__ import annotations

from generator.compare import compare
from generator.render.comparison_view import Citation, cite, comparison_view
from generator.render.twins import twins
from generator.structure.article import PARAGRAPH, Article, ArticleMeta, Block
from generator.structure.comparison import (Attribution, Comparison, DerivationPair, Evidence, FigureGroup, FigureValue, Quote,
                                           Sentence, SharedFact, SourceSummary, TimelineEntry)

from tests.comparison.eventfiles import EVENTS, load_event

NAMES = {"coastal-herald": "Coastal Herald", "global-press": "Global Press", "quick-news": "Quick News",
         "nordic-review": "Nordic Review"}


def _view():
    articles, _ = load_event(EVENTS / "wire-copy")
    comparison = compare(articles)
    return comparison, comparison_view(comparison, sorted(NAMES), NAMES)


def test_a_family_of_copies_lists_each_statement_once_with_every_outlet_that_carries_it():
    comparison, view = _view()
    [family] = [f for f in view.families if len(f.sources) > 1]
    assert family.sources[0] == "global-press"  # the one the others copy comes first
    texts = [s.text for s in family.statements]
    assert len(texts) == len(set(texts))
    copied = [s for s in family.statements if len(s.evidence) > 1]
    assert copied and all(len({e.source for e in s.evidence}) == len(s.evidence) for s in copied)
    counted = sum(len(comparison.unique[source]) for source in family.sources)
    assert len(family.statements) < counted  # copies collapsed


def test_agreement_lists_only_statements_of_two_independent_reports():
    comparison, view = _view()
    assert view.reports == 2
    assert all(fact.independent >= 2 for fact in view.agreed)
    assert view.repeated == sum(1 for fact in comparison.shared if fact.independent == 1)


def test_findings_name_outlets_not_source_ids():
    quote = Quote("words", (), conflict="different speakers: A (kimt) vs B (cnn, kimt-local)")
    comparison = Comparison((SourceSummary("kimt", None, None, None, 0),), quotes=(quote,))
    view = comparison_view(comparison, ["kimt"], {"kimt": "KIMT News 3", "kimt-local": "KIMT Local"})
    assert view.quotes[0].conflict == "different speakers: A (KIMT News 3) vs B (cnn, KIMT Local)"


def test_a_single_report_lists_its_sentences_with_one_link_each():
    a = Article("a", ArticleMeta(), (Block(PARAGRAPH, "The bridge over the river collapsed on Monday morning."),))
    b = Article("b", ArticleMeta(), (Block(PARAGRAPH, "Fishermen saw the lights of the town go out at night."),))
    view = comparison_view(compare([a, b]), ["a", "b"], {"a": "A", "b": "B"})
    assert [[len(s.evidence) for s in f.statements] for f in view.families] == [[1], [1]]


def test_a_dated_sentence_several_sources_print_word_for_word_is_one_timeline_row():
    said = "Forces blocked the railway line on Tuesday."
    entries = (TimelineEntry("2016-01-05", said, "event", "a", Evidence("a", 0, 43, said, "a-bbb9d8")),
               TimelineEntry("2016-01-05", "Near the town, the line was blocked on Tuesday.", "event", "b",
                             Evidence("b", 0, 47, "Near the town, the line was blocked on Tuesday.", "b-b5654c")),
               TimelineEntry("2016-01-05", said, "event", "c", Evidence("c", 90, 133, said, "c-bbb9d8")),
               TimelineEntry("2016-01-06", said, "event", "d", Evidence("d", 0, 43, said, "d-bbb9d8")),
               TimelineEntry("2016-01-06T10:00:00+00:00", "Line blocked", "published", "a"))
    sources = tuple(SourceSummary(s, None, None, None, 0) for s in "abcd")
    view = comparison_view(Comparison(sources, timeline=entries), list("abcd"), {s: s.upper() for s in "abcd"})
    assert [(row.when, row.what, [e.source for e in row.entries]) for row in view.timeline] == [
        ("2016-01-05", said, ["a", "c"]),
        ("2016-01-05", "Near the town, the line was blocked on Tuesday.", ["b"]),
        ("2016-01-06", said, ["d"]),  # another day is another row
        ("2016-01-06T10:00:00+00:00", "Line blocked", ["a"]),
    ]


def _evidence(source: str, n: int) -> Evidence:
    return Evidence(source, n * 100, n * 100 + 50, f"Sentence {n} of {source}.", f"{source}-{n:06x}")


def test_what_one_source_says_twice_is_listed_once_with_a_link_to_each_sentence():
    values = (FigureValue("a", 34, None, 34, "34", _evidence("a", 1)),
              FigureValue("b", 34, None, 34, "34", _evidence("b", 1)),
              FigureValue("a", 34, None, 34, "34", _evidence("a", 2)),
              FigureValue("a", 34, None, 34, "thirty-four", _evidence("a", 3)))  # said in other words: its own line
    said = (Attribution("a", "Ali Nazary", "spokesman", _evidence("a", 4)),
            Attribution("a", "Ali Nazary", "spokesman", _evidence("a", 5)),
            Attribution("a", "Ali Nazary", "spokesman", _evidence("a", 5)),  # twice in one sentence
            Attribution("b", "Ali Nazary", "spokesman", _evidence("b", 4)))
    comparison = Comparison(tuple(SourceSummary(s, None, None, None, 0) for s in "ab"),
                            quotes=(Quote("words", said),), figures=(FigureGroup("provinces", None, values),))
    view = comparison_view(comparison, ["a", "b"], {"a": "A", "b": "B"})
    [figures], [quote] = view.figures, view.quotes
    assert [(s.item.source, s.item.text, [e.anchor for e in s.again]) for s in figures.said] == [
        ("a", "34", ["a-000002"]), ("b", "34", []), ("a", "thirty-four", [])]
    assert [(s.item.source, [e.anchor for e in s.again]) for s in quote.said] == [("a", ["a-000005"]), ("b", [])]


def _citations(view):
    return ([c for family in view.families for s in family.statements for c in s.cited]
            + [c for row in view.agreed for c in row.cited])


def test_copies_printing_a_sentence_word_for_word_share_one_link_to_where_it_is_printed():
    comparison, view = _view()
    printed = twins(comparison, sorted(NAMES))
    text = {s.anchor: s.text for sentences in comparison.sentences.values() for s in sentences}
    shared = [c for c in _citations(view) if len(c.sources) > 1]
    assert shared
    for citation in _citations(view):
        assert citation.anchor not in printed  # a twin is not printed: never link to it
        landing = next(s for s in comparison.sentences[citation.sources[0]] if s.anchor == citation.anchor)
        for source in citation.sources[1:]:  # every other outlet prints exactly those words
            assert any(s.text == landing.text for s in comparison.sentences[source])
    assert all(text[c.anchor] for c in shared)


def test_a_statement_every_copy_prints_alike_is_marked_whole():
    text = ("The bridge over the river collapsed on Monday morning after days of heavy rain. "
            "Rescue teams pulled four people from the water, the fire service said. "
            "The mayor said the town would build a temporary crossing within two weeks.")
    other = "Fishermen saw the lights of the town go out at night. The harbour stayed closed until dawn."
    articles = [Article(name, ArticleMeta(), (Block(PARAGRAPH, body),)) for name, body in
                (("a", text), ("b", text), ("c", other))]
    view = comparison_view(compare(articles), ["a", "b", "c"], {"a": "A", "b": "B", "c": "C"})
    [family] = [f for f in view.families if len(f.sources) > 1]
    assert family.statements and all(s.whole for s in family.statements)
    assert all(s.cited == (Citation(("a", "b"), s.cited[0].anchor),) for s in family.statements)
    _, wire = _view()  # a rewrite words the family's statements its own way: not whole
    [rewritten] = [f for f in wire.families if len(f.sources) > 1]
    assert not any(s.whole for s in rewritten.statements)


def test_sentences_in_other_words_keep_a_link_each():
    said = "Forces blocked the railway line on Tuesday."
    other = "Near the town, the line was blocked on Tuesday."
    sentences = {"a": (Sentence("a", 0, 0, 43, said, "a-1"),), "b": (Sentence("b", 0, 0, 43, said, "b-1"),),
                 "c": (Sentence("c", 0, 0, 47, other, "c-2"),)}
    entries = tuple(TimelineEntry("2016-01-05", said, "event", s, Evidence(s, 0, 43, said, f"{s}-1")) for s in "ab")
    sources = tuple(SourceSummary(s, None, None, None, 0) for s in "abc")
    comparison = Comparison(sources, sentences, timeline=entries)
    evidence = [Evidence("b", 0, 43, said, "b-1"), Evidence("c", 0, 47, other, "c-2"), Evidence("a", 0, 43, said, "a-1")]
    assert cite(evidence, twins(comparison, list("abc"))) == (Citation(("a", "b"), "a-1"), Citation(("c",), "c-2"))
    [row] = comparison_view(comparison, list("abc"), {s: s.upper() for s in "abc"}).timeline
    assert row.cited == (Citation(("a", "b"), "a-1"),)  # b's words are printed once, in a


def test_a_dated_statement_sources_tell_in_their_own_words_is_one_timeline_row():
    told = "Forces blocked the railway line on Tuesday."
    retold = "Near the town, the line was blocked on Tuesday."
    a, b = Evidence("a", 0, 43, told, "a-1"), Evidence("b", 0, 47, retold, "b-2")
    entries = (TimelineEntry("2016-01-05", told, "event", "a", a), TimelineEntry("2016-01-05", retold, "event", "b", b),
               TimelineEntry("2016-01-06", retold, "event", "b", b))
    fact = SharedFact(told, ("a", "b"), 2, "all", (a, b))
    sources = tuple(SourceSummary(s, None, None, None, 0) for s in "ab")
    view = comparison_view(Comparison(sources, timeline=entries, shared=(fact,)), ["a", "b"], {"a": "A", "b": "B"})
    assert [(row.when, row.what, row.cited) for row in view.timeline] == [
        ("2016-01-05", told, (Citation(("a",), "a-1"), Citation(("b",), "b-2"))),  # b's own words keep their link
        ("2016-01-06", retold, (Citation(("b",), "b-2"),)),  # dated otherwise: a row of its own
    ]


def test_a_sentence_copies_print_word_for_word_is_one_statement_of_their_family():
    said = "Forces blocked the railway line on Tuesday."
    sentences = {s: (Sentence(s, 0, 0, 43, said, f"{s}-1"),) for s in "ab"}
    comparison = Comparison(tuple(SourceSummary(s, None, None, None, 0) for s in "ab"), sentences,
                            derivation=(DerivationPair("a", "b", "copy", 1.0, origin="a"),),
                            independent_groups=(("a", "b"),),
                            unique={s: (Evidence(s, 0, 43, said, f"{s}-1"),) for s in "ab"})
    [family] = comparison_view(comparison, ["b", "a"], {"a": "A", "b": "B"}).families
    assert [(s.text, s.cited, s.whole) for s in family.statements] == [(said, (Citation(("a", "b"), "a-1"),), True)]
