"""Benchmark the comparison at 5, 20 and 80 sources of about 800 words each.

Run ``python tests/benchmarks/bench_compare.py``: prints the median time per size and the
growth of time against the growth of total sentences, and records them in
``bench_compare.json`` beside this file. Not a unit test: timings depend on the machine.

The sources are synthetic but shaped like a real briefing: every source retells a random
subset of one event's facts, in one of several wordings, with its own perturbed figures,
quotes from a shared pool (some misattributed), name spellings, and sentences of its own.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from generator.compare import compare  # noqa: E402
from generator.structure.article import PARAGRAPH, Article, ArticleMeta, Block, count_words  # noqa: E402

SIZES = (5, 20, 80)
WORDS_PER_SOURCE = 800
RUNS = {5: 7, 20: 5, 80: 3}
RESULTS = Path(__file__).with_suffix(".json")

PEOPLE = [("Amara", "Okonkwo", "Okonquo"), ("Dmitri", "Volkov", "Wolkow"), ("Leila", "Haddad", "Hadad"),
          ("Tomas", "Reuter", "Reuther"), ("Ines", "Varga", "Varga"), ("Kenji", "Sato", "Satoh")]
ROLES = ["interior minister", "rebel spokesman", "army commander", "aid coordinator", "mayor", "UN envoy"]
PLACES = ["Tarsa", "Velden", "Marlow", "Kessel", "Aldmouth", "Sarvan", "Hafnarvik", "Berglund"]
NOUNS = ["convoy", "bridge", "checkpoint", "hospital", "airport", "pass", "valley", "port", "camp", "depot"]
VERBS = ["reached", "closed", "shelled", "reopened", "evacuated", "secured", "blocked", "inspected"]
UNITS = [("km", 1), ("miles", 1), ("tons", 1), ("people", 50), ("days", 1), ("percent", 1)]
FILLER = ("residents described long queues for bread and fuel while officials promised more help "
          "within the coming days as the weather turned colder across the region and roads froze").split()


def facts(rng: random.Random, count: int) -> list[list[str]]:
    """Each fact in three wordings sharing its names and numbers."""
    result = []
    for n in range(count):
        place, noun, verb = rng.choice(PLACES), rng.choice(NOUNS), rng.choice(VERBS)
        value, unit = rng.randint(2, 400), rng.choice(UNITS)
        first, last, _ = rng.choice(PEOPLE)
        result.append([
            f"Forces {verb} the {noun} near {place} on day {n}, leaving about {value} {unit[0]} affected.",
            f"Near {place}, the {noun} was {verb} on day {n}, with some {value} {unit[0]} affected, {first} {last} said.",
            f"About {value} {unit[0]} were affected after the {noun} outside {place} was {verb} on day {n}.",
        ])
    return result


def quotes(rng: random.Random, count: int) -> list[str]:
    return [" ".join(rng.sample(FILLER, 12)).capitalize() for _ in range(count)]


def source(rng: random.Random, ident: str, pool: list[list[str]], said: list[str]) -> Article:
    paragraphs, words = [], 0
    while words < WORDS_PER_SOURCE:
        roll = rng.random()
        if roll < 0.6:
            text = _perturb(rng, rng.choice(rng.choice(pool)))
        elif roll < 0.8:
            first, last, variant = rng.choice(PEOPLE)
            name = f"{first} {variant if rng.random() < 0.3 else last}"
            text = f'"{rng.choice(said)}," {rng.choice(ROLES)} {name} said.'
        else:
            text = " ".join(rng.choice(FILLER) for _ in range(rng.randint(12, 24))).capitalize() + "."
        paragraphs.append(text)
        words += count_words(text)
    meta = ArticleMeta(outlet=f"Outlet {ident}", published=f"2024-03-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z",
                       word_count=words)
    return Article(ident, meta, tuple(Block(PARAGRAPH, p) for p in paragraphs))


def _perturb(rng: random.Random, sentence: str) -> str:
    words = sentence.split()
    for i, word in enumerate(words):
        if word.isdigit() and rng.random() < 0.2:
            words[i] = str(int(word) + rng.randint(-5, 5))
    return " ".join(words)


def briefing(size: int) -> list[Article]:
    rng = random.Random(size)
    pool, said = facts(rng, 150), quotes(rng, 40)
    return [source(rng, f"s{n:02d}", pool, said) for n in range(size)]


def measure(size: int) -> tuple[float, int]:
    articles = briefing(size)
    compare(articles)  # warm caches (stemmer, regexes) once
    times = []
    for _ in range(RUNS[size]):
        start = time.perf_counter()
        result = compare(articles)
        times.append(time.perf_counter() - start)
    return statistics.median(times), sum(len(s) for s in result.sentences.values())


def main() -> None:
    rows = {}
    for size in SIZES:
        median, sentences = measure(size)
        rows[str(size)] = {"median_seconds": round(median, 3), "sentences": sentences}
        print(f"{size:3} sources  {sentences:5} sentences  median {median:.3f} s")
    small, large = rows[str(SIZES[0])], rows[str(SIZES[-1])]
    growth = (large["median_seconds"] / small["median_seconds"]) / (large["sentences"] / small["sentences"])
    print(f"time growth / sentence growth, {SIZES[0]} to {SIZES[-1]} sources: {growth:.2f}")
    RESULTS.write_text(json.dumps({"sizes": rows, "growth_ratio": round(growth, 2)}, indent=2) + "\n")


if __name__ == "__main__":
    main()
