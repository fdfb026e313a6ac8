"""Write a synthetic archive: an outlet registry and N briefings of K raw reports each.

The site configuration and templates are the project's own (copied), so the benchmark builds the
site exactly as published. Same seed, same archive, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
from pathlib import Path

import yaml

from ..structure.archive import BRIEFING_FILE, BRIEFINGS_DIR, OUTLETS_FILE, REPORTS_DIR
from . import events
from .reports import Report, reports

# Copied from the project so the synthetic archive is built like the real one.
SITE_PARTS = ("mkdocs.yml", "templates")
OUTLET_COUNT = 60
OUTLET_KINDS = ("wire service", "broadcaster", "newspaper", "digital", "state-affiliated", "aggregator")
COUNTRIES = ("US", "GB", "FR", "DE", "IN", "BR", "ZA", "JP", "RU", "IR", "QA", "AU")
FIRST_DAY = dt.date(2016, 1, 4)
# A daily desk publishes two to five briefings a day.
PER_DAY = (2, 5)
TAG_POOL = 300
TAGS_PER_BRIEFING = (2, 4)


def write_archive(root: Path, project: Path, briefings: int, sources: int, seed: int = 1) -> Path:
    """Create ``root`` as a fresh archive; returns it."""
    root.mkdir(parents=True)
    for part in SITE_PARTS:
        copy = shutil.copytree if (project / part).is_dir() else shutil.copy2
        copy(project / part, root / part)
    if (project / "node_modules").is_dir():
        os.symlink((project / "node_modules").resolve(), root / "node_modules", target_is_directory=True)
    rng = random.Random(seed)
    outlets = _outlets(rng)
    _write(root / BRIEFINGS_DIR / OUTLETS_FILE, _dump(outlets))
    tags = [events.word(rng, rng.randint(2, 3)) for _ in range(TAG_POOL)]
    for number, day in enumerate(_days(rng, briefings)):
        _briefing(root, random.Random(f"{seed}-{number}"), number, day, sources, list(outlets.items()), tags)
    return root


def _outlets(rng: random.Random) -> dict[str, dict]:
    found = {}
    while len(found) < OUTLET_COUNT:
        name = f"The {events.word(rng, 2)} {rng.choice(['Times', 'Herald', 'News', 'Post', 'Radio', 'Wire'])}"
        key = name.lower().replace("the ", "", 1).replace(" ", "-")
        found.setdefault(key, {"name": name, "kind": rng.choice(OUTLET_KINDS), "country": rng.choice(COUNTRIES)})
    return dict(sorted(found.items()))


def _days(rng: random.Random, count: int) -> list[dt.date]:
    days: list[dt.date] = []
    day = FIRST_DAY
    while len(days) < count:
        days += [day] * rng.randint(*PER_DAY)
        day += dt.timedelta(days=1)
    return days[:count]


def _briefing(root: Path, rng: random.Random, number: int, day: dt.date, count: int,
              outlets: list[tuple[str, dict]], tags: list[str]) -> None:
    event = events.event(rng)
    chosen = rng.sample(outlets, count) if count <= len(outlets) else [outlets[i % len(outlets)] for i in range(count)]
    keyed = [(_source_id(key, i, chosen), outlet["name"]) for i, (key, outlet) in enumerate(chosen)]
    found = reports(rng, event, keyed, day.isoformat())
    slug = f"{event.place.lower()}-{number}"
    folder = root / BRIEFINGS_DIR / str(day.year) / f"{day.isoformat()}-{slug}"
    for report in found:
        _write(folder / REPORTS_DIR / f"{report.id}.txt", report.text)
    document = _document(rng, event, day, slug, found, [key for key, _ in chosen], tags)
    _write(folder / BRIEFING_FILE, _dump(document))


def _source_id(key: str, index: int, chosen: list) -> str:
    """The outlet's key, numbered when an outlet is cited twice (more sources than outlets)."""
    return key if index < OUTLET_COUNT else f"{key}-{index // OUTLET_COUNT + 1}"


def _document(rng: random.Random, event: events.Event, day: dt.date, slug: str, found: list[Report],
              outlet_keys: list[str], tags: list[str]) -> dict:
    lead = event.people[0]
    first, second = event.facts[0].wordings[0], event.facts[1].wordings[2]
    summary = (f"{lead.name}, the {lead.role}, said the crisis around {event.place} in {event.region} was "
               f"deepening. {first}\n\n{second} Outlets disagree on the figures and on who said what.")
    return {
        "date": day.isoformat(),
        "slug": slug,
        "title": event.headline,
        "summary": summary,
        "tags": sorted({event.topic.capitalize(), event.region, *rng.sample(tags, rng.randint(*TAGS_PER_BRIEFING))}),
        "key_points": [fact.wordings[1] for fact in event.facts[2:4]],
        "sources": [_source(report, key) for report, key in zip(found, outlet_keys)],
        "claims": [{"id": f"claim-{n}", "text": fact.wordings[0]} for n, fact in enumerate(event.facts[4:6])],
    }


def _source(report: Report, outlet: str) -> dict:
    source = {"id": report.id, "outlet": outlet, "report": f"{REPORTS_DIR}/{report.id}.txt"}
    if report.origin:
        source["note"] = f"A {report.relation} of {report.origin}."
    return source


def _dump(value) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=100)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
