"""Print a layout's pieces as the page's HTML and as the text dumps people make of it.

The HTML wraps each part of the page in the elements real sites use (header, nav, main, article,
aside, footer, with site-specific classes); the dumps come in the shapes browsers and converters
give: one line per block with blank lines between paragraphs, a select-all copy without blank
lines, and a terminal browser's hard-wrapped text with bullets.
"""

from __future__ import annotations

import html
import json
import textwrap

from .layouts import Piece

WRAP_WIDTH = 76
_CONTAINERS = {"header": "header", "nav": "nav", "before": "div", "after": "section", "aside": "aside",
               "footer": "footer"}


def gold(pieces: list[Piece]) -> str:
    """The gold body: paragraphs, and headings marked ``## ``."""
    blocks = [("## " if p.role == "heading" else "") + p.text for p in pieces if p.role in ("body", "heading")]
    return "\n\n".join(blocks) + "\n"


def as_text(pieces: list[Piece], style: str) -> str:
    if style == "wrapped":
        return _wrapped(pieces)
    lines = []
    for piece in pieces:
        lines.append(piece.text)
        if style == "innertext" and piece.tag in ("p", "h1", "h2", "blockquote", "figcaption"):
            lines.append("")
    return "\n".join(lines) + "\n"


def _wrapped(pieces: list[Piece]) -> str:
    lines = []
    for piece in pieces:
        if piece.tag in ("li", "a"):
            lines.append(f"  * {piece.text}")
        elif piece.tag in ("h1", "h2", "h3"):
            lines += ["", f"{'#' * int(piece.tag[1])} {piece.text}", ""]
        else:
            lines += [*textwrap.wrap(piece.text, WRAP_WIDTH), ""]
    return "\n".join(lines) + "\n"


def as_html(pieces: list[Piece], article: dict, site: str, layout: str) -> str:
    e = html.escape
    rtl = ' dir="rtl"' if article["lang"] in ("ar", "fa") else ""
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": article["title"],
                         "author": {"@type": "Person", "name": article["byline"]}}, ensure_ascii=False)
    parts, zone, open_tag = [], None, ""
    for piece in pieces:
        if piece.zone != zone:
            parts.append(_close(zone))
            zone = piece.zone
            parts.append(_open(zone, layout))
        parts.append(_element(piece))
    parts.append(_close(zone))
    return (f'<!DOCTYPE html>\n<html lang="{article["lang"]}"{rtl}>\n<head><meta charset="utf-8">'
            f'<title>{e(article["title"])} | {e(site)}</title>\n'
            f'<link rel="canonical" href="https://{article["host"]}/{article["key"]}">\n'
            f'<meta property="og:site_name" content="{e(site)}">\n'
            f'<script type="application/ld+json">{jsonld}</script></head>\n<body class="{layout}">\n'
            + "\n".join(p for p in parts if p) + "\n</body></html>\n")


def _open(zone: str, layout: str) -> str:
    if zone == "article":
        return f'<main><article class="{layout}-story"><div class="{layout}-body">'
    return f'<{_CONTAINERS[zone]} class="{layout}-{zone}">'


def _close(zone: str | None) -> str:
    if zone is None:
        return ""
    return "</div></article></main>" if zone == "article" else f"</{_CONTAINERS[zone]}>"


def _element(piece: Piece) -> str:
    text = html.escape(piece.text)
    if piece.tag == "li":
        return f'<ul><li><a href="#">{text}</a></li></ul>'
    if piece.tag == "a":
        return f'<a href="#">{text}</a>'
    if piece.tag == "figcaption":
        return f'<figure><img src="photo.jpg" alt=""><figcaption>{text}</figcaption></figure>'
    if piece.tag == "div":
        return f'<div class="box">{text}</div>'
    return f"<{piece.tag}>{text}</{piece.tag}>"
