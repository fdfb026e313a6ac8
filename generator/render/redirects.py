"""Redirect pages that keep a briefing's old addresses working.

A briefing's sources once had a page of their own (``<briefing>/sources/``); they are now the last
section of the briefing page, so that address redirects there, sentence anchors and all. After a
slug change, each old address (``previous_slugs``) redirects too, with its sources address. Each is
a tiny HTML page copied by mkdocs as a static file; the target is relative, so the redirect works
wherever the site is hosted, and the script keeps the ``#anchor`` of a sentence link.
"""

from __future__ import annotations

import html
import json
import posixpath

from ..structure.briefing import Briefing
from . import Page
from .context import source_anchor

# The former sources page, relative to a briefing's folder.
SOURCES = "sources/"

# One per briefing, so kept small: no optional tags, and the sources as a list of ids (a link to
# one of them lands on its section, "source-" and the id; any other anchor is a sentence's, kept).
_TEMPLATE = ('<!doctype html><html lang="en"><meta charset="utf-8"><title>Moved: {title}</title>'
             '<meta name="robots" content="noindex"><link rel="canonical" href="{target}">'
             '<meta http-equiv="refresh" content="0; url={target}">'
             '<script>var s={sources},h=location.hash.slice(1);location.replace({script_target}+location.search+'
             '(h?"#"+(s.indexOf(h)<0?h:{prefix}+h):""));</script>'
             '<p>This page has moved to <a href="{target}">{target}</a>.\n')


def redirect_pages(briefing: Briefing) -> list[Page]:
    """The former sources address of ``briefing``, and both addresses of each old slug.

    A link to a source on the former sources page (``sources/#cnn``) lands on that source's
    section of the briefing page (``#source-cnn``); sentence anchors are unchanged."""
    new = briefing.url_path
    sources = sorted(source.id for source in briefing.sources)
    pages = [_page(f"{new}{SOURCES}", new, briefing.title, sources)]
    for old in briefing.previous_url_paths:
        pages += [_page(old, new, briefing.title), _page(f"{old}{SOURCES}", new, briefing.title, sources)]
    return pages


def _page(old: str, new: str, title: str, sources: list[str] | None = None) -> Page:
    target = posixpath.relpath(new, old) + "/"
    # Source ids are slugs (the schema says so) and the target is a relative path: the JSON holds
    # nothing a script element would misread.
    text = _TEMPLATE.format(title=html.escape(title), target=html.escape(target, quote=True),
                            sources=json.dumps(sources or [], separators=(",", ":")),
                            prefix=json.dumps(source_anchor("")),
                            script_target=html.escape(json.dumps(target), quote=False))
    return Page(f"{old}index.html", text)
