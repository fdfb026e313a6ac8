"""Synthetic news events: people, places, figures, quotes and the facts that tie them together.

Everything is drawn from a seeded :class:`random.Random`, so an event is the same on every run.
Names are built from syllables, so a large archive has thousands of distinct people and places
(what readers search for), not the same dozen repeated.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kh", "sh", "tr"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ou", "ia"]
CODAS = ["", "", "n", "r", "s", "l", "m", "k", "sh", "nd"]
ROLES = ["interior minister", "army spokesman", "rebel commander", "aid coordinator", "regional governor",
         "UN envoy", "police chief", "opposition leader", "health minister", "mayor", "union leader"]
NOUNS = ["convoy", "bridge", "checkpoint", "hospital", "airport", "mountain pass", "valley", "port", "camp",
         "depot", "power station", "border crossing", "market", "railway line", "dam"]
VERBS = ["reached", "closed", "shelled", "reopened", "evacuated", "secured", "blocked", "inspected", "seized"]
TOPICS = ["conflict", "elections", "disaster", "economy", "health", "energy", "migration", "diplomacy",
          "transport", "protests", "climate", "trade", "courts", "labour"]
UNITS = [("people", 10), ("kilometres", 1), ("tonnes of aid", 5), ("families", 5), ("buildings", 1),
         ("vehicles", 1), ("soldiers", 10), ("million dollars", 1)]
FILLER = ("residents described long queues for bread and fuel while officials promised more help within the "
          "coming days as the weather turned colder across the region and roads froze under snow and heavy "
          "traffic slowed the trucks that carried water medicine and blankets toward the towns").split()
OPENINGS = ["In {place},", "Outside the {noun} in {place},", "Witnesses in {place} said", "Earlier, near the {noun},",
            "Local reporters in {place} wrote that", "By the evening,", "According to residents of {place},"]
# Facts per event: enough that sources can each retell a different subset.
FACTS_PER_EVENT = 14
QUOTES_PER_EVENT = 4
REGION_COUNT = 400


@dataclass(frozen=True)
class Person:
    name: str
    variant: str  # how some outlets transliterate the surname
    role: str


@dataclass(frozen=True)
class Fact:
    """One thing that happened, in three wordings that share its names and figure."""

    wordings: tuple[str, str, str]
    figure: int
    unit: str


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: Person


@dataclass(frozen=True)
class Event:
    place: str
    region: str
    topic: str
    people: tuple[Person, ...]
    facts: tuple[Fact, ...]
    quotes: tuple[Quote, ...]
    headline: str


def word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables)).capitalize()


# News comes back to the same regions: a fixed pool, drawn from as a tag on every briefing.
REGIONS = tuple(word(random.Random(f"region-{n}"), 3) for n in range(REGION_COUNT))


def person(rng: random.Random) -> Person:
    first, last = word(rng, 2), word(rng, rng.randint(2, 3))
    variant = last.replace("k", "q", 1) if "k" in last else last + "h"
    return Person(f"{first} {last}", f"{first} {variant}", rng.choice(ROLES))


def event(rng: random.Random) -> Event:
    place, region = word(rng, rng.randint(2, 3)), rng.choice(REGIONS)
    people = tuple(person(rng) for _ in range(rng.randint(2, 4)))
    facts = tuple(_fact(rng, place, region, people, n) for n in range(FACTS_PER_EVENT))
    quotes = tuple(Quote(_quote_text(rng, place), rng.choice(people)) for _ in range(QUOTES_PER_EVENT))
    noun, verb = rng.choice(NOUNS), rng.choice(VERBS)
    headline = f"{people[0].name.split()[1]} says {noun} near {place} {verb} as {region} crisis deepens"
    return Event(place, region, rng.choice(TOPICS), people, facts, quotes, headline)


def _fact(rng: random.Random, place: str, region: str, people: tuple[Person, ...], n: int) -> Fact:
    noun, verb, who = rng.choice(NOUNS), rng.choice(VERBS), rng.choice(people)
    unit, step = rng.choice(UNITS)
    value = rng.randint(2, 90) * step
    day = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    return Fact((
        f"Forces {verb} the {noun} near {place} on {day}, and about {value} {unit} were affected, officials said.",
        f"Near {place} in {region}, the {noun} was {verb} on {day}, with some {value} {unit} affected, "
        f"according to {who.role} {who.name}.",
        f"About {value} {unit} were affected after the {noun} outside {place} was {verb} on {day}.",
    ), value, unit)


def _phrase(rng: random.Random, low: int, high: int) -> str:
    """A run of the filler passage: reads as a clause, differs from draw to draw."""
    length = rng.randint(low, high)
    start = rng.randrange(len(FILLER) - length)
    return " ".join(FILLER[start:start + length])


def _quote_text(rng: random.Random, place: str) -> str:
    return f"We saw {_phrase(rng, 5, 9)} in {place} and {_phrase(rng, 4, 8)}."


def own_sentence(rng: random.Random, place: str) -> str:
    """A sentence only one outlet writes: background, colour, context."""
    opening = rng.choice(OPENINGS).format(place=place, noun=rng.choice(NOUNS))
    return f"{opening} {_phrase(rng, 6, 14)}."
