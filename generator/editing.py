"""The editors' two writing operations: scaffold a new briefing, and add a source to one.

Both work out everything first (names, the cleaned article, the new YAML text) and refuse with one
clear message before touching disk; then every file is written atomically, and if a later write
fails the earlier ones are undone, so an error leaves every file as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from . import writer
from .cleaning import clean
from .cleaning.fetch import fetch, is_url
from .errors import BriefingsError, InputError, Problem
from .loading import schema, yamledit, yamlstrict
from .loading.archive import display, load_briefings
from .loading.briefings import parse_file, slug_from_title
from .loading.crosscheck import permalinks_of, suggest
from .loading.skeleton import skeleton
from .pipeline import cleaned_article
from .structure.archive import BRIEFING_FILE, BRIEFINGS_DIR, OUTLETS_FILE, REPORTS_DIR
from .structure.article import Article
from .structure.briefing import Source

_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
# Longest title the schema allows (briefing.schema.json, title.maxLength).
MAX_TITLE = 200
HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class AddedSource:
    source: Source
    report: Path
    article_file: Path
    article: Article
    briefing: Path


def new_briefing(root: Path, date: dt.date, title: str, slug: str | None = None) -> Path:
    """Write ``briefings/<year>/<date>-<slug>/briefing.yml`` (a draft) and its ``reports/`` folder."""
    title = " ".join(title.split())
    if not title or len(title) > MAX_TITLE:
        raise InputError(Problem("--title", message=f"give a title of 1 to {MAX_TITLE} characters"))
    slug = slug or slug_from_title(title)
    if not _SLUG.fullmatch(slug):
        raise InputError(Problem("--slug", message=f"expected lowercase letters, digits and single hyphens, got {slug!r}"))
    folder = root / BRIEFINGS_DIR / f"{date:%Y}" / f"{date:%Y-%m-%d}-{slug}"
    if folder.exists():
        raise InputError(Problem(display(root, folder), message="already exists; choose another --slug, "
                                                                "or edit the briefing that is there"))
    _refuse_taken_permalink(root, f"{date:%Y/%m/%d}/{slug}/")
    path = folder / BRIEFING_FILE
    writer.write_file(path, skeleton(date, slug, title, display(root, path)))
    (folder / REPORTS_DIR).mkdir(exist_ok=True)
    return path


def _refuse_taken_permalink(root: Path, link: str) -> None:
    for item in load_briefings(root, []):
        if any(taken == link for _, taken in permalinks_of(item)):
            raise InputError(Problem("--slug", message=f"the permalink /{link} is already used by "
                                                       f"{item.document.path}; choose another --slug"))


def add_source(root: Path, briefing: Path, origin: str, outlet: str, source_id: str | None = None) -> AddedSource:
    """Store the report from ``origin`` (a file or URL), clean it and list it in ``briefing``."""
    shown = display(root, briefing)
    text = yamlstrict.decode(yamlstrict.read(briefing, shown), shown)
    document = yamlstrict.parse(text, shown)
    _require_outlet(root, outlet)
    source_id = source_id or _free_id(document.value, outlet)
    _require_id(document.value, source_id)
    raw = fetch(origin) if is_url(origin) else _read_report(origin)
    report = f"{REPORTS_DIR}/{source_id}{_suffix(origin, raw)}"
    if (briefing.parent / report).exists():
        raise InputError(Problem(display(root, briefing.parent / report), message="already exists; choose another --id"))
    source = Source(id=source_id, outlet=outlet, report=report, url=origin if is_url(origin) else None)
    new_text = _with_source(text, shown, source)
    article_file, article_text = cleaned_article(briefing.parent, source, raw, name=origin)
    _write_all(briefing, new_text, [(briefing.parent / report, raw), (article_file, article_text)])
    article = Article.from_dict(json.loads(article_text))
    return AddedSource(source, briefing.parent / report, article_file, article, briefing)


def _require_outlet(root: Path, outlet: str) -> None:
    problems: list[Problem] = []
    parsed = parse_file(root / BRIEFINGS_DIR / OUTLETS_FILE, f"{BRIEFINGS_DIR}/{OUTLETS_FILE}", "outlets", problems)
    keys = set(parsed.document.value) if parsed and isinstance(parsed.document.value, dict) else set()
    if outlet not in keys:
        hint = suggest(outlet, keys) or f" (add it to {BRIEFINGS_DIR}/{OUTLETS_FILE} first)"
        raise InputError(Problem("--outlet", message=f"unknown outlet '{outlet}'{hint}"))


def _ids(value) -> set[str]:
    sources = value.get("sources") if isinstance(value, dict) else None
    return {s.get("id") for s in sources or [] if isinstance(s, dict)}


def _free_id(value, outlet: str) -> str:
    """The outlet key, or the first of ``<outlet>-2``, ``<outlet>-3``... not yet used."""
    taken, candidate, number = _ids(value), outlet, 1
    while candidate in taken:
        number += 1
        candidate = f"{outlet}-{number}"
    return candidate


def _require_id(value, source_id: str) -> None:
    if not _SLUG.fullmatch(source_id):
        raise InputError(Problem("--id", message=f"expected lowercase letters, digits and single hyphens, got {source_id!r}"))
    if source_id in _ids(value):
        raise InputError(Problem("--id", message=f"source '{source_id}' is already in this briefing; choose another --id"))


def _read_report(origin: str) -> bytes:
    try:
        return Path(origin).read_bytes()
    except OSError as error:
        raise InputError(Problem(origin, message=f"cannot read file: {error.strerror}")) from None


def _suffix(origin: str, raw: bytes) -> str:
    suffix = Path(origin.split("?")[0]).suffix.lower()
    if suffix in (".txt", *HTML_SUFFIXES):
        return suffix
    return ".html" if raw.lstrip()[:1] == b"<" else ".txt"


def _with_source(text: str, shown: str, source: Source) -> str:
    """The briefing's text with ``source`` appended, checked by parsing it again."""
    fields = [("id", source.id), ("outlet", source.outlet), ("report", source.report)]
    if source.url:
        fields.append(("url", json.dumps(source.url)))
    new_text = yamledit.append_source(text, shown, fields)
    document = yamlstrict.parse(new_text, shown)
    problems, _ = schema.check(document, "briefing")
    index = len(document.value["sources"]) - 1
    mine = [p for p in problems if p.field.startswith(f"sources[{index}]")]
    if mine or document.value["sources"][index].get("id") != source.id:  # pragma: no cover - defensive
        raise InputError(mine[0] if mine else Problem(shown, message="could not add the source"))
    return new_text


def _write_all(briefing: Path, new_text: str, new_files: list[tuple[Path, str | bytes]]) -> None:
    """Write the new files, then the briefing; undo everything if any write fails."""
    original = briefing.read_bytes()
    written: list[Path] = []
    path = briefing
    try:
        for path, content in new_files:
            writer.write_file(path, content)
            written.append(path)
        path = briefing
        writer.write_file(briefing, new_text)
    except BaseException as error:
        for done in written:
            done.unlink(missing_ok=True)
        writer.write_file(briefing, original)
        if isinstance(error, OSError):
            raise BriefingsError(f"{path}: cannot write: {error.strerror}; nothing was changed") from None
        raise
