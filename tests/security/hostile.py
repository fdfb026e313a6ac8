"""An archive whose every editor field and every report carries one hostile payload per briefing."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
from pathlib import Path

import yaml

from tests.conftest import REPO, link_node_modules

from .payloads import PAYLOADS

FIRST_DAY = dt.date(2020, 1, 1)

TEXT_REPORT = """Hostile report {n}

By {payload}

{payload} The council said on Monday that the new bridge would open to traffic next spring after years of delays and rising costs.

"{payload} We will finish the work on time and within the budget we agreed," said {payload} Jones, the city's mayor, at a press conference.

The project cost 45 million dollars, officials said, more than twice the first estimate of 20 million dollars made in 2019.

Residents welcomed the news but said the delays had hurt local shops along the river for more than three years.
"""

HTML_REPORT = """<!doctype html>
<html lang="en"><head><title>{payload}</title>
<meta name="description" content="{attr}">
<meta property="og:title" content="{attr}">
<link rel="canonical" href="javascript:alert('PWN{n}')">
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="javascript:alert('PWN{n}')">Sport</a></nav>
<article>
<h1>{payload}</h1>
<p class="byline">By {payload}</p>
<p>{payload} The council said on Monday that the new bridge would open to traffic next spring after years of delays and rising costs.</p>
<p>"{payload} We will finish the work on time and within the budget we agreed," said {payload} Jones, the city's mayor, at a press conference.</p>
<p>The project cost 45 million dollars, officials said, more than twice the first estimate of 20 million dollars made in 2019, <a href="javascript:alert('PWN{n}')">according to documents</a>.</p>
<p>Residents welcomed the news but said the delays had hurt local shops along the river for more than three years.</p>
</article>
<footer>© 2021 Example News. All rights reserved.</footer>
</body></html>
"""


def url_with(payload: str) -> str:
    """A valid web address that still carries the payload's characters."""
    return "https://example.org/report?q=" + re.sub(r"\s+", "%20", payload)


def build_archive(root: Path) -> Path:
    root.mkdir(parents=True)
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "templates", root / "templates")
    link_node_modules(root)
    outlets = {}
    for index, payload in enumerate(PAYLOADS):
        outlets[f"hostile-{index + 1}"] = {"name": _fit(f"Outlet {index + 1} {payload}", 120, index), "kind": "digital",
                                           "homepage": url_with(payload), "note": payload}
        _write_briefing(root, index, payload)
    _dump(root / "briefings/outlets.yml", outlets)
    return root


def _write_briefing(root: Path, index: int, payload: str) -> None:
    n = index + 1
    day = FIRST_DAY + dt.timedelta(days=index)
    folder = root / f"briefings/{day.year}/{day.isoformat()}-hostile-{n}"
    (folder / "reports").mkdir(parents=True)
    (folder / "reports/text.txt").write_text(TEXT_REPORT.format(n=n, payload=payload.replace("\x00", "")), "utf-8")
    (folder / "reports/page.html").write_text(
        HTML_REPORT.format(n=n, payload=payload, attr=html.escape(payload)), "utf-8")
    source = {"outlet": f"hostile-{n}", "note": payload, "title": payload, "byline": payload, "url": url_with(payload)}
    _dump(folder / "briefing.yml", {
        "date": day.isoformat(),
        "title": f"Hostile {n}: {payload}",
        "summary": f"{payload}\n\nSecond paragraph {payload}",
        "tags": [_fit(payload, 60, index), f"hostile tag {n}"],
        "key_points": [payload],
        "sources": [{"id": "text", "report": "reports/text.txt", **source},
                    {"id": "page", "report": "reports/page.html", **source}],
        "claims": [{"id": "claim", "text": f"The bridge will open {payload}", "verdicts": {"text": "asserts"}}],
        "corrections": [{"date": day.isoformat(), "text": payload}],
        "aliases": {f"{payload} Jones": [f"Mayor {payload}"]},
    })


def _fit(text: str, limit: int, index: int) -> str:
    """Shorten to the schema's limit, keeping the payload's marker."""
    return text if len(text) <= limit else text[: limit - 8] + f" PWN{index + 1}"


def _dump(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), "utf-8")
