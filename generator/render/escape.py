"""Make untrusted text inert in the Markdown we write.

Article text and YAML values reach pages through Python-Markdown, which passes raw HTML through
and turns ``[x](javascript:...)``, ``{: onclick=...}`` (attr_list) and friends into markup. Every
value a template prints goes through :func:`md_inline` unless code marked it :class:`Markup`.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import quote, urlsplit

from markupsafe import Markup

# Characters with inline meaning in Python-Markdown or the extensions we enable (links and images,
# emphasis, code, attr_list braces, table pipes, pymdownx caret/tilde/mark). ``<``, ``>``, ``&`` and
# quotes become entities instead. The site enables pymdownx.escapeall, so any backslash escape works.
_INLINE_SPECIALS = re.compile(r"([\\`*_{}\[\]|~^=])")
# At the start of a line these open a block: heading, list item, setext underline, ordered list.
_BLOCK_START = re.compile(r"^(\s*)([#+\-]|\d+(?=[.)]))")
_WHITESPACE = re.compile(r"\s+")
# Findings that repeat a sentence of the sources page show this much of it, then link to it.
EXCERPT_CHARS = 90
# Bidi embedding/override/isolate controls can make a name display as something else, and C0/C1
# control characters (Python-Markdown uses STX/ETX internally) never belong in displayed text.
_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Remove control characters and bidi overrides (right-to-left letters and marks stay)."""
    return _CONTROLS.sub("", text)


def clean_text(text: str) -> str:
    """One line of displayable text: whitespace collapsed, bidi controls removed."""
    return _WHITESPACE.sub(" ", strip_controls(text)).strip()


# Distinct texts escaped per process that are remembered: outlet names and sentences recur across a
# briefing's tables hundreds of times.
_REMEMBERED = 8192


@lru_cache(maxsize=_REMEMBERED)
def md_inline(text: str) -> Markup:
    """Untrusted text as inline Markdown that renders as exactly that text.

    Whitespace runs (newlines included) become one space, so text can never start a new block.
    """
    text = _WHITESPACE.sub(" ", strip_controls(text))
    text = _INLINE_SPECIALS.sub(r"\\\1", text)
    text = _BLOCK_START.sub(_escape_block_start, text)
    # Double quotes become &quot; so the text is also safe inside a quoted admonition or details
    # title (``??? note "..."``), which Python-Markdown parses as inline Markdown.
    return Markup(html.escape(text, quote=False).replace('"', "&quot;"))


def _escape_block_start(match: re.Match) -> str:
    space, token = match.groups()
    return f"{space}{token}\\" if token[-1].isdigit() else f"{space}\\{token}"


def md_paragraphs(text: str) -> Markup:
    """Untrusted multi-paragraph text (blank-line separated) as Markdown paragraphs."""
    paragraphs = [md_inline(p.strip()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    return Markup("\n\n".join(paragraphs))


def html_text(text: str) -> Markup:
    """Untrusted text inside a raw HTML block (no Markdown processing happens there)."""
    return Markup(html.escape(clean_text(text), quote=True))


def attr(text: str) -> Markup:
    """Untrusted text inside an HTML attribute value (always double-quoted by templates)."""
    return Markup(html.escape(clean_text(text), quote=True))


def safe_url(url: str | None) -> Markup | None:
    """An http(s) URL made safe for a Markdown link target or attribute; anything else is None."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return Markup(html.escape(quote(url, safe=":/?#@!$&*+,;=%~"), quote=True))


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of a sentence the sources page carries whole: cut at a word, marked with "…".

    Returns plain text (still escaped when printed)."""
    text = clean_text(text)
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def finalize(value):
    """Jinja ``finalize``: whatever a template prints is escaped unless it is already Markup."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("templates must not print booleans")
    if isinstance(value, (int, float)):
        return str(value)
    return md_inline(str(value))
