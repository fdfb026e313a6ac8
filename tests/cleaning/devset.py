"""The development set beside the project (``../shared/cleaning-dev/readability``): pages, their
text dumps (made by ``make_dev_dumps.py``) and the text of each page's expected extraction."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT / ".." / "shared" / "cleaning-dev" / "readability"
DUMPS = ROOT / ".cache" / "cleaning-dev"
DUMP_KINDS = ("innertext", "converter")


def available() -> bool:
    return DEV_SET.is_dir()


def pages() -> list[Path]:
    return sorted(p for p in DEV_SET.iterdir() if (p / "source.html").is_file() and (p / "expected.html").is_file())


def expected_text(page: Path) -> str:
    tree = lxml_html.fromstring((page / "expected.html").read_text(encoding="utf-8", errors="replace"))
    for element in tree.iter():
        if element.tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote"):
            element.tail = "\n" + (element.tail or "")
    return tree.text_content()


def dump(page: Path, kind: str) -> str | None:
    path = DUMPS / page.name / f"{kind}.txt"
    return path.read_text(encoding="utf-8") if path.is_file() else None
