"""The hand-labelled set in ``tests/cleaning/labelled/``: each case is a raw page (``NAME.txt`` or
``NAME.html``) beside its gold body (``NAME.gold.md``: blocks separated by a blank line, headings
marked ``## ``) and, optionally, expected metadata (``NAME.meta.json``)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent / "labelled"


@dataclass(frozen=True)
class Case:
    name: str
    kind: str  # "text" or "html"
    path: Path
    raw: bytes
    gold_blocks: tuple[str, ...]
    meta: dict

    @property
    def source(self) -> str:
        return self.raw.decode("utf-8", errors="replace")

    @property
    def gold(self) -> str:
        return "\n\n".join(self.gold_blocks)


def cases() -> list[Case]:
    out = []
    for path in sorted(HERE.glob("*")):
        if path.suffix not in (".txt", ".html"):
            continue
        gold = path.with_name(path.stem + ".gold.md").read_text(encoding="utf-8")
        meta_path = path.with_name(path.stem + ".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        blocks = tuple(b.strip().removeprefix("## ") for b in gold.split("\n\n") if b.strip())
        out.append(Case(path.stem, "html" if path.suffix == ".html" else "text", path, path.read_bytes(),
                        blocks, meta))
    return out


def digest() -> str:
    """sha256 over every labelled file's name and bytes: changes whenever the data does."""
    h = hashlib.sha256()
    for path in sorted(HERE.glob("*")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()
