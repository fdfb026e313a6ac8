"""The text a browser shows for a parsed page, one line per block: what a person would copy.

Read from the tree the HTML reader already parsed (no second parse): scripts, styles, hidden
elements and the head are skipped, block elements start and end a line, and the source's own
line breaks inside a paragraph are only spaces, as a browser renders them.
"""

from __future__ import annotations

import re

from lxml import etree

# Elements whose content a reader never sees as text.
_UNSEEN = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe",
                     "object", "canvas", "select", "datalist"})
# Elements that start and end a line of their own.
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd",
                     "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
                     "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li",
                     "main", "menu", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "td",
                     "th", "tr", "ul"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def text(tree) -> str:
    """The page's visible text, with a line break around every block."""
    pieces: list[str] = []
    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else None
        unseen = tag is None or _is_unseen(element, tag)
        line = "\n" if tag in _BLOCKS and not unseen else ""
        if event == "start" and unseen:
            walker.skip_subtree()
        elif event == "start":
            _add(pieces, line, element.text)
        else:
            _add(pieces, line, element.tail)  # the tail follows even an unseen element
    return "".join(pieces)


def _is_unseen(element, tag: str) -> bool:
    return (tag in _UNSEEN or element.get("hidden") is not None
            or bool(_HIDDEN_STYLE.search(element.get("style") or "")))


def _add(pieces: list[str], before: str, text: str | None) -> None:
    if before:
        pieces.append(before)
    if text:
        pieces.append(text.replace("\n", " "))
