"""The development clusters (three outlets per event), read in place, never copied here.

They live beside the repository in ``../shared/comparison-dev/basil/``; tests that need them skip
when the folder is absent. Only our own labels of a sample live in the repository
(``basil_labels.yml``).
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from generator.structure.article import PARAGRAPH, Article, ArticleMeta, Block, count_words

BASIL = Path(__file__).resolve().parents[2].parent / "shared" / "comparison-dev" / "basil"
LABELS = Path(__file__).parent / "basil_labels.yml"


def read_event(folder: Path) -> list[Article]:
    info = json.loads((folder / "event.json").read_text(encoding="utf-8"))
    return [_article(folder / entry["file"], entry) for entry in info["articles"]]


def _article(path: Path, entry: dict) -> Article:
    title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    blocks = tuple(Block(PARAGRAPH, " ".join(p.split())) for p in body.split("\n") if p.strip())
    meta = ArticleMeta(title=title.strip(), outlet=entry["outlet"], published=entry.get("date"),
                       word_count=count_words("\n\n".join(b.text for b in blocks)))
    return Article(entry["outlet"], meta, blocks)


def basil_events() -> list[tuple[list[Article], dict]]:
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8")) or {}
    return [(read_event(BASIL / name), event_labels) for name, event_labels in sorted(labels.items())]
