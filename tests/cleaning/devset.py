"""The development set beside the project (``../shared/cleaning-dev/readability``): its pages, the
text of each page's expected extraction, and whole-page text dumps of each page.

A person gets a text dump in one of two ways, so both are made: a browser's rendered text
(headless Chromium's ``document.body.innerText``, when Chromium is installed) and an HTML-to-text
converter (inscriptis). Dumps are cached in the git-ignored ``.cache/cleaning-dev/`` under a
digest of the page, so an edited page is dumped again::

    python tests/cleaning/devset.py        # make every missing dump now
"""

from __future__ import annotations

import hashlib
import sys
from functools import lru_cache
from pathlib import Path

from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT / ".." / "shared" / "cleaning-dev" / "readability"
CACHE = ROOT / ".cache" / "cleaning-dev"
DUMP_KINDS = ("innertext", "converter")
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
# A page that has not rendered in this long is skipped rather than holding up the whole set.
RENDER_TIMEOUT_MS = 15_000
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote")


def available() -> bool:
    return DEV_SET.is_dir()


def pages() -> list[Path]:
    return sorted(p for p in DEV_SET.iterdir() if (p / "source.html").is_file() and (p / "expected.html").is_file())


def source(page: Path) -> str:
    return (page / "source.html").read_text(encoding="utf-8", errors="replace")


@lru_cache(maxsize=None)
def expected_text(page: Path) -> str:
    tree = lxml_html.fromstring((page / "expected.html").read_text(encoding="utf-8", errors="replace"))
    for element in tree.iter():
        if element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return tree.text_content()


def can_make(kind: str) -> bool:
    return kind == "converter" or CHROMIUM.exists()


def dump(page: Path, kind: str) -> str | None:
    """The page's dump of ``kind``: cached, else made now (a converter dump) or ``None``."""
    path = _cached(page, kind)
    if not path.is_file() and kind == "converter":
        _write(path, converter_text(source(page)))
    return path.read_text(encoding="utf-8") if path.is_file() else None


def make_dumps() -> None:
    """Make every missing dump: converter dumps in-process, browser dumps in one Chromium session."""
    for page in pages():
        dump(page, "converter")
    missing = [page for page in pages() if not _cached(page, "innertext").is_file()]
    if missing and CHROMIUM.exists():
        _browser_dumps(missing)


def converter_text(html: str) -> str:
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    return get_text(html, ParserConfig(css=CSS_PROFILES["strict"]))


def _browser_dumps(missing: list[Path]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(java_script_enabled=False)
        context.route("**/*", lambda route: route.abort() if route.request.url.startswith("http")
                      else route.continue_())
        for page in missing:
            tab = context.new_page()
            try:
                tab.set_content(source(page), timeout=RENDER_TIMEOUT_MS, wait_until="domcontentloaded")
                text = tab.evaluate("document.body ? document.body.innerText : ''")
            except Exception as error:  # one page that will not render must not stop the set
                print(f"{page.name}: {error}", file=sys.stderr)
                text = ""
            finally:
                tab.close()
            _write(_cached(page, "innertext"), text)
        browser.close()


def _cached(page: Path, kind: str) -> Path:
    digest = hashlib.sha256((page / "source.html").read_bytes()).hexdigest()[:12]
    return CACHE / page.name / f"{kind}-{digest}.txt"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


if __name__ == "__main__":
    if not available():
        sys.exit(f"no development set at {DEV_SET}")
    make_dumps()
