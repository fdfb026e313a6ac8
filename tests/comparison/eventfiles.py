"""Read the labelled events: one folder per event, one text file per source, ``labels.yml``.

A source file starts with ``key: value`` metadata lines (outlet, original_outlet, published,
title), then a blank line, then the body: paragraphs separated by blank lines, ``## `` marking a
subheading. The file name without ``.txt`` is the source id.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.structure.article import HEADING, PARAGRAPH, Article, ArticleMeta, Block, count_words
from generator.structure.briefing import Claim

EVENTS = Path(__file__).parent / "events"
_META = ("outlet", "original_outlet", "published", "updated", "title")


def read_source(path: Path, source_id: str | None = None) -> Article:
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in _META:
            meta[key.strip()] = value.strip()
    blocks = tuple(_block(p) for p in body.split("\n\n") if p.strip())
    words = count_words("\n\n".join(b.text for b in blocks))
    return Article(source_id or path.stem, ArticleMeta(**meta, word_count=words), blocks)


def _block(paragraph: str) -> Block:
    text = " ".join(paragraph.split())
    if text.startswith("## "):
        return Block(HEADING, text[3:])
    return Block(PARAGRAPH, text)


def load_event(folder: Path) -> tuple[list[Article], dict]:
    articles = [read_source(path) for path in sorted(folder.glob("*.txt"))]
    labels = yaml.safe_load((folder / "labels.yml").read_text(encoding="utf-8")) or {}
    return articles, labels


def event_folders() -> list[Path]:
    return sorted(path for path in EVENTS.iterdir() if (path / "labels.yml").exists())


def claims_of(labels: dict) -> tuple[Claim, ...]:
    return tuple(Claim(c["id"], c["text"]) for c in labels.get("claims", []))
