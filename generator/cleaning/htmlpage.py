"""HTML pages: trafilatura finds the main text; we keep its paragraph and heading structure."""

from __future__ import annotations

import re

import trafilatura

from ..structure.article import HEADING, PARAGRAPH, Block, RemovedBlock

_HTML_START = re.compile(r"\A\s*(<!doctype html|<html|<head|<body|<\?xml|<meta|<!--)", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text)) or text.count("</p>") + text.count("</div>") > 5


def extract(page: str) -> tuple[list[Block], list[RemovedBlock]]:
    markdown = trafilatura.extract(page, output_format="markdown", include_comments=False,
                                   include_tables=False, favor_recall=True, deduplicate=True) or ""
    blocks = []
    for chunk in re.split(r"\n\s*\n", markdown):
        chunk = re.sub(r"\s+", " ", chunk).strip()
        if not chunk:
            continue
        if chunk.startswith("#"):
            blocks.append(Block(HEADING, chunk.lstrip("#").strip()))
        else:
            blocks.append(Block(PARAGRAPH, chunk))
    return blocks, []
