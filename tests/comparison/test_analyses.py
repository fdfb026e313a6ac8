"""Each analysis alone, on small readable cases."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.compare import Options, compare
from generator.compare.lexicon import denies
from generator.compare.measures import measure
from generator.compare.names import similar
from generator.compare.quantities import quantities
from generator.compare.roles import before_name, beside_name
from generator.compare.speech import attribution_around, quote_spans
from generator.structure.article import PARAGRAPH, Article, ArticleMeta, Block
from generator.structure.briefing import Claim

from .eventfiles import EVENTS, load_event

FIXTURES = Path(__file__).parent / "fixtures"


def _cases(name: str) -> list[dict]:
    return yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))


def article(source: str, *paragraphs: str, published: str | None = None) -> Article:
    return Article(source, ArticleMeta(published=published), tuple(Block(PARAGRAPH, p) for p in paragraphs))


@pytest.mark.parametrize("case", _cases("attribution.yml"), ids=lambda c: c["text"][:40])
def test_attribution(case):
    text = case["text"]
    start, end = quote_spans(text)[0]
    assert attribution_around(text, start, end) == (case["speaker"], case["role"])


@pytest.mark.parametrize("case", _cases("quantities.yml"), ids=lambda c: c["text"][:40])
def test_quantities(case):
    found = [[q.text, round(q.normalized, 3), q.normalized_unit, q.when or q.bound] for q in quantities(case["text"])]
    expected = [[t, pytest.approx(v, rel=1e-3), u, k] for t, v, u, k in case["figures"]]
    assert found == expected


def test_quote_spans_handle_curly_straight_and_unclosed_marks():
    text = '“One two three,” he said. "Four five" and an unclosed “six seven eight'
    assert [text[s:e] for s, e in quote_spans(text)] == ["One two three,", "Four five", "six seven eight"]


@pytest.mark.parametrize("a, b, same", [("dashty", "dashti", True), ("massoud", "masoud", True),
                                        ("zabihullah", "zabiullah", True), ("panjshir", "panjsher", True),
                                        ("iran", "iraq", False), ("parwan", "paryan", False),
                                        ("qatar", "qatari", False), ("hillary", "bill", False)])
def test_spelling_variants(a, b, same):
    assert similar(a, b) is same


def test_a_copy_and_a_rewrite_make_one_family_and_a_separate_report_another():
    articles, _ = load_event(EVENTS / "wire-copy")
    result = compare(articles)
    relations = {(p.a, p.b): p.relation for p in result.derivation}
    assert relations[("coastal-herald", "global-press")] == "copy"
    assert relations[("global-press", "quick-news")] == "rewrite"
    assert result.independent_groups == (("coastal-herald", "global-press", "quick-news"), ("nordic-review",))
    copy = next(p for p in result.derivation if p.relation == "copy")
    assert copy.origin == "global-press"  # the copy names it as its original outlet


def test_one_press_release_quoted_twice_is_a_common_source():
    articles, _ = load_event(EVENTS / "press-release")
    relations = {(p.a, p.b): p.relation for p in compare(articles).derivation}
    assert relations[("city-daily", "tech-wire")] == "common-source"


def test_the_same_words_from_two_people_named_johnson_conflict():
    articles, _ = load_event(EVENTS / "same-surname")
    quote = next(q for q in compare(articles).quotes if "temporary measure" in q.text)
    assert quote.conflict and "Mark Johnson" in quote.conflict and "Karen Johnson" in quote.conflict


def test_forecast_and_previous_values_do_not_conflict_but_a_different_count_does():
    a = article("a", "The death toll rose to 23 on Tuesday, up from 18 on Monday, and officials expect 30 deaths.")
    b = article("b", "The death toll from the collapse rose to 23 on Tuesday, officials said.")
    c = article("c", "The death toll from the collapse rose to 31 on Tuesday, officials said.")
    assert not [g for g in compare([a, b]).figures if g.conflict]
    assert [g.conflict for g in compare([b, c]).figures] == ["23 (b) vs 31 (c)"]


def test_compatible_units_agree():
    a = article("a", "The new tunnel under the Alps is 57 kilometres long, the operator said on Monday.")
    b = article("b", "The new tunnel under the Alps is 35 miles long, the operator said on Monday.")
    [group] = compare([a, b]).figures
    assert group.unit == "km" and group.conflict is None


def test_unique_and_shared_statements():
    a = article("a", "The bridge over the Marlow river collapsed on Monday morning. Divers searched the water.",
                "Engineers had warned about cracks in the pillars three years ago, council papers show.")
    b = article("b", "Hundreds of people watched the rescue from the banks all afternoon.",
                "The bridge over the Marlow river collapsed on Monday morning.",
                "The mayor cancelled a long planned visit to the twin town of Velden in Austria.")
    result = compare([a, b])
    assert [f.sources for f in result.shared] == [("a", "b")]
    assert [e.text for e in result.unique["a"]] == [
        "Divers searched the water.", "Engineers had warned about cracks in the pillars three years ago, council papers show."]


def test_an_editor_verdict_overrides_the_suggestion():
    a = article("a", "The government released all prisoners taken since June, the ministry said.")
    b = article("b", "The rebels said the claim that all prisoners were released is false.")
    claim = Claim("released", "The government released all prisoners taken since June.", (("b", "asserts"),))
    [check] = compare([a, b], Options(claims=(claim,))).claims
    stances = {s.source: (s.stance, s.verified) for s in check.stances}
    assert stances == {"a": ("asserts", False), "b": ("asserts", True)}


def test_the_timeline_resolves_weekdays_against_publication():
    a = article("a", "The ceasefire began on Sunday and talks resume on March 3.", published="2024-02-27T10:00:00Z")
    entries = [(e.when, e.kind) for e in compare([a]).timeline]
    assert entries == [("2024-02-25", "event"), ("2024-02-27T10:00:00+00:00", "published"), ("2024-03-03", "event")]


def test_each_analysis_can_be_switched_off():
    articles, _ = load_event(EVENTS / "same-surname")
    result = compare(articles, Options(skip=frozenset({"quotes", "figures"})))
    assert result.quotes == () and result.figures == () and result.names


def test_anchors_are_stable_when_a_paragraph_is_added_above():
    before = compare([article("a", "The bridge collapsed.")]).sentences["a"]
    after = compare([article("a", "A new first paragraph.", "The bridge collapsed.")]).sentences["a"]
    assert before[0].anchor == after[1].anchor


@pytest.mark.parametrize("case", _cases("measures.yml"), ids=lambda c: c["label"])
def test_what_a_figure_measures(case):
    [found] = [q for q in quantities(case["text"]) if q.text == case["figure"]]
    assert measure(case["text"], found).label == case["label"]


def test_figures_of_different_things_are_not_grouped_and_a_lower_bound_agrees():
    a = article("a", "Lawmakers offered a two-year extension of tax cuts for the rich.",
                "The governor wants more than $5 billion for the flood wall.")
    b = article("b", "Lawmakers offered a 13-month extension of unemployment insurance for the jobless.",
                "The governor wants $5.7 billion for the flood wall.")
    groups = compare([a, b]).figures
    assert [(g.what, g.conflict, g.differs) for g in groups] == [("flood wall", None, None)]


def test_counts_for_two_moments_differ_without_conflicting():
    a = article("a", "By noon, 120 ferry crossings had been cancelled, the transport office said.")
    b = article("b", "By the evening, 200 ferry crossings had been cancelled, the transport office said.")
    [group] = compare([a, b]).figures
    assert group.conflict is None and group.differs == "120 by noon (a) vs 200 by evening (b)"


@pytest.mark.parametrize("before, role", [("said Senate Majority Leader", "Senate Majority Leader"),
                                          ("Reading from a letter signed by every member of the", None),
                                          ("UN under-secretary-general for humanitarian affairs",
                                           "UN under-secretary-general for humanitarian affairs"),
                                          ("to help avert what UN Secretary-General", "UN Secretary-General")])
def test_a_role_before_a_name_is_a_title_or_nothing(before, role):
    assert before_name(before) == role


@pytest.mark.parametrize("beside, role", [("the president of the Human Rights Campaign", "president of the Human Rights Campaign"),
                                          ("a professor at the University of Oslo who has written on energy",
                                           "professor at the University of Oslo"),
                                          ("Republican of Idaho and once a leading negotiator", None)])
def test_a_role_beside_a_name_is_an_appositive_or_nothing(beside, role):
    assert beside_name(beside) == role


@pytest.mark.parametrize("text, denial", [("The rebels dismissed the army's claim of victory as false.", True),
                                          ("A decree would deny fuel deliveries to the villages.", False),
                                          ("The rebels did not deny that the centre had fallen.", False),
                                          ("The Front denied that, saying 200 fighters were still held.", True)])
def test_what_counts_as_denying_a_statement(text, denial):
    assert denies(text) is denial
