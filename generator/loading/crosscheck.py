"""Rules that look beyond one field: outlets, report files, ids, claims, aliases, permalinks, tags.

Every rule reads only the valid parts of a file (see :mod:`.briefings`), so it runs even when the
same file has schema errors elsewhere, and never reports a consequence of an error already reported.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from ..errors import Problem
from ..structure.archive import BRIEFINGS_DIR, OUTLETS_FILE
from ..structure.briefing import tag_slug
from .briefings import LoadedBriefing
from .memo import FileMemo, files_of
from .paths import escapes
from .skeleton import PLACEHOLDER_SUMMARY

# How alike two words must be (difflib ratio) before we suggest one for the other.
SUGGESTION_CUTOFF = 0.6


def check_all(root: Path, loaded: list[LoadedBriefing], outlet_keys: set[str] | None,
              memo: FileMemo | None = None) -> list[Problem]:
    """Every cross-file problem of the archive's briefings. With a ``memo``, a briefing's own
    checks run again only when its files or the outlet registry changed."""
    problems: list[Problem] = []
    registry = root / BRIEFINGS_DIR / OUTLETS_FILE
    for item in loaded:
        if memo is None:
            problems += check_briefing(root, item, outlet_keys)
        else:
            files = [*memo.derived(item, files_of), registry]
            problems += memo.read("checks", files, [], lambda found, item=item: check_briefing(root, item, outlet_keys))
    problems += check_permalinks_unique(loaded)
    problems += check_tag_spellings(loaded)
    return problems


def check_briefing(root: Path, item: LoadedBriefing, outlet_keys: set[str] | None) -> list[Problem]:
    """The checks of one briefing against its folder, the outlet registry and itself."""
    return [*check_folder(root, item), *check_sources(item, outlet_keys), *check_claims(item),
            *check_aliases(item), *check_dates(item), *check_placeholder(item)]


def suggest(word: str, choices) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=SUGGESTION_CUTOFF)
    return f" (did you mean '{close[0]}'?)" if close else ""


def check_folder(root: Path, item: LoadedBriefing) -> list[Problem]:
    """The folder is briefings/<year>/<date>-<name>/: a copied folder with a stale date shows here."""
    date = item.date
    if date is None:
        return []
    year, name = item.folder.parent.name, item.folder.name
    if year == f"{date:%Y}" and name.startswith(f"{date:%Y-%m-%d}-"):
        return []
    folder = item.folder.relative_to(root).as_posix()
    return [item.document.problem(("date",), f"{date:%Y-%m-%d} does not match the date in the folder's name "
                                             f"({folder}/, named <year>/<date>-<name>)")]


def check_sources(item: LoadedBriefing, outlet_keys: set[str] | None) -> list[Problem]:
    problems: list[Problem] = []
    first_id: dict[str, int] = {}
    first_report: dict[str, int] = {}
    for i, source in item.sources():
        outlet, source_id, report = source.get("outlet"), source.get("id"), source.get("report")
        if outlet and outlet_keys is not None and outlet not in outlet_keys:
            hint = suggest(outlet, outlet_keys) or f" (add it to {BRIEFINGS_DIR}/{OUTLETS_FILE})"
            problems.append(item.document.problem(("sources", i, "outlet"), f"unknown outlet '{outlet}'{hint}"))
        if source_id in first_id:
            problems.append(item.document.problem(
                ("sources", i, "id"), f"source '{source_id}' is listed twice (first as sources[{first_id[source_id]}])"))
        if report in first_report:
            problems.append(item.document.problem(
                ("sources", i, "report"), f"report {report} is listed twice (first in sources[{first_report[report]}])"))
        if source_id:
            first_id.setdefault(source_id, i)
        if report:
            first_report.setdefault(report, i)
            problems += check_report_file(item, i, report)
    return problems


def check_report_file(item: LoadedBriefing, index: int, report: str) -> list[Problem]:
    at = ("sources", index, "report")
    path = item.folder / report
    if escapes(item.folder, report):
        return [item.document.problem(at, f"{report} is a link to a file outside this briefing's folder; "
                                          "copy the report itself into reports/")]
    if path.is_dir():
        return [item.document.problem(at, f"{report} is a folder, not a file")]
    if not path.is_file():
        present = [f"reports/{p.name}" for p in path.parent.glob("*") if p.is_file()] if path.parent.is_dir() else []
        return [item.document.problem(at, f"file not found: {report}{suggest(report, present)}")]
    return []


def source_ids(item: LoadedBriefing) -> set[str] | None:
    """The briefing's source ids, or None when some id is invalid or missing (the set is incomplete)."""
    entries = item.value.get("sources")
    if not isinstance(entries, list):
        return None
    ids = {entry.get("id") if isinstance(entry, dict) else None for entry in entries}
    return None if None in ids else ids


