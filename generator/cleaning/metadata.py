"""Metadata the page states about itself: title, byline, dates, URL, outlet, language."""

from __future__ import annotations

import re

from ..structure.article import ArticleMeta, Block, RemovedBlock

_URL = re.compile(r"https?://[^\s\"'<>]+")


def detect(text: str, blocks: list[Block], removed: list[RemovedBlock], *, is_html: bool,
           url: str | None) -> ArticleMeta:
    title = next((r.text for r in removed if r.reason == "header" and len(r.text.split()) >= 4), None)
    found_url = url or next((u for u in _URL.findall(text) if not re.search(r"\.(png|jpe?g|gif|webp)\b", u)), None)
    return ArticleMeta(title=title, url=found_url)
