"""The ``briefing.yml`` that ``briefings new`` writes: valid, commented, and a draft until edited."""

from __future__ import annotations

import datetime as dt
import json

# From briefings/<year>/<folder>/briefing.yml up to the archive root, where the schema lives.
SCHEMA_MODELINE = "# yaml-language-server: $schema=../../../generator/loading/schemas/briefing.schema.json"
# The summary a new briefing starts with; `briefings check` refuses to publish it unchanged.
PLACEHOLDER_SUMMARY = "What happened, and how the outlets' accounts differ. (Replace this text.)"

_SKELETON = """{modeline}
# A new briefing, created by `briefings new`. Every field is explained in the README ("Editing a
# briefing"); YAML-aware editors (VS Code with the YAML extension) complete and check it as you type.
#
# 1. Add each report (a saved file or a URL) with:
#      briefings add-source {path} \\
#        FILE-OR-URL --outlet KEY
# 2. Write the summary, tags and key points; run: briefings check
# 3. Delete the line `draft: true` to publish. Until then the briefing is checked but not published.
date: {date}
slug: {slug}
title: {title}
draft: true
# A few short paragraphs; keep the text indented under `summary: |`, a blank line between paragraphs.
summary: |
  {summary}
# Topics, people and places, spelled the same way in every briefing, e.g. [Afghanistan, Taliban].
tags: []
# The main findings, one sentence each, e.g.
#   - The Taliban said they had taken Panjshir; the resistance denied it.
key_points: []
# The reports compared. `briefings add-source` adds one at a time.
sources: []
# Statements to check against every source, e.g.
#   - id: nrf-denies
#     text: The National Resistance Front denied that Panjshir had fallen.
claims: []
"""


def skeleton(date: dt.date, slug: str, title: str, path: str) -> str:
    """The text of a new briefing file; ``title`` is written double-quoted, so any text is safe."""
    return _SKELETON.format(modeline=SCHEMA_MODELINE, path=path, date=f"{date:%Y-%m-%d}", slug=slug,
                            title=json.dumps(title, ensure_ascii=False), summary=PLACEHOLDER_SUMMARY)