def check_claims(item: LoadedBriefing) -> list[Problem]:
    problems: list[Problem] = []
    ids = source_ids(item)
    first_claim: dict[str, int] = {}
    for i, claim in enumerate(item.value.get("claims") or []):
        if not isinstance(claim, dict):
            continue
        claim_id = claim.get("id")
        if claim_id in first_claim:
            problems.append(item.document.problem(
                ("claims", i, "id"), f"claim '{claim_id}' is listed twice (first as claims[{first_claim[claim_id]}])"))
        if claim_id:
            first_claim.setdefault(claim_id, i)
        for source_id in (claim.get("verdicts") or {}) if ids is not None else ():
            if source_id not in ids:
                problems.append(item.document.problem(
                    ("claims", i, "verdicts", source_id),
                    f"'{source_id}' is not a source of this briefing{suggest(source_id, ids)}", at_key=True))
    return problems


def check_aliases(item: LoadedBriefing) -> list[Problem]:
    """Each spelling belongs to one name, is not the name itself, and is not also a name."""
    aliases = item.value.get("aliases") or {}
    problems: list[Problem] = []
    owner: dict[str, str] = {}
    for name, forms in aliases.items():
        for j, form in enumerate(forms or []):
            if not isinstance(form, str):
                continue
            at = ("aliases", name, j)
            if form.casefold() == name.casefold():
                problems.append(item.document.problem(at, f"'{form}' is the name itself; list only other spellings"))
            elif form in aliases:
                problems.append(item.document.problem(at, f"'{form}' is also a name of its own in aliases; "
                                                          "merge the two entries"))
            elif form.casefold() in owner:
                problems.append(item.document.problem(at, f"'{form}' is also listed under '{owner[form.casefold()]}'"))
            owner.setdefault(form.casefold(), name)
    return problems


def check_dates(item: LoadedBriefing) -> list[Problem]:
    """Corrections come after first publication; an old slug is not the current one."""
    problems: list[Problem] = []
    published = item.value.get("published") or item.value.get("date")
    for i, correction in enumerate(item.value.get("corrections") or []):
        when = correction.get("date") if isinstance(correction, dict) else None
        if when and published and when < published:
            problems.append(item.document.problem(
                ("corrections", i, "date"), f"{when} is before the briefing was first published ({published})"))
    for i, slug in enumerate(item.value.get("previous_slugs") or []):
        if slug is not None and slug == item.slug:
            problems.append(item.document.problem(
                ("previous_slugs", i), f"'{slug}' is the current slug; list only slugs it was published under before"))
    return problems


def check_placeholder(item: LoadedBriefing) -> list[Problem]:
    """A briefing is not published with the summary ``briefings new`` wrote."""
    summary = item.value.get("summary")
    if item.is_draft or not isinstance(summary, str) or summary.strip() != PLACEHOLDER_SUMMARY:
        return []
    return [item.document.problem(("summary",), "still the placeholder text from briefings new; write the summary")]


def check_permalinks_unique(loaded: list[LoadedBriefing]) -> list[Problem]:
    """No two briefings (current or old addresses) share a permalink."""
    problems: list[Problem] = []
    owners: dict[str, LoadedBriefing] = {}
    for item in loaded:
        for at, link in permalinks_of(item):
            other = owners.setdefault(link, item)
            if other is not item:
                problems.append(item.document.problem(at, f"permalink /{link} is already used by {other.document.path}"))
    return problems


def permalinks_of(item: LoadedBriefing) -> list[tuple[tuple, str]]:
    """(field path, permalink) for the briefing's current address and every old one."""
    date, slug = item.date, item.slug
    if date is None:
        return []
    day = f"{date:%Y/%m/%d}"
    links = [(("slug",), f"{day}/{slug}/")] if slug else []
    old = item.value.get("previous_slugs") or []
    return links + [(("previous_slugs", i), f"{day}/{s}/") for i, s in enumerate(old) if s and s != slug]


def check_tag_spellings(loaded: list[LoadedBriefing]) -> list[Problem]:
    """Tags sharing a page (same slug) must be spelled alike, or one page would list only some."""
    first: dict[str, tuple[str, str]] = {}
    problems: list[Problem] = []
    for item in loaded:
        for i, tag in enumerate(item.value.get("tags") or []):
            if not isinstance(tag, str):
                continue
            spelled, where = first.setdefault(tag_slug(tag), (tag, item.document.path))
            if spelled != tag:
                elsewhere = "in this file" if where == item.document.path else f"in {where}"
                problems.append(item.document.problem(("tags", i), f"'{tag}' is spelled '{spelled}' {elsewhere}; "
                                                                   "spell a tag the same way everywhere"))
    return problems
