"""Paths an editor writes in YAML (a source's report) must stay inside the briefing's folder.

The schema's pattern keeps them to ``reports/<file>``; these functions say precisely what is wrong
with a path that breaks it, and catch what a pattern cannot see: a symbolic link leading out.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..structure.archive import REPORTS_DIR

_ABSOLUTE = re.compile(r"^([A-Za-z]:)?[\\/]|^~")
_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def explain_report_path(value: str) -> str:
    """Why ``value`` is not a usable report path, in the editor's terms."""
    shown = repr(value)
    if _ABSOLUTE.match(value):
        return f"{shown} is an absolute path; write the file's place inside this briefing's folder, like reports/cnn.txt"
    if ".." in re.split(r"[\\/]", value):
        return f"{shown} leaves this briefing's folder ('..'); copy the report into its reports/ folder"
    if "\\" in value:
        return f"{shown} uses backslashes; separate folders with /, like reports/cnn.txt"
    parts = value.split("/")
    if parts[0] != REPORTS_DIR:
        return f"{shown} is not in the reports/ folder; reports are written reports/<file name>"
    if len(parts) > 2:
        return f"{shown} is in a subfolder; put the report directly in reports/"
    return (f"{shown} is not a plain file name; use letters, digits, dots, hyphens and underscores, "
            "like reports/cnn.txt")


def escapes(folder: Path, relative: str) -> bool:
    """Whether ``folder/relative``, with every symbolic link followed, ends up outside ``folder``."""
    parts = relative.split("/")
    if ".." not in parts and not _through_a_link(folder, parts):
        return False  # nothing below the folder leads out of it: no need to resolve every path
    target = (folder / relative).resolve()
    return not target.is_relative_to(folder.resolve())


def _through_a_link(folder: Path, parts: list[str]) -> bool:
    path = str(folder)
    for part in parts:
        path = os.path.join(path, part)
        if os.path.islink(path):
            return True
    return False


def is_plain_file_name(name: str) -> bool:
    return _FILE_NAME.fullmatch(name) is not None
