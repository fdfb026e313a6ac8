"""The cleaned articles (``articles/<id>.json``) of each briefing: present, valid and current.

An article is stale when its report or the source's keep/drop lists changed since ``briefings
ingest`` wrote it; both are recorded in the file as digests. An article whose exact bytes passed
the schema before (their digests are kept in ``.cache/checked-articles``, git-ignored, with the
schema's digest) is not checked against it again: the same bytes give the same answer.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache, partial
from pathlib import Path
from typing import Iterable

from .. import writer
from ..errors import Problem
from ..parallel import ordered_map
from ..structure.archive import ARTICLES_DIR, ArticleFile, article_path
from ..structure.article import Article
from ..structure.briefing import Overrides
from . import schema, yamlstrict
from .briefings import LoadedBriefing, overrides_of
from .memo import FileMemo, files_of
from .paths import escapes

GENERATED_BY = "briefings ingest"


def overrides_digest(overrides: Overrides) -> str:
    """The digest an ingested article records, so a changed keep/drop list marks it stale."""
    canonical = json.dumps({"keep": list(overrides.keep), "drop": list(overrides.drop)}, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_articles(root: Path, loaded: list[LoadedBriefing], problems: list[Problem],
                  memo: FileMemo | None = None) -> dict[Path, dict[str, Article | ArticleFile]]:
    """Each briefing file's articles by source id; problems (missing, invalid, stale) are appended.

    Briefings are read on every core. Without a ``memo``, each article is checked and let go: an
    :class:`ArticleFile` reads it again when it is needed. With one (the preview server's), the
    articles stay in memory and a briefing's are read again only if it, an article or a report
    changed."""
    global _CHECKED
    # Read before the workers fork (they share it); the preview reads a changed briefing's only.
    _CHECKED = _read_checked(root) if memo is None else frozenset()
    if memo is None:
        results = ordered_map(partial(_read_articles, root), loaded)
    else:
        results = (_memo_read(memo, root, item) for item in loaded)
    found: dict[Path, dict[str, Article]] = {}
    for item, (articles, more) in zip(loaded, results):
        found[item.path] = articles
        problems += more
    return found


CHECKED_FILE = ".cache/checked-articles"
_CHECKED: frozenset[str] = frozenset()


@cache
def _schema_version() -> str:
    return hashlib.sha256(json.dumps(schema.schema("article"), sort_keys=True).encode()).hexdigest()


def _read_checked(root: Path) -> frozenset[str]:
    """The digests of article files that passed this schema (none if it changed since)."""
    try:
        version, *digests = (root / CHECKED_FILE).read_text("ascii").split()
    except (OSError, UnicodeDecodeError, ValueError):
        return frozenset()
    return frozenset(digests) if version == _schema_version() else frozenset()


def record_checked(root: Path, articles: Iterable[dict[str, Article | ArticleFile]]) -> None:
    """Keep the digests of the article files of an archive that loaded without a problem (only
    theirs: the file stays the archive's size). Called by generation, the command that writes."""
    digests = sorted({a.sha256 for found in articles for a in found.values() if isinstance(a, ArticleFile)})
    if not digests or set(digests) == _CHECKED:
        return
    try:
        writer.write_file(root / CHECKED_FILE, "\n".join([_schema_version(), *digests]) + "\n", durable=False)
    except OSError:
        pass  # a read-only checkout: every article is checked again next time, nothing more


def _read_articles(root: Path, item: LoadedBriefing) -> tuple[dict[str, ArticleFile], list[Problem]]:
    more: list[Problem] = []
    return _articles_of(root, item, more, hold=False), more


def _memo_read(memo: FileMemo, root: Path, item: LoadedBriefing) -> tuple[dict[str, Article], list[Problem]]:
    more: list[Problem] = []
    files = memo.derived(item, files_of)
    return memo.read("articles", files, more, lambda found: _articles_of(root, item, found, hold=True)), more


def _articles_of(root: Path, item: LoadedBriefing, problems: list[Problem], *, hold: bool) -> dict:
    """The briefing's articles: held in memory, or as the files to read them from again."""
    articles: dict = {}
    reports: set[str] = set()
    for i, source in item.sources():
        if source.get("report") in reports:
            continue  # a report listed twice is reported as such; its article follows from the fix
        reports.add(source.get("report"))
        article = _load_article(root, item, i, source, problems, hold)
        if article is not None:
            articles[source["id"]] = article
    return articles


def _load_article(root: Path, item: LoadedBriefing, i: int, source: dict, problems: list[Problem],
                  hold: bool) -> Article | ArticleFile | None:
    source_id, report = source.get("id"), source.get("report")
    if not source_id:
        return None
    path = article_path(item.folder, source_id)
    name = f"cleaned article {ARTICLES_DIR}/{source_id}.json"
    rerun = f"run: briefings ingest {item.document.path}"
    report_ok = bool(report) and not escapes(item.folder, report) and (item.folder / report).is_file()
    if not path.is_file():
        if report_ok:
            problems.append(item.document.problem(("sources", i, "id"), f"{name} is missing; {rerun}"))
        return None
    raw = _bytes(root, path, problems)
    if raw is None:
        return None
    digest = hashlib.sha256(raw).hexdigest()
    data = _parse(root, path, raw, problems, checked=digest in _CHECKED)
    if data is None:
        return None
    if report_ok and data["report_sha256"] != file_digest(item.folder / report):
        problems.append(item.document.problem(("sources", i, "id"), f"{name} is stale (the report changed); {rerun}"))
    elif _overrides_known(item, i) and data["overrides_sha256"] != overrides_digest(overrides_of(source)):
        problems.append(item.document.problem(("sources", i, "id"), f"{name} is stale (keep/drop changed); {rerun}"))
    return Article.from_dict(data) if hold else ArticleFile(path, digest)


def _overrides_known(item: LoadedBriefing, i: int) -> bool:
    """Whether the source's keep/drop lists were read whole (none of their items was invalid)."""
    original = item.document.value["sources"][i]
    return all(item.value["sources"][i].get(key) == original.get(key) for key in ("keep", "drop"))


def _bytes(root: Path, path: Path, problems: list[Problem]) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as error:
        problems.append(Problem(path.relative_to(root).as_posix(),
                                message=f"not a readable article file ({type(error).__name__}); run: briefings ingest"))
        return None


def _parse(root: Path, path: Path, raw: bytes, problems: list[Problem], checked: bool = False) -> dict | None:
    """The article's data, or None with a problem appended; ``checked``: these bytes passed the
    schema before."""
    display = path.relative_to(root).as_posix()
    try:
        data = json.loads(raw.decode("utf-8"))
    except json.JSONDecodeError as error:
        problems.append(Problem(display, error.lineno, error.colno, "", f"not valid JSON ({error.msg}); "
                                                                       "never edit articles/ by hand, run: briefings ingest"))
        return None
    except (UnicodeDecodeError, RecursionError) as error:
        problems.append(Problem(display, message=f"not a readable article file ({type(error).__name__}); "
                                                 "run: briefings ingest"))
        return None
    if checked:
        return data
    document = yamlstrict.Document(display, data)
    found = schema.validate(document, "article")
    if found:
        first = found[0]
        more = f", and {len(found) - 1} more" if len(found) > 1 else ""
        problems.append(Problem(display, message=f"not as briefings ingest wrote it ({first.field}: {first.message}{more}); "
                                                 "never edit articles/ by hand, run: briefings ingest"))
        return None
    return data
