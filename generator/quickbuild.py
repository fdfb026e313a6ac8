"""The preview server's rebuild: mkdocs renders only the pages the preview regenerated.

``mkdocs serve --dirty`` still walks every file, builds the navigation, the sitemap and checks
every page's links on each save: seconds per thousand briefings. After the first full build, the
preview knows exactly which docs files it wrote or deleted, so this builder hands only those to
MkDocs' own page functions, with the configuration, files, navigation and theme environment of the
last full build. A page added or deleted also gets the sitemap written again.

Anything else goes to MkDocs' own builder: the site itself changed (templates, mkdocs.yml, the
outlet registry), a page the navigation names appeared or disappeared, a new file is excluded or a
draft, the last full build failed, or the quick rebuild raised. Publishing never goes this way:
``briefings build`` runs the full, strict build.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Callable

from mkdocs.commands.build import _build_page, _build_theme_template, _populate_page
from mkdocs.structure.files import File, Files, InclusionLevel, set_exclusions
from mkdocs.structure.pages import Page
from mkdocs.utils import clean_directory, is_markdown_file

from .errors import BriefingsError
from .partsbuild import supported  # the same condition: every plugin works page by page
from .preview import Preview

log = logging.getLogger("mkdocs.plugins.briefings")


class FullBuildNeeded(Exception):
    """The change is one the quick rebuild does not handle; MkDocs' builder is used instead."""


class QuickBuilder:
    """Called by the live-reload server after each change, in place of MkDocs' builder.

    ``state`` is filled by the plugin during every full build: its ``config``, ``files``, ``nav`` and
    ``env``. ``full`` is MkDocs' own builder.
    """

    def __init__(self, preview: Preview, state: dict, full: Callable[[], None]):
        self.preview, self.state, self.full = preview, state, full
        self.stale = False  # the last full build failed: the next change needs one too

    def __call__(self) -> None:
        before, started = self.preview.site_key, time.perf_counter()
        try:
            self.preview.update()
        except BriefingsError as error:
            log.error("%s", error)  # the editor fixes the file; the next save rebuilds
            return
        changed, removed = self.preview.take_changes()
        if self.stale or self.preview.site_key != before:
            self._full()
        elif not supported(self.state["config"]):  # mkdocs.yml now names another plugin
            self.full()
        elif self._quick(changed, removed):
            log.info("rebuilt %d pages (%d removed) in %.2f s", len(changed), len(removed),
                     time.perf_counter() - started)

    def _quick(self, changed: list[str], removed: list[str]) -> bool:
        """Rebuild just these files, or everything if that fails; whether the quick way worked."""
        try:
            self._render(*self._update_files(changed, removed))
            return True
        except FullBuildNeeded as reason:
            log.info("rebuilding everything: %s", reason)
        except Exception:  # a preview must not get stuck: MkDocs' own builder redoes it all
            log.exception("quick rebuild failed; rebuilding everything")
        self._full()
        return False

    def _full(self) -> None:
        """MkDocs' builder on an empty site directory: under ``--dirty`` it would rebuild only the
        pages whose docs files changed, not those a theme template or the navigation changes."""
        self.stale = True
        clean_directory(self.state["config"].site_dir)
        self.full()
        self.stale = False

    def _update_files(self, changed: list[str], removed: list[str]) -> tuple[list[File], bool]:
        """Add the new files to the last build's, take the deleted ones out (and their output);
        returns the files to build again, and whether the list of files changed."""
        files = self.state["files"]
        added = [path for path in changed if files.get_file_from_path(path) is None]
        self._check_navigation(added, removed)
        new = [self._new_file(path) for path in added]
        for path in removed:
            self._remove(files.get_file_from_path(path))
        for file in new:
            files.append(file)
        return [files.get_file_from_path(path) for path in changed], bool(added or removed)

    def _render(self, built: list[File], files_changed: bool) -> None:
        """MkDocs' own steps for these files: read every page, then write each; the sitemap too
        when pages were added or deleted."""
        config, files, nav, env = (self.state[key] for key in ("config", "files", "nav", "env"))
        pages = [file.page for file in built if file.is_documentation_page()]
        if None in pages:
            raise FullBuildNeeded("a page the last full build left out was written")
        for page in pages:  # every page read before any is written: links between them resolve
            _populate_page(page, config, files)
        for file in built:
            if not file.is_documentation_page():
                file.copy_file()
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        for page in pages:
            _build_page(page, config, doc_files, nav, env, excluded=page.file.inclusion.is_excluded())
        if files_changed:
            for template in config.theme.static_templates:
                _build_theme_template(template, env, files, config, nav)

    def _check_navigation(self, added: list[str], removed: list[str]) -> None:
        config = self.state["config"]
        pages = [path for path in (*added, *removed) if is_markdown_file(path)]
        if pages and config.nav is None:
            raise FullBuildNeeded("pages were added or deleted and the navigation lists every page")
        named = set(_nav_paths(config.nav))
        if named.intersection(pages):
            raise FullBuildNeeded(f"a page in the navigation appeared or disappeared: {sorted(named.intersection(pages))}")

    def _new_file(self, path: str) -> File:
        config = self.state["config"]
        file = File(path, config.docs_dir, config.site_dir, config.use_directory_urls)
        set_exclusions([file], config)
        if file.inclusion != InclusionLevel.INCLUDED:
            raise FullBuildNeeded(f"new file {path} is {file.inclusion.name.lower()}")
        if file.is_documentation_page():
            Page(None, file, config)
        return file

    def _remove(self, file: File | None) -> None:
        if file is None:  # written and deleted between two builds
            return
        Path(file.abs_dest_path).unlink(missing_ok=True)
        self.state["files"].remove(file)


def _nav_paths(items) -> list[str]:
    """The docs paths named in a ``nav`` configuration (nested lists and one-key mappings)."""
    if isinstance(items, str):
        return [items]
    if isinstance(items, dict):
        return [path for value in items.values() for path in _nav_paths(value)]
    if isinstance(items, list):
        return [path for item in items for path in _nav_paths(item)]
    return []
