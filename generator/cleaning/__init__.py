"""Cleaning: a raw report (text dump or HTML) into an :class:`Article` and an audit of the cuts.

``clean()`` is the only entry point the rest of the pipeline uses. The steps::

    decode -> (HTML: htmlpage | text: textdump) -> overrides -> metadata -> Article
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from ..errors import NoArticleFound, Problem
from ..structure.article import Article, count_words
from ..structure.briefing import Overrides
from . import decode, htmlpage, overrides as overriding, textdump, textmeta
from .extraction import Extraction


def clean(raw: bytes, *, article_id: str, name: str = "<input>", url: str | None = None,
          overrides: Overrides = Overrides()) -> Article:
    """Clean one raw report. Raises :class:`CleaningError` for unreadable input and
    :class:`NoArticleFound` when nothing in it reads as an article."""
    text = decode.to_text(raw, name)
    extraction = extract(text, url=url)
    blocks, removed = overriding.apply(extraction.blocks, extraction.removed, overrides)
    if not blocks:
        raise NoArticleFound(Problem(name, message="no article text found"))
    body = "\n\n".join(block.text for block in blocks)
    meta = replace(extraction.meta, word_count=count_words(body), raw_sha256=hashlib.sha256(raw).hexdigest())
    return Article(article_id, meta, tuple(blocks), tuple(removed))


def extract(text: str, *, url: str | None = None) -> Extraction:
    """The article in decoded ``text``, HTML or a text dump, with metadata and the audit."""
    if htmlpage.looks_like_html(text):
        return htmlpage.extract(text, url=url)
    return textmeta.extract(textdump.read(text), url=url)
