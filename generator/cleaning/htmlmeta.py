"""Metadata an HTML page states about itself: meta tags, JSON-LD, the canonical link, the h1.

Read from the parsed tree before extraction, cheaply: no date guessing over the whole page
(that is what makes general-purpose extractors slow); the page's own declarations come first.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from ..structure.article import ArticleMeta, Block
from . import dates, language, outlets

# JSON-LD blobs larger than this are catalogues, not an article's description.
MAX_JSONLD_CHARS = 200_000

_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title"),
    "standfirst": ("og:description", "description", "twitter:description", "dc.description"),
    "byline": ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"),
    "outlet": ("og:site_name", "application-name", "publisher"),
    "published": ("article:published_time", "datepublished", "dc.date", "pubdate", "publishdate",
                  "date", "og:published_time", "parsely-pub-date", "sailthru.date"),
    "updated": ("article:modified_time", "og:updated_time", "datemodified", "last-modified"),
}
_SPACE = re.compile(r"\s+")


def read(tree, url: str | None) -> ArticleMeta:
    """What the page's head and JSON-LD say; the body is not read here."""
    tags = _meta_tags(tree)
    found = {field: next((tags[k] for k in keys if tags.get(k)), None) for field, keys in _META_KEYS.items()}
    _merge_jsonld(found, tree)
    canonical = _canonical(tree) or tags.get("og:url")
    title = found["title"] or _first_text(tree, "//h1") or _first_text(tree, "//title")
    byline = found["byline"] if found["byline"] and not found["byline"].startswith("http") else None
    return ArticleMeta(
        title=title, standfirst=found["standfirst"], byline=byline,
        outlet=found["outlet"] or outlets.from_url(url or canonical), url=url or canonical,
        published=_date(found["published"]), updated=_date(found["updated"]),
        language=_lang(tree), input_format="html")


def complete(meta: ArticleMeta, blocks: list[Block]) -> ArticleMeta:
    """Fill what the head did not say from the extracted body (the language, when no ``lang``)."""
    if meta.language:
        return meta
    return replace(meta, language=language.identify(" ".join(block.text for block in blocks)))


def merge(meta: ArticleMeta, fallback: ArticleMeta) -> ArticleMeta:
    """The head's declarations, completed by what the text-dump reading found."""
    values = {k: v if v not in (None, "") else getattr(fallback, k) for k, v in meta.__dict__.items()}
    values["language"] = fallback.language or meta.language
    return ArticleMeta(**values)


def _meta_tags(tree) -> dict[str, str]:
    tags: dict[str, str] = {}
    for element in tree.iterfind(".//meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().casefold()
        value = _SPACE.sub(" ", element.get("content") or "").strip()
        if key and value and key not in tags:
            tags[key] = value
    return tags


def _merge_jsonld(found: dict, tree) -> None:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        text = script.text or ""
        if len(text) > MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(text)
        except ValueError:
            continue
        for item in _items(data):
            _take_jsonld(found, item)


def _items(data) -> list[dict]:
    if isinstance(data, list):
        return [i for d in data for i in _items(d)]
    if isinstance(data, dict):
        return [data, *_items(data.get("@graph", []))]
    return []


def _take_jsonld(found: dict, item: dict) -> None:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    if not any(isinstance(k, str) and k.endswith(("Article", "Posting", "Report")) for k in kinds):
        return
    found["published"] = found["published"] or _string(item.get("datePublished"))
    found["updated"] = found["updated"] or _string(item.get("dateModified"))
    found["title"] = found["title"] or _string(item.get("headline"))
    found["byline"] = found["byline"] or _names(item.get("author"))
    found["outlet"] = found["outlet"] or _names(item.get("publisher"))


def _string(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _names(value) -> str | None:
    people = value if isinstance(value, list) else [value]
    names = [p.get("name") if isinstance(p, dict) else p for p in people]
    names = [n.strip() for n in names if isinstance(n, str) and n.strip()]
    return ", ".join(names) or None


def _canonical(tree) -> str | None:
    for link in tree.iterfind(".//link"):
        if "canonical" in (link.get("rel") or "").casefold().split() and (link.get("href") or "").startswith("http"):
            return link.get("href").strip()
    return None


def _first_text(tree, xpath: str) -> str | None:
    for element in tree.xpath(xpath)[:1]:
        text = _SPACE.sub(" ", element.text_content()).strip()
        return text or None
    return None


def _date(value: str | None) -> str | None:
    return dates.parse(value) if value else None


def _lang(tree) -> str | None:
    value = (tree.get("lang") or "").strip().casefold()
    return value.split("-")[0][:2] or None if value else None
