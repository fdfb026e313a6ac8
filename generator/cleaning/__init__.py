"""Cleaning: a raw report (text dump or HTML) into an :class:`Article` and an audit of the cuts.

``clean()`` is the only entry point the rest of the pipeline uses. The steps::

    decode -> (HTML: htmlpage | text: textdump) -> overrides -> metadata -> Article
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from ..errors import NoArticleFound, Problem
from ..structure.article import Article, Block, RemovedBlock, count_words
from ..structure.briefing import Overrides
from . import decode, overrides as overriding, textdump, textmeta
from .extraction import Extraction

# A cleaned body reads as a printed article and is kept whole (see textdump.is_printed_article),
# so it is re-read only when it does not (a line the HTML extractor kept that a text rule cuts, or
# a body that is mostly short lines); then a few passes reach the fixed point.
MAX_SETTLE_PASSES = 8


def clean(raw: bytes, *, article_id: str, name: str = "<input>", url: str | None = None,
          overrides: Overrides = Overrides()) -> Article:
    """Clean one raw report. Raises :class:`CleaningError` for unreadable input and
    :class:`NoArticleFound` when nothing in it reads as an article."""
    text = decode.to_text(raw, name)
    extraction = extract(text, url=url)
    settled, cut = settle(extraction.blocks, text)
    blocks, removed = overriding.apply(settled, [*extraction.removed, *cut], overrides)
    if not blocks:
        raise NoArticleFound(Problem(name, message="no article text found"))
    body = "\n\n".join(block.text for block in blocks)
    meta = replace(extraction.meta, word_count=count_words(body), raw_sha256=hashlib.sha256(raw).hexdigest())
    return Article(article_id, meta, tuple(blocks), tuple(removed))


def extract(text: str, *, url: str | None = None) -> Extraction:
    """The article in decoded ``text``, HTML or a text dump, with metadata and the audit."""
    from . import htmlpage  # trafilatura is imported by the commands that clean HTML, not by every command

    if htmlpage.looks_like_html(text):
        return htmlpage.extract(text, url=url)
    return textmeta.extract(textdump.read(text), url=url)


def settle(blocks: list[Block], text: str) -> tuple[list[Block], list[RemovedBlock]]:
    """The blocks as cleaning their own printed text leaves them, and what that cut."""
    cut: list[RemovedBlock] = []
    for _ in range(MAX_SETTLE_PASSES):
        printed = "\n\n".join(block.text for block in blocks)
        if textdump.reads_as_printed_article(printed):
            break
        again = textmeta.extract(textdump.read(printed))
        if not again.blocks or [b.text for b in again.blocks] == [b.text for b in blocks]:
            break
        blocks, cut = again.blocks, [*cut, *(replace(r, line=_line_of(r.text, text)) for r in again.removed)]
    return list(blocks), cut


def _line_of(block: str, text: str) -> int:
    """The 1-based line of ``text`` where ``block`` starts, or 0 when it is not there verbatim."""
    at = text.find(block[:60])
    return text.count("\n", 0, at) + 1 if at >= 0 else 0
