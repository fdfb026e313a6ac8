"""HTML pages: trafilatura finds the main text; we keep its structure and finish its work.

On top of trafilatura: in-body subheadings are kept as headings, the headline it repeats is cut,
and captions, credits, "read also" lines and other furniture it lets through are cut by the same
families as in text dumps. The text-dump reader gives a second opinion on the page's visible text
(:mod:`.visible`): when that finds much more article than trafilatura kept, and most of what
trafilatura kept, it is the answer (trafilatura dropped part of the article, or found nothing).
"""

from __future__ import annotations

import re

import trafilatura
from lxml import etree, html as lxml_html

from ..structure.article import HEADING, PARAGRAPH, Block, RemovedBlock
from . import htmlmeta, textdump, textmeta, visible
from .extraction import Extraction
from .lines import Line, count_words

# trafilatura answers with less than this many words: take the text-dump reading if it has more.
MIN_EXTRACTED_WORDS = 40
# trafilatura's settings, chosen on the development pages: recall first, and without its own
# fallback extractors (readability, jusText), whose place the second opinion takes (F1 0.923 ->
# 0.944, recall 0.923 -> 0.956, in less time).
_TRAFILATURA = {"fast": True, "favor_recall": True, "include_comments": False, "include_tables": True,
                "include_formatting": True, "with_metadata": False, "output_format": "xml"}
# The second opinion replaces trafilatura's answer when it holds this many times more words...
SECOND_OPINION_RATIO = 2.0
# ... and this share of the word 4-grams trafilatura kept (it found the same article, and more).
MIN_SHARED_GRAMS = 0.3
# It is only read when the page has that many times more words of sentences than trafilatura
# kept: otherwise it could not hold enough more (this spares the reading on most pages).
PROSE_LINE_WORDS = 10
PROSE_LINE_CHARS = 2 * PROSE_LINE_WORDS  # a line shorter than this cannot hold that many words
# Block-level elements of trafilatura's output tree and what they become.
_KINDS = {"head": HEADING, "p": PARAGRAPH, "item": PARAGRAPH, "quote": PARAGRAPH, "code": PARAGRAPH,
          "cell": PARAGRAPH}
# Elements whose content starts a new block (the others, such as hi, ref and lb, are inline).
_BLOCK_TAGS = frozenset({"head", "p", "item", "quote", "code", "list", "table", "row", "cell", "div",
                         "graphic", "figure", "section", "article", "main", "body"})
# How a saved page opens; a text dump may hold markup too (a page's <noscript> text, a code sample),
# but never opens with a document's declaration.
_DOCUMENT_START = re.compile(r"\A\s*(<!doctype html|<html|<head|<body|<\?xml|<meta|<!--)", re.I)
# A page saved without its head (a fragment) opens with a tag, and is mostly markup or holds a
# document's tags; a dump's quoted markup is a few lines among many.
_FRAGMENT_START = re.compile(r"\A\s*<(div|article|section|main|p|span|h[1-6])\b", re.I)
_DOCUMENT_TAG = re.compile(r"<(html|head|body|title|meta)\b", re.I)
_TAG = re.compile(r"<[a-z/!][^<>]*>", re.I)
MIN_FRAGMENT_MARKUP_SHARE = 0.3
# How much of the input is read to tell HTML from text.
SNIFF_CHARS = 200_000
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")

