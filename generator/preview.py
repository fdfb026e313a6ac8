"""Regenerate docs/ in place for ``briefings serve``: only what changed is read, rendered and written.

A full ``briefings generate`` renders every briefing and swaps a new docs/ in, which gives every
page a new modification time, so mkdocs rebuilds them all. The preview server instead keeps, from
one save to the next:

* what it read of each file (:class:`~generator.loading.memo.FileMemo`), so unchanged briefings and
  articles are not parsed and validated again;
* each briefing's pages' digests and listing record, keyed by the signature of its files and of
  the site's own (templates, outlets, mkdocs.yml), so only an edited briefing is compared and
  rendered again (comparisons also come from the on-disk cache);
* the digest of every file it wrote, so only files whose bytes changed are written (each one
  atomically, by :func:`generator.writer.write_file`) and ``mkdocs serve --dirty`` rebuilds only
  their pages. Listing pages are rendered each time; the ones an edit does not touch keep their bytes;
* which docs files it wrote or deleted since the server last took them (:meth:`Preview.take_changes`),
  so the server can rebuild just those pages (:mod:`generator.quickbuild`).

docs/ is a preview here: files change one by one, each whole. Publishing still goes through
``briefings build``, which swaps the whole tree atomically.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

from . import writer
from .batch import Stages, render_briefings
from .cache import ComparisonCache
from .loading.archive import load_archive
from .loading.memo import FileMemo, signature
from .pipeline import DOCS_DIR, TEMPLATES_DIR, Generated, record_permalinks
from .render import Page, Renderer
from .render.context import Listed
from .render.memo import RememberingRenderer
from .render.site import listing_pages, unique_paths
from .siteconfig import CONFIG_FILE, load_site_config
from .structure.archive import BRIEFINGS_DIR, OUTLETS_FILE, Archive, article_path
from .structure.briefing import Briefing


@dataclass(frozen=True)
class _Rendered:
    """What the preview remembers of a briefing's last rendering."""

    key: tuple
    listed: Listed
    paths: tuple[str, ...]


class Preview:
    def __init__(self, root: Path):
        self.root = root
        self.memo = FileMemo()
        self.rendered: dict[str, _Rendered] = {}
        self.written: dict[str, str] = {}
        self.scanned = False
        self.renderers: tuple[tuple, Renderer, RememberingRenderer] | None = None
        # Docs files (relative paths) written and deleted since the server last took them: kept
        # across updates, so a failed rebuild's files are rebuilt by the next one.
        self.changed: set[str] = set()
        self.removed: set[str] = set()
        # The state of the site's own files (templates, outlets, mkdocs.yml) at the last update.
        self.site_key: tuple | None = None

    def update(self) -> Generated:
        """Bring docs/ up to date with briefings/ and templates/; returns what it did."""
        started = time.perf_counter()
        self.memo.fresh()
        archive = load_archive(self.root, memo=self.memo)
        site_key = signature(self._site_files())
        stages = Stages()
        pages, fresh = self._render_changed(archive, site_key, stages)
        current = {briefing.key: fresh.get(briefing.key) or self.rendered[briefing.key] for briefing in archive.briefings}
        templates = self.root / TEMPLATES_DIR
        listed = [current[briefing.key].listed for briefing in archive.briefings]
        pages += listing_pages(self._renderers(site_key)[1], listed, archive, templates, load_site_config(self.root))
        kept = {path for known in current.values() for path in known.paths}
        written = self._write(list(unique_paths(pages)), kept)
        self.rendered, self.site_key = current, site_key  # only now: a failure leaves the preview as it was
        record_permalinks(archive)
        seconds = {"load": 0.0, **stages.seconds, "total": time.perf_counter() - started}
        return Generated(len(archive.briefings), written, self.root / DOCS_DIR, seconds, stages.cached)

    def take_changes(self) -> tuple[list[str], list[str]]:
        """The docs files written and those deleted since the last call (sorted), then forget them."""
        changed, removed = sorted(self.changed), sorted(self.removed)
        self.changed, self.removed = set(), set()
        return changed, removed

    def _renderers(self, site_key: tuple) -> tuple[Renderer, RememberingRenderer]:
        """The briefing pages' renderer and the listing pages' (templates compiled once), both new
        whenever templates, outlets or mkdocs.yml changed."""
        if self.renderers is None or self.renderers[0] != site_key:
            templates = self.root / TEMPLATES_DIR
            self.renderers = (site_key, Renderer(templates), RememberingRenderer(templates))
        return self.renderers[1], self.renderers[2]

    def _site_files(self) -> list[Path]:
        templates = sorted(p for p in (self.root / TEMPLATES_DIR).rglob("*") if p.is_file())
        return [self.root / CONFIG_FILE, self.root / BRIEFINGS_DIR / OUTLETS_FILE, *templates]

    def _render_changed(self, archive: Archive, site_key: tuple, stages: Stages) -> tuple[list[Page], dict]:
        """Compare and render the briefings whose files (or the site's) changed: their pages, and
        what to remember of each."""
        keys = {b.key: (site_key, self.memo.signature(self.memo.derived(b, _files))) for b in archive.briefings}
        changed = [i for i, b in enumerate(archive.briefings)
                   if (known := self.rendered.get(b.key)) is None or known.key != keys[b.key]]
        pages: list[Page] = []
        fresh: dict[str, _Rendered] = {}
        results = render_briefings(archive, self.root / TEMPLATES_DIR, ComparisonCache(self.root), stages, only=changed,
                                   renderer=self._renderers(site_key)[0])
        for index, rendered in zip(changed, results):
            briefing = archive.briefings[index]
            fresh[briefing.key] = _Rendered(keys[briefing.key], rendered.listed, tuple(p.path for p in rendered.pages))
            pages += rendered.pages
        return pages, fresh

    def _write(self, pages: list[Page], kept: set[str]) -> int:
        """Write the pages whose bytes changed; delete generated files no longer produced."""
        docs = self.root / DOCS_DIR
        produced = {page.path for page in pages} | kept | {writer.GENERATED_MARKER}
        writer.write_file(docs / writer.GENERATED_MARKER, writer.MARKER_TEXT)
        count = sum(self._write_page(docs, page) for page in pages)
        if not self.scanned:  # the first time, also what an earlier run left behind
            for stale in _stale(docs, produced):
                stale.unlink()
            self.scanned = True
        for path in sorted(set(self.written) - produced):
            (docs / path).unlink(missing_ok=True)
            del self.written[path]
            self.removed.add(path)
            self.changed.discard(path)
        return count

    def _write_page(self, docs: Path, page: Page) -> bool:
        data = page.text.encode("utf-8") if isinstance(page.text, str) else page.text
        digest = hashlib.sha256(data).hexdigest()
        if self.written.get(page.path) == digest:
            return False
        written = writer.write_file(docs / page.path, data)
        self.written[page.path] = digest  # only once on disk: a failed write is tried again
        if written:
            self.changed.add(page.path)
            self.removed.discard(page.path)
        return written


def _files(briefing: Briefing) -> list[Path]:
    """What a briefing's pages are made from: its file, its articles and reports."""
    folder = briefing.folder
    return [briefing.path, *(article_path(folder, s.id) for s in briefing.sources),
            *(folder / s.report for s in briefing.sources)]


def _stale(docs: Path, produced: set[str]) -> list[Path]:
    """Files in docs/ that this generation does not produce (left by an earlier one)."""
    found = []
    for folder, _, names in os.walk(docs):
        for name in names:
            path = Path(folder) / name
            if path.relative_to(docs).as_posix() not in produced:
                found.append(path)
    return found
