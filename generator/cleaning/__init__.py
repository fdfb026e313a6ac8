"""Cleaning: a raw report (text dump or HTML) into an :class:`Article` and an audit of the cuts.

``clean()`` is the only entry point the rest of the pipeline uses.
"""

from __future__ import annotations

import hashlib

from ..errors import NoArticleFound, Problem
from ..structure.article import Article, ArticleMeta, count_words
from ..structure.briefing import Overrides
from . import decode, htmlpage, metadata, overrides as overriding, textdump


def clean(raw: bytes, *, article_id: str, name: str = "<input>", url: str | None = None,
          overrides: Overrides = Overrides()) -> Article:
    """Clean one raw report. Raises :class:`CleaningError` for unreadable input and
    :class:`NoArticleFound` when nothing in it reads as an article."""
    text = decode.to_text(raw, name)
    is_html = htmlpage.looks_like_html(text)
    blocks, removed = (htmlpage.extract(text) if is_html else textdump.extract(text))
    blocks, removed = overriding.apply(blocks, removed, overrides)
    if not blocks:
        raise NoArticleFound(Problem(name, message="no article text found"))
    meta = metadata.detect(text, blocks, removed, is_html=is_html, url=url)
    body = "\n\n".join(block.text for block in blocks)
    meta = ArticleMeta(**{**meta.__dict__, "word_count": count_words(body),
                          "raw_sha256": hashlib.sha256(raw).hexdigest(),
                          "input_format": "html" if is_html else "text"})
    return Article(article_id, meta, tuple(blocks), tuple(removed))
