"""Redirect pages that keep a briefing's old addresses working after its slug changed.

Each old address (``previous_slugs``) gets a tiny HTML page for the briefing and one for its
sources page, copied by mkdocs as static files. The target is relative, so the redirect works
wherever the site is hosted, and the script keeps the ``#anchor`` of a sentence link.
"""

from __future__ import annotations

import html
import json
import posixpath

from ..structure.briefing import Briefing
from . import Page

# The briefing page and its sources page (relative to the permalink folder) both move.
MOVED_PAGES = ("", "sources/")

_TEMPLATE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved: {title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{target}">
<meta http-equiv="refresh" content="0; url={target}">
<script>location.replace({script_target} + location.search + location.hash);</script>
</head>
<body>
<p>This page has moved to <a href="{target}">{target}</a>.</p>
</body>
</html>
"""


def redirect_pages(briefing: Briefing) -> list[Page]:
    """One page per old address of ``briefing`` and per page that moved with it."""
    return [_page(f"{old}{moved}", f"{briefing.url_path}{moved}", briefing.title)
            for old in briefing.previous_url_paths for moved in MOVED_PAGES]


def _page(old: str, new: str, title: str) -> Page:
    target = posixpath.relpath(new, old) + "/"
    text = _TEMPLATE.format(title=html.escape(title), target=html.escape(target, quote=True),
                            script_target=html.escape(json.dumps(target), quote=False))
    return Page(f"{old}index.html", text)
