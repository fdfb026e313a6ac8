"""The raw reports of one synthetic briefing: origins, copies and rewrites, as saved web pages.

About half the sources report on their own (each retells its own subset of the event's facts, in
its own wordings, with its own figures, quotes and background); the rest derive from an earlier
source, either as a copy (the same paragraphs under another outlet's page furniture) or as a
rewrite (wordings swapped, paragraphs reordered, a figure changed, a quote given to someone else).
Every report is a page saved as text, furniture included, so cleaning does real work too.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .events import Event, Fact, Quote, own_sentence

# Share of the facts an independent report retells, and its own background sentences.
FACT_SHARE = (0.5, 0.85)
OWN_SENTENCES = (6, 12)
QUOTES_USED = (1, 3)
# Chance that an outlet gets a figure wrong, or spells a surname its own way.
FIGURE_SLIP = 0.15
VARIANT_SPELLING = 0.3
# Among derived reports, the share that are verbatim copies (the rest are rewrites).
COPY_SHARE = 0.5
SENTENCES_PER_PARAGRAPH = 3
MENU = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion", "Video", "Live"]


@dataclass(frozen=True)
class Report:
    """One source: which outlet, its raw page, and what it derives from (for the briefing's notes)."""

    id: str
    outlet: str
    outlet_name: str
    text: str
    origin: str | None
    relation: str


def reports(rng: random.Random, event: Event, outlets: list[tuple[str, str]], date: str) -> list[Report]:
    """``outlets`` are (key, name) pairs, one per source, in the order the editor lists them."""
    independent = max(1, round(len(outlets) / 2))
    bodies: list[list[str]] = []
    found: list[Report] = []
    for number, (key, name) in enumerate(outlets):
        if number < independent:
            paragraphs, origin, relation = _original(rng, event), None, "independent"
        else:
            parent = rng.randrange(number)
            relation = "copy" if rng.random() < COPY_SHARE else "rewrite"
            origin = found[parent].id
            paragraphs = list(bodies[parent]) if relation == "copy" else _rewrite(rng, event, bodies[parent])
        bodies.append(paragraphs)
        found.append(Report(key, key, name, _page(rng, event, name, date, paragraphs), origin, relation))
    return found


def _original(rng: random.Random, event: Event) -> list[str]:
    count = round(len(event.facts) * rng.uniform(*FACT_SHARE))
    facts = rng.sample(event.facts, count)
    variant = rng.random() < VARIANT_SPELLING
    sentences = [_spell(_telling(rng, fact), event, variant) for fact in facts]
    for quote in rng.sample(event.quotes, rng.randint(*QUOTES_USED)):
        sentences.insert(rng.randrange(len(sentences) + 1), _spell(_quoted(quote), event, variant))
    for _ in range(rng.randint(*OWN_SENTENCES)):
        sentences.insert(rng.randrange(len(sentences) + 1), own_sentence(rng, event.place))
    return _paragraphs(sentences)


def _telling(rng: random.Random, fact: Fact) -> str:
    text = rng.choice(fact.wordings)
    if rng.random() < FIGURE_SLIP:
        text = text.replace(f" {fact.figure} ", f" {fact.figure + rng.randint(1, 9) * max(1, fact.figure // 10)} ", 1)
    return text


def _quoted(quote: Quote, speaker=None) -> str:
    who = speaker or quote.speaker
    return f"\u201c{quote.text[:-1]},\u201d {who.role} {who.name} said."


def _spell(text: str, event: Event, variant: bool) -> str:
    if not variant:
        return text
    for person in event.people:
        text = text.replace(person.name, person.variant)
    return text


def _rewrite(rng: random.Random, event: Event, paragraphs: list[str]) -> list[str]:
    """Another outlet's rewrite: reworded facts, paragraphs moved, a quote in another mouth."""
    sentences = [s for paragraph in paragraphs for s in _split(paragraph)]
    rewritten = []
    for sentence in sentences:
        fact = next((f for f in event.facts if sentence in f.wordings), None)
        if fact is not None and rng.random() < 0.6:
            sentence = rng.choice([w for w in fact.wordings if w != sentence])
        rewritten.append(sentence)
    quote = rng.choice(event.quotes)
    other = rng.choice(event.people)
    rewritten = [_quoted(quote, other) if s == _quoted(quote) else s for s in rewritten]
    rewritten.append(own_sentence(rng, event.place))
    paragraphs = _paragraphs(rewritten)
    if len(paragraphs) > 2:
        moved = paragraphs.pop(rng.randrange(1, len(paragraphs)))
        paragraphs.insert(rng.randrange(1, len(paragraphs)), moved)
    return paragraphs


def _split(paragraph: str) -> list[str]:
    return [s if s.endswith(".") else s + "." for s in paragraph.split(". ") if s]


def _paragraphs(sentences: list[str]) -> list[str]:
    step = SENTENCES_PER_PARAGRAPH
    return [" ".join(sentences[i:i + step]) for i in range(0, len(sentences), step)]


def _page(rng: random.Random, event: Event, outlet: str, date: str, paragraphs: list[str]) -> str:
    """The report as a web page saved as text: menu, headline, byline, body, footer."""
    byline = f"By {event.people[-1].name.split()[0]} {rng.choice(['Ward', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka'])}"
    header = [outlet, "  ".join(rng.sample(MENU, 6)), "Subscribe  |  Sign in", "", event.headline, "",
              byline, f"Published {date}", ""]
    footer = ["", "Share this article", "Facebook  Twitter  Email", "", "Related stories",
              f"More news from {event.region}", f"Copyright {date[:4]} {outlet}. All rights reserved.",
              "Privacy policy  |  Terms of use  |  Contact us"]
    return "\n".join(header + [p + "\n" for p in paragraphs] + footer) + "\n"
