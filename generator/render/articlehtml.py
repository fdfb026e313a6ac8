"""A cleaned article's body as HTML with one anchor per sentence, for its evidence links.

Written as a raw HTML block: Python-Markdown leaves it alone, so the text needs only HTML
escaping, and MkDocs still sees every ``id`` when it validates anchors.
"""

from __future__ import annotations

import html

from markupsafe import Markup

from ..structure.article import HEADING, Article
from ..structure.comparison import Sentence
from .escape import attr, strip_controls


# Languages written right to left: their articles are laid out that way.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "ps", "ur", "he", "yi", "ckb", "sd", "ug", "dv"})


def body_html(article: Article, sentences: tuple[Sentence, ...]) -> Markup:
    """``<div class="article-body">``, a ``<p>``/``<h4>`` per block (the source itself is an ``<h3>``) and a bare ``<span id>`` per sentence."""
    language = article.meta.language
    lang = f' lang="{attr(language)}"' if language else ""
    lang += ' dir="rtl"' if language in RIGHT_TO_LEFT else ""
    by_block = _group_by_block(article, sentences)
    parts = [f'<div class="article-body" data-pagefind-ignore{lang}>']
    for index, block in enumerate(article.blocks):
        tag = "h4" if block.kind == HEADING else "p"
        parts.append(f"<{tag}>{_block_html(article, index, by_block.get(index, []))}</{tag}>")
    parts.append("</div>")
    return Markup("\n".join(parts))


def _block_html(article: Article, index: int, sentences: list[Sentence]) -> str:
    """The block's exact text, with each sentence wrapped in its anchored span."""
    start = article.block_offsets[index]
    end = start + len(article.blocks[index].text)
    out, position = [], start
    for sentence in sentences:
        out.append(_escape(article.body[position:sentence.start]))
        out.append(f'<span id="{attr(sentence.anchor)}">'
                   f"{_escape(article.body[sentence.start:sentence.end])}</span>")
        position = sentence.end
    out.append(_escape(article.body[position:end]))
    return "".join(out)


def _escape(text: str) -> str:
    return html.escape(strip_controls(text), quote=False).replace("\n", " ")


def _group_by_block(article: Article, sentences: tuple[Sentence, ...]) -> dict[int, list[Sentence]]:
    """Assign each sentence to the block its span starts in."""
    groups: dict[int, list[Sentence]] = {}
    offsets = article.block_offsets
    block = 0
    for sentence in sorted(sentences, key=lambda s: s.start):
        while block + 1 < len(offsets) and offsets[block + 1] <= sentence.start:
            block += 1
        groups.setdefault(block, []).append(sentence)
    return groups