def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a saved page rather than a text dump that quotes some markup."""
    head = text[:2000].lstrip("\ufeff")
    if _DOCUMENT_START.match(head):
        return True
    if not _FRAGMENT_START.match(head):
        return False
    sample = text[:SNIFF_CHARS]
    markup = sum(len(tag) for tag in _TAG.findall(sample))
    return bool(_DOCUMENT_TAG.search(sample)) or markup >= MIN_FRAGMENT_MARKUP_SHARE * len(sample)


def extract(page: str, *, url: str | None = None, skip: frozenset[str] = frozenset()) -> Extraction:
    """Blocks, audit and metadata of an HTML page (``skip`` switches steps off, as in :mod:`.textdump`)."""
    page = page.lstrip("\ufeff")
    tree = _parse(page)
    if tree is None:
        return textmeta.extract(textdump.read(_converted_text(page)), url=url)
    meta = htmlmeta.read(tree, url)
    shown = visible.text(tree)
    document = trafilatura.bare_extraction(tree, url=url, **_TRAFILATURA)
    blocks = _blocks(document.body) if document is not None and document.body is not None else []
    blocks, removed = _finish(blocks, meta.title, skip)
    second = _second_opinion(shown, blocks, url) if "second-opinion" not in skip else None
    if second is not None:
        return Extraction(second.blocks, second.removed, htmlmeta.merge(meta, second.meta))
    return Extraction(blocks, removed, htmlmeta.complete(meta, blocks))


def _second_opinion(shown: str, blocks: list[Block], url: str | None) -> Extraction | None:
    """The text-dump reading of the page's visible text, when it is a better answer than ``blocks``."""
    kept = sum(count_words(b.text) for b in blocks)
    if kept >= MIN_EXTRACTED_WORDS and _prose_words(shown) < SECOND_OPINION_RATIO * kept:
        return None
    reading = textmeta.extract(textdump.read(shown), url=url)
    found = sum(count_words(b.text) for b in reading.blocks)
    if kept < MIN_EXTRACTED_WORDS:
        return reading if found > kept else None
    if found >= SECOND_OPINION_RATIO * kept and _shared(blocks, reading.blocks) >= MIN_SHARED_GRAMS:
        return reading
    return None


def _prose_words(shown: str) -> int:
    """Words in the lines of the page's text that are sentences of some length (a quick count)."""
    total = 0
    for line in shown.split("\n"):
        if len(line) >= PROSE_LINE_CHARS:
            words = count_words(line)
            total += words if words >= PROSE_LINE_WORDS and textdump.ends_sentence(line.rstrip()) else 0
    return total


def _shared(ours: list[Block], theirs: list[Block]) -> float:
    """Share of the word 4-grams of ``ours`` that ``theirs`` holds too."""
    mine, other = _grams(ours), _grams(theirs)
    return len(mine & other) / len(mine) if mine else 1.0


def _grams(blocks: list[Block]) -> set[tuple[str, ...]]:
    words = _WORD.findall(" ".join(b.text for b in blocks).casefold())
    return set(zip(words, words[1:], words[2:], words[3:]))


def _parse(page: str):
    try:
        return lxml_html.fromstring(page.encode("utf-8", "surrogatepass"),
                                    parser=lxml_html.HTMLParser(encoding="utf-8", remove_comments=True))
    except (etree.ParserError, ValueError):
        return None


def _blocks(body) -> list[Block]:
    out: list[Block] = []
    _walk(body, out)
    return out


def _walk(element, out: list[Block]) -> None:
    """Emit the element's own text as one block, each block-level child as its own blocks."""
    kind = _KINDS.get(element.tag) or PARAGRAPH
    pieces = [element.text or ""]
    for child in element:
        if child.tag in _BLOCK_TAGS:
            _emit(pieces, kind, out)
            pieces = []
            _walk(child, out)
        else:
            pieces.append("".join(child.itertext()))
        pieces.append(child.tail or "")
    _emit(pieces, kind, out)


def _emit(pieces: list[str], kind: str, out: list[Block]) -> None:
    text = _SPACE.sub(" ", "".join(pieces)).strip()
    if text:
        out.append(Block(kind, text))


def _finish(blocks: list[Block], title: str | None,
            skip: frozenset[str] = frozenset()) -> tuple[list[Block], list[RemovedBlock]]:
    """Cut the repeated headline and the furniture trafilatura kept."""
    title_key = (title or "").casefold().strip() if "title" not in skip else ""
    reasons = [_reason(block, title_key, skip) for block in blocks]
    kept = [b for b, r in zip(blocks, reasons) if r is None]
    removed = [RemovedBlock(b.text, r, 0) for b, r in zip(blocks, reasons) if r is not None]
    return kept, removed


def _reason(block: Block, title_key: str, skip: frozenset[str] = frozenset()) -> str | None:
    if title_key and block.text.casefold() == title_key:
        return "title-repeat"
    line = _as_line(block)
    found = textdump.line_family(line) if line.words <= textdump.MAX_FURNITURE_WORDS else None
    return found if textdump.is_cut_furniture(line, found) and "furniture" not in skip else None


def _as_line(block: Block) -> Line:
    return Line(0, block.text, count_words(block.text))


def _converted_text(page: str) -> str:
    """The text of a page lxml cannot parse, with one line per block, by an HTML-to-text converter."""
    from inscriptis import get_text

    return get_text(page)
