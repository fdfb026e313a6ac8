"""Listing pages kept from one preview update to the next while what they show is the same.

The preview server renders every listing page (home, archive, tags, outlets) after each save;
most of them list none of the edited briefing. A briefing's card and listing record are new
objects only when it was rendered again (frozen dataclasses otherwise reused as they are), so a
page's inputs are compared by the identity of those records and by the value of everything else.
"""

from __future__ import annotations

import dataclasses

from . import Page, Renderer
from .context import BriefingCard, Listed


def signature(value) -> object:
    """What a template context shows, comparable between updates; records by identity."""
    if isinstance(value, (BriefingCard, Listed)):
        return ("record", id(value))
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    if isinstance(value, (list, tuple)):
        return tuple(signature(item) for item in value)
    if isinstance(value, dict):
        return tuple((signature(key), signature(item)) for key, item in value.items())
    if dataclasses.is_dataclass(value):
        return (type(value).__name__, *(signature(getattr(value, f.name)) for f in dataclasses.fields(value)))
    return ("object", id(value))  # functions, modules: the same object between updates


class RememberingRenderer(Renderer):
    """A :class:`Renderer` that returns the page it rendered last time when nothing it shows changed.

    It keeps the records it was given alive (so their identities stay unique), and is replaced
    whenever templates, outlets or the site configuration change."""

    def __init__(self, templates):
        super().__init__(templates)
        self._pages: dict[str, tuple[object, Page, object]] = {}
        self.reused = 0

    def page(self, template: str, path: str, *, meta: dict, source: str, **context) -> Page:
        key = signature((template, meta, source, context))
        known = self._pages.get(path)
        if known is not None and known[0] == key:
            self.reused += 1
            return known[1]
        page = super().page(template, path, meta=meta, source=source, **context)
        self._pages[path] = (key, page, context)
        return page
