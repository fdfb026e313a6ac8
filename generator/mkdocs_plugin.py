"""The ``briefings`` MkDocs plugin: under ``mkdocs serve``, regenerate docs/ before every rebuild;
in every build, minify each page (minify-html: the same document in about a tenth fewer bytes) and
hold each page's HTML compressed between reading and writing it.

MkDocs reads (renders) every page before it writes any, so a plain build holds the whole archive's
HTML and Markdown in memory at once: gigabytes at 20,000 briefings. Once a page is rendered, its
Markdown is no longer needed; its HTML is kept zlib-compressed (about a fifth of the size) until
the page is written, and dropped after.

``briefings serve`` (``mkdocs serve --dirty``) watches briefings/ and templates/ (through file
events: :mod:`generator.watching`); when an editor saves a file the server rebuilds, and this
plugin first regenerates the pages from the changed inputs (:class:`generator.preview.Preview`:
only what changed is rendered and written). After the first build, the server's rebuild is
:class:`generator.quickbuild.QuickBuilder`: it renders just the pages the preview wrote, with the
last full build's files and navigation, instead of walking and rebuilding the whole site. Under
``mkdocs build`` it does nothing: ``briefings build`` generates first.
"""

from __future__ import annotations

import logging
import zlib
from pathlib import Path

import minify_html
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from .errors import BriefingsError
from .watching import EventObserver

log = logging.getLogger("mkdocs.plugins.briefings")

# Fast: the held HTML is compressed once and read once; level 1 already takes it to about a fifth.
HOLD_LEVEL = 1


class BriefingsPlugin(BasePlugin):
    def __init__(self):
        self.command = None
        self.preview = None
        # The last full build's configuration, files, navigation and theme environment, for the
        # quick rebuilds (:mod:`generator.quickbuild`).
        self.state: dict = {}
        # Each rendered page's HTML, compressed, from reading the page until writing it.
        self.held: dict[str, bytes] = {}

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    def on_pre_build(self, config) -> None:
        if self.command != "serve":
            return
        from .preview import Preview

        root = Path(config.config_file_path).parent
        if self.preview is None or self.preview.root != root:
            self.preview = Preview(root)
        try:
            result = self.preview.update()
        except BriefingsError as error:
            raise PluginError(str(error)) from None
        log.info("regenerated %d files for %d briefings in %.2f s", result.pages, result.briefings,
                 result.seconds["total"])

    def on_files(self, files, *, config):
        self.state.update(config=config, files=files)
        return files

    def on_nav(self, nav, *, config, files):
        self.state["nav"] = nav
        return nav

    def on_env(self, env, *, config, files):
        self.state["env"] = env
        return env

    def on_post_build(self, *, config) -> None:
        if self.preview is not None:
            self.preview.take_changes()  # this build read every changed file

    def on_serve(self, server, *, config, builder):
        """After an edit, rebuild only the pages the preview wrote (see :mod:`generator.quickbuild`).

        docs/ is not watched: the preview writes it, from the briefings/ and templates/ the server
        does watch, and every write would otherwise set off a second rebuild that finds nothing to
        do, after the server had polled thousands of generated files to notice them. The rest is
        watched through file events, not by polling (see :mod:`generator.watching`)."""
        server.unwatch(config.docs_dir)
        _watch_by_events(server, config)
        try:
            from .quickbuild import QuickBuilder, supported
        except ImportError as error:  # a later MkDocs 1.x without the page functions it calls
            log.warning("quick rebuilds unavailable (%s): every change goes through MkDocs' builder", error)
            return server
        if self.preview is not None and supported(config):
            server.builder = QuickBuilder(self.preview, self.state, builder)
        return server

    @event_priority(-100)  # after every other plugin has changed the content
    def on_page_content(self, html: str, *, page, config, files) -> str:
        page.markdown = None  # rendered: only the HTML is used from here on
        self.held[page.file.src_uri] = zlib.compress(html.encode("utf-8"), HOLD_LEVEL)
        return ""

    @event_priority(100)  # before any other plugin looks at the content
    def on_page_context(self, context, *, page, config, nav):
        held = self.held.pop(page.file.src_uri, None)
        if held is not None:
            page.content = zlib.decompress(held).decode("utf-8")
        return context

    def on_post_page(self, output: str, *, page, config) -> str:
        page.content = None  # written next: nothing reads it again
        return minify_html.minify(output)


def _watch_by_events(server, config) -> None:
    """Give the server an observer of file events; what it already watches is watched again.
    Called before the server starts watching (MkDocs then adds the ``--watch`` folders)."""
    config_file = config.config_file_path
    if config_file:
        server.unwatch(config_file)
    server.observer = EventObserver()
    if config_file:
        server.watch(config_file)
