"""MkDocs' build with the pages rendered on every core.

``mkdocs build`` renders every page on one core: about 45 ms a briefing, a quarter of an hour for a
20,000-briefing archive. This is the same build (MkDocs' own configuration loading, plugin events,
files, navigation, theme, page functions, strict warnings and anchor checks), with the pages split
into parts, one per core, each read and written by a forked worker. Every page comes out
byte-identical to ``mkdocs build``'s. The parent then writes what needs every page (the sitemap),
checks the links between parts and fails on any warning.

    python -m generator.partsbuild CONFIG_FILE SITE_DIR [PARTS]

PARTS defaults to one per core, each of at least :data:`MIN_PAGES_PER_PART` pages.

Only the archive's own plugin is known to do all its work page by page (:data:`PAGE_BY_PAGE_PLUGINS`);
with any other plugin (Material's search, for one, collects every page into one index) this runs
MkDocs' own ``build`` instead.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
from dataclasses import dataclass, field

from mkdocs import utils
from mkdocs.__main__ import State
from mkdocs.commands import build as mkdocs_build
from mkdocs.commands.build import _build_extra_template, _build_page, _build_theme_template, _populate_page
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, BuildError
from mkdocs.structure.files import File, InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from .parallel import default_workers

log = logging.getLogger("mkdocs.commands.build")

# Pages per part below which a worker costs more to start than it saves.
MIN_PAGES_PER_PART = 50
# Plugins whose work on a page is done in that page's own events, so any process can build any page.
PAGE_BY_PAGE_PLUGINS = {"briefings"}


def supported(config) -> bool:
    """Whether every plugin is one that renders each page on its own."""
    return set(config.plugins) <= PAGE_BY_PAGE_PLUGINS and not config.extra_templates


@dataclass
class _Part:
    """What a worker hands back about the pages it built."""

    meta: dict[str, dict] = field(default_factory=dict)  # src_uri -> front matter
    anchors: dict[str, str] = field(default_factory=dict)  # src_uri -> its anchor ids, one per line
    # Links from this part's pages to an anchor of another part's page: (from, to, anchor, link).
    elsewhere: list[tuple[str, str, str, str]] = field(default_factory=list)
    warnings: int = 0


@dataclass
class _Build:
    config: object
    files: object
    nav: object
    env: object
    parts: list[list[File]]
    nav_files: list[File]


_BUILD: _Build | None = None


def build(config, workers: int | None = None) -> None:
    """``mkdocs build`` (clean, strict as configured), the pages split into ``workers`` parts."""
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    if config.strict:
        logging.getLogger("mkdocs").addHandler(counter)
    try:
        _build(config, counter, workers)
    except Exception as error:
        config.plugins.on_build_error(error=error)
        if isinstance(error, BuildError):
            log.error(str(error))
            raise Abort("Aborted with a BuildError!")
        raise
    finally:
        logging.getLogger("mkdocs").removeHandler(counter)


def _build(config, counter, workers: int | None) -> None:
    global _BUILD
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    utils.clean_directory(config.site_dir)
    files, env, nav = _gather(config)
    pages = _documentation_files(files, config)
    count = workers or max(1, min(default_workers(), len(pages) // MIN_PAGES_PER_PART))
    nav_files = [page.file for page in nav.pages]
    _BUILD = _Build(config, files, nav, env, [pages[i::count] for i in range(count)], nav_files)
    files.copy_static_files(inclusion=InclusionLevel.is_included)  # before the pages, as MkDocs does
    parts = _run_parts(count)
    warnings = _merge(parts, files)
    env = config.plugins.on_env(env, config=config, files=files)
    for template in config.theme.static_templates:
        _build_theme_template(template, env, files, config, nav)
    for template in config.extra_templates:
        _build_extra_template(template, files, config, nav)
    _check_links_between_parts(parts, config)
    config.plugins.on_post_build(config=config)
    if counts := _counts(counter, warnings):
        raise Abort(f"Aborted with {counts} in strict mode!")


def _gather(config):
    """MkDocs' own first steps: the files, the theme's environment and the navigation."""
    files = get_files(config)
    env = config.theme.get_env()
    files.add_files_from_theme(env, config)
    files = config.plugins.on_files(files, config=config)
    set_exclusions(files, config)
    nav = get_navigation(files, config)
    nav = config.plugins.on_nav(nav, config=config, files=files)
    return files, env, nav


def _documentation_files(files, config) -> list[File]:
    found = list(files.documentation_pages(inclusion=InclusionLevel.is_included))
    for file in found:
        if file.page is None:
            Page(None, file, config)
    return found


def _run_parts(count: int) -> list[_Part]:
    if count == 1:
        return [_build_part(0)]
    with multiprocessing.get_context("fork").Pool(count) as pool:  # workers share what was gathered
        return pool.map(_build_part, range(count), chunksize=1)


def _build_part(index: int) -> _Part:
    """In a worker: read every page of the part (and the navigation's, which every page shows), then
    write the part's pages; check the anchors its pages link to in the part itself."""
    assert _BUILD is not None
    config, files, nav = _BUILD.config, _BUILD.files, _BUILD.nav
    mine = _BUILD.parts[index]
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(counter)
    read = {file.src_uri: file for file in [*mine, *_BUILD.nav_files]}
    for file in read.values():
        _populate_page(file.page, config, files)
    env = config.plugins.on_env(_BUILD.env, config=config, files=files)
    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
    for file in mine:
        _build_page(file.page, config, doc_files, nav, env, excluded=file.inclusion.is_excluded())
    part = _Part(meta={f.src_uri: f.page.meta for f in mine},
                 anchors={f.src_uri: "\n".join(sorted(f.page.present_anchor_ids or ())) for f in mine})
    _check_links_within(mine, part, config)
    part.warnings = sum(count for _, count in counter.get_counts())
    return part


def _check_links_within(mine: list[File], part: _Part, config) -> None:
    """MkDocs' anchor check for links to this part's pages; the others are left to the parent."""
    level = config.validation.links.anchors
    inside = {file.src_uri for file in mine}
    for file in mine:
        page = file.page
        local = {to: links for to, links in page.links_to_anchors.items() if to.src_uri in inside}
        elsewhere = {to: links for to, links in page.links_to_anchors.items() if to.src_uri not in inside}
        page.links_to_anchors = local
        page.validate_anchor_links(files=_BUILD.files, log_level=level)
        part.elsewhere += [(file.src_uri, to.src_uri, anchor, link)
                           for to, links in elsewhere.items() for anchor, link in links.items()]


def _merge(parts: list[_Part], files) -> int:
    """Give the parent's pages the front matter the workers read (the sitemap dates come from it)."""
    for part in parts:
        for src_uri, meta in part.meta.items():
            files.get_file_from_path(src_uri).page.meta = meta
    return sum(part.warnings for part in parts)


def _check_links_between_parts(parts: list[_Part], config) -> None:
    """MkDocs' anchor check, worded as MkDocs words it, for links from one part to another."""
    anchors: dict[str, str] = {}
    for part in parts:
        anchors.update(part.anchors)
    level = config.validation.links.anchors
    for source, target, anchor, link in (link for part in parts for link in part.elsewhere):
        if target in anchors and anchor not in anchors[target].split("\n"):
            log.log(level, f"Doc file '{source}' contains a link '{link}', but the doc '{target}' "
                           f"does not contain an anchor '#{anchor}'.")


def _counts(counter, from_workers: int) -> str:
    counts = dict(counter.get_counts())
    if from_workers:
        counts["WARNING"] = counts.get("WARNING", 0) + from_workers
    return ", ".join(f"{count} {level.lower()}s" for level, count in counts.items() if count)


def main(config_file: str, site_dir: str, workers: int | None = None) -> int:
    """``mkdocs build --strict --clean --config-file CONFIG_FILE --site-dir SITE_DIR``, on every core."""
    state = State()  # MkDocs' own log format, so its messages read as they do from ``mkdocs build``
    config = load_config(config_file=config_file, site_dir=site_dir, strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        if supported(config):
            build(config, workers)
        else:
            mkdocs_build.build(config)
    except Abort as error:
        log.error(str(error))
        return 1
    finally:
        config.plugins.on_shutdown()
        del state
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None))
