"""The ``briefings`` MkDocs plugin: under ``mkdocs serve``, regenerate docs/ before every rebuild;
in every build, minify each page (minify-html: the same document in about a tenth fewer bytes).

``briefings serve`` (``mkdocs serve --dirty``) watches briefings/ and templates/; when an editor
saves a file the server rebuilds, and this plugin first regenerates the pages from the changed
inputs (:class:`generator.preview.Preview`: only what changed is rendered and written). After the
first build, the server's rebuild is :class:`generator.quickbuild.QuickBuilder`: it renders just the
pages the preview wrote, with the last full build's files and navigation, instead of walking and
rebuilding the whole site. Under ``mkdocs build`` it does nothing: ``briefings build`` generates
first.
"""

from __future__ import annotations

import logging
from pathlib import Path

import minify_html
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from .errors import BriefingsError

log = logging.getLogger("mkdocs.plugins.briefings")


class BriefingsPlugin(BasePlugin):
    def __init__(self):
        self.command = None
        self.preview = None
        # The last full build's configuration, files, navigation and theme environment, for the
        # quick rebuilds (:mod:`generator.quickbuild`).
        self.state: dict = {}

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
        """After an edit, rebuild only the pages the preview wrote (see :mod:`generator.quickbuild`)."""
        try:
            from .quickbuild import QuickBuilder, supported
        except ImportError as error:  # a later MkDocs 1.x without the page functions it calls
            log.warning("quick rebuilds unavailable (%s): every change goes through MkDocs' builder", error)
            return server
        if self.preview is not None and supported(config):
            server.builder = QuickBuilder(self.preview, self.state, builder)
        return server

    def on_post_page(self, output: str, *, page, config) -> str:
        return minify_html.minify(output)
