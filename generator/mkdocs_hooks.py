"""MkDocs hook for ``briefings serve``: regenerate docs/ before each rebuild the watcher triggers."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from generator.errors import BriefingsError
from generator.pipeline import generate

REGENERATE_ENV = "BRIEFINGS_REGENERATE"
_state = {"builds": 0}
log = logging.getLogger("mkdocs.hooks.briefings")


def on_pre_build(config, **kwargs) -> None:
    if os.environ.get(REGENERATE_ENV) != "1":
        return
    _state["builds"] += 1
    if _state["builds"] == 1:
        return  # `briefings serve` generated the pages just before starting
    try:
        generate(Path(config.config_file_path).parent)
    except BriefingsError as error:
        log.error("%s", error)
