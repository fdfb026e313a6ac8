"""The Atom feed of the latest briefings, dated from the editors' YAML, never from the build."""

from __future__ import annotations

import datetime as dt
import html
import xml.etree.ElementTree as ET

from ..structure.briefing import Briefing
from . import Page
from .escape import clean_text

FEED_PATH = "feed.xml"
ATOM = "http://www.w3.org/2005/Atom"
# Enough for a reader who checks weekly at 5 briefings a day; older ones are in the archive.
FEED_ENTRIES = 50


def feed_page(briefings: list[Briefing], site_url: str, site_name: str, description: str) -> Page:
    """``feed.xml``: newest briefing first; ``briefings`` must be sorted newest first."""
    latest = briefings[:FEED_ENTRIES]
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": "en"})
    _text(feed, "title", site_name)
    _text(feed, "subtitle", description)
    _text(feed, "id", site_url)
    ET.SubElement(feed, "link", {"rel": "self", "type": "application/atom+xml", "href": site_url + FEED_PATH})
    ET.SubElement(feed, "link", {"rel": "alternate", "type": "text/html", "href": site_url})
    _text(feed, "updated", _timestamp(max((updated(b) for b in latest), default=dt.date(1970, 1, 1))))
    _text(ET.SubElement(feed, "author"), "name", site_name)
    for briefing in latest:
        feed.append(_entry(briefing, site_url))
    ET.indent(feed)
    return Page(FEED_PATH, '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n")


def updated(briefing: Briefing) -> dt.date:
    """The day a briefing last changed for readers: its date or its latest correction."""
    return max([briefing.date, *(correction.date for correction in briefing.corrections)])


def _entry(briefing: Briefing, site_url: str) -> ET.Element:
    url = site_url + briefing.url_path
    entry = ET.Element("entry")
    _text(entry, "title", briefing.title)
    _text(entry, "id", url)
    ET.SubElement(entry, "link", {"rel": "alternate", "type": "text/html", "href": url})
    _text(entry, "published", _timestamp(briefing.date))
    _text(entry, "updated", _timestamp(updated(briefing)))
    for tag in briefing.tags:
        ET.SubElement(entry, "category", {"term": clean_text(tag)})
    _text(entry, "content", _content_html(briefing), type="html")
    return entry


def _content_html(briefing: Briefing) -> str:
    """The summary and key points as HTML (escaped once here, once more by the XML writer)."""
    paragraphs = [f"<p>{html.escape(clean_text(p), quote=False)}</p>" for p in briefing.summary.split("\n\n") if p.strip()]
    points = "".join(f"<li>{html.escape(clean_text(point), quote=False)}</li>" for point in briefing.key_points)
    return "".join(paragraphs) + (f"<ul>{points}</ul>" if points else "")


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = clean_text(text)
    return element


def _timestamp(day: dt.date) -> str:
    return f"{day:%Y-%m-%d}T00:00:00Z"
