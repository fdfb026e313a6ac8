"""HTML pages: trafilatura finds the main text; we keep its structure and finish its work.

On top of trafilatura: in-body subheadings are kept as headings, the headline it repeats is cut,
captions, credits, "read also" lines and other furniture it lets through are cut by the same
families as in text dumps, and when it finds nothing the page's visible text goes through the
text-dump cleaner instead.
"""

from __future__ import annotations

import re

import trafilatura
from lxml import etree, html as lxml_html

from ..structure.article import HEADING, PARAGRAPH, Block, RemovedBlock
from . import families, htmlmeta, textdump, textmeta
from .extraction import Extraction
from .lines import count_words

# trafilatura answers with less than this many words: try the text-dump reading of the page too.
MIN_EXTRACTED_WORDS = 40
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
# A figure caption printed with its credit: "Workers at the gate. © Agency / Name".
_TRAILING_CREDIT = re.compile(r"(©|\(c\)|photo:|foto:|credit:)\s*[^©.!?]{2,60}$", re.I)
MAX_CAPTION_WORDS = 60
# Furniture families that trafilatura lets through inside the body and that we cut again.
_BODY_FURNITURE = frozenset({"wire-marker", "copyright", "credit", "read-also", "related", "advert",
                             "sharing", "caption", "metadata", "account", "consent", "comments", "widget"})


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


def extract(page: str, *, url: str | None = None) -> Extraction:
    """Blocks, audit and metadata of an HTML page."""
    page = page.lstrip("\ufeff")
    tree = _parse(page)
    if tree is None:
        return textmeta.extract(textdump.read(_visible_text(page)), url=url)
    meta = htmlmeta.read(tree, url)
    document = trafilatura.bare_extraction(tree, url=url, include_comments=False, include_tables=True,
                                           include_formatting=True, with_metadata=False)
    blocks = _blocks(document.body) if document is not None and document.body is not None else []
    blocks, removed = _finish(blocks, meta.title, meta.standfirst)
    if sum(count_words(b.text) for b in blocks) < MIN_EXTRACTED_WORDS:
        fallback = textmeta.extract(textdump.read(_visible_text(page)), url=url)
        if sum(count_words(b.text) for b in fallback.blocks) > sum(count_words(b.text) for b in blocks):
            return Extraction(fallback.blocks, fallback.removed, htmlmeta.merge(meta, fallback.meta))
    return Extraction(blocks, removed, htmlmeta.complete(meta, blocks))


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
            standfirst: str | None) -> tuple[list[Block], list[RemovedBlock]]:
    """Cut the repeated headline and standfirst, furniture, and captions (the block before a credit)."""
    title_key = (title or "").casefold().strip()
    reasons = [_reason(block, title_key) for block in blocks]
    if blocks and standfirst and blocks[0].text.casefold() == standfirst.casefold().strip():
        reasons[0] = "standfirst"
    for i in range(len(blocks) - 1):
        if reasons[i] is None and reasons[i + 1] == "credit" and count_words(blocks[i].text) <= 60:
            reasons[i] = "caption"
    first = next((i for i, (b, r) in enumerate(zip(blocks, reasons)) if r is None and b.kind == PARAGRAPH), len(blocks))
    for i in range(first):
        reasons[i] = reasons[i] or "outside-article"  # a heading before any paragraph is a kicker
    kept = [b for b, r in zip(blocks, reasons) if r is None]
    removed = [RemovedBlock(b.text, r, 0) for b, r in zip(blocks, reasons) if r is not None]
    return kept, removed


def _reason(block: Block, title_key: str) -> str | None:
    if title_key and block.text.casefold() == title_key:
        return "title-repeat"
    found = textdump.line_family(_as_line(block))
    if found is None and _TRAILING_CREDIT.search(block.text) and count_words(block.text) <= MAX_CAPTION_WORDS:
        return "caption"
    return found if found in _BODY_FURNITURE else None


def _as_line(block: Block):
    from .lines import Line

    return Line(0, block.text, count_words(block.text))


def _visible_text(page: str) -> str:
    """The page's text with one line per block, as a browser would copy it."""
    from inscriptis import get_text

    return get_text(page)
