"""The ``briefings`` MkDocs plugin: under ``mkdocs serve``, regenerate docs/ before every rebuild;
in every build, take the indentation out of each page (:mod:`generator.htmlmin`).

``briefings serve`` (``mkdocs serve --dirty``) watches briefings/ and templates/; when an editor
saves a file the server rebuilds, and this plugin first regenerates the pages from the changed
inputs (:class:`generator.preview.Preview`: only what changed is rendered and written, so mkdocs
rebuilds only those pages). Under ``mkdocs build`` it does nothing: ``briefings build`` generates
first.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from .errors import BriefingsError
from .htmlmin import minify

log = logging.getLogger("mkdocs.plugins.briefings")


class BriefingsPlugin(BasePlugin):
    def __init__(self):
        self.command = None
        self.preview = None

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

    def on_post_page(self, output: str, *, page, config) -> str:
        return minify(output)
