"""The preview server's in-place regeneration: same pages as a full generation, and after an edit
only the files whose bytes changed are written; under ``briefings serve``, an edit, a new briefing
and a deleted one are served as a full build would serve them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from generator.bench import serve as bench_serve
from generator.bench.archive import write_archive
from generator.errors import ValidationError
from generator.pipeline import generate, ingest
from generator.preview import Preview
from tests.conftest import REPO, copy_archive

BRIEFING_FILE = "briefings/2021/2021-09-06-panjshir/briefing.yml"
BRIEFING_PAGE = "2021/09/06/taliban-claim-panjshir/index.md"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_preview_writes_what_a_full_generation_writes(tmp_path):
    full, preview = copy_archive(tmp_path / "full"), copy_archive(tmp_path / "preview")
    generate(full)
    Preview(preview).update()
    assert _tree(preview / "docs") == _tree(full / "docs")


def test_nothing_is_written_again_when_nothing_changed(archive):
    preview = Preview(archive)
    assert preview.update().pages > 20
    assert preview.update().pages == 0


def test_an_edit_rewrites_only_the_pages_it_changes(archive):
    preview = Preview(archive)
    preview.update()
    docs = archive / "docs"
    before = {path: (docs / path).stat().st_mtime_ns for path in _tree(docs)}
    path = archive / BRIEFING_FILE
    path.write_text(path.read_text().replace("title: Taliban claim Panjshir;", "title: Edited, Taliban claim Panjshir;"))
    result = preview.update()
    changed = sorted(p for p, mtime in before.items() if (docs / p).stat().st_mtime_ns != mtime)
    assert BRIEFING_PAGE in changed and result.pages == len(changed)
    assert "Edited, Taliban claim Panjshir" in (docs / BRIEFING_PAGE).read_text()
    assert "about.md" not in changed and "assets/briefings.css" not in changed


def test_files_an_earlier_run_left_are_removed(archive):
    leftover = archive / "docs/2020/01/01/withdrawn/index.md"
    leftover.parent.mkdir(parents=True)
    leftover.write_text("old")
    Preview(archive).update()
    assert not leftover.exists()


def test_in_a_larger_archive_an_edit_touches_few_files(tmp_path):
    root = write_archive(tmp_path / "archive", REPO, briefings=12, sources=3, seed=7)
    ingest(root)
    preview = Preview(root)
    preview.update()
    docs = root / "docs"
    before = {path: (docs / path).stat().st_mtime_ns for path in _tree(docs)}
    edited = sorted(root.glob("briefings/*/*/briefing.yml"))[5]
    edited.write_text(edited.read_text().replace("title: ", "title: Edited ", 1))
    result = preview.update()
    changed = [p for p, mtime in before.items() if (docs / p).stat().st_mtime_ns != mtime]
    assert result.briefings == 12 and result.pages == len(changed) and len(changed) < len(before) // 4
    assert result.cached == 1, "a new title leaves the sources as they were: their comparison is cached"


def test_a_broken_edit_changes_nothing_and_the_fix_is_picked_up(archive):
    preview = Preview(archive)
    preview.update()
    path = archive / BRIEFING_FILE
    original = path.read_text()
    path.write_text(original.replace("title: Taliban claim Panjshir;", "title: Taliban: claim Panjshir;"))
    with pytest.raises(ValidationError):
        preview.update()
    path.write_text(original.replace("title: Taliban claim Panjshir;", "title: Fixed, Taliban claim Panjshir;"))
    assert preview.update().pages > 0
    assert "Fixed, Taliban claim Panjshir" in (archive / "docs" / BRIEFING_PAGE).read_text()


# A real `briefings serve` on a free loopback port: edits are polled over HTTP, as an editor's
# browser would see them, and compared with what a full `mkdocs build` writes.
SERVE_TIMEOUT = 120  # seconds; the machine is shared, the example archive rebuilds in about one
BRIEFING_URL = "2021/09/06/taliban-claim-panjshir/"
ADDED_URL = "2021/09/07/panjshir-again/"


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def _until(condition, server: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + SERVE_TIMEOUT
    while not condition():
        assert server.poll() is None, f"briefings serve stopped while waiting for {what}"
        assert time.monotonic() < deadline, f"not served within {SERVE_TIMEOUT} s: {what}"
        time.sleep(0.1)


def _without_livereload(html: str) -> str:
    return re.sub(r"<script>\nvar livereload.*?</script>\n?", "", html, flags=re.S)


@pytest.fixture
def served(archive, tmp_path):
    """``briefings serve`` running on the example archive as cloned, with no docs/ yet: (its
    address, the process, its log)."""
    assert not (archive / "docs").exists()
    port, log = bench_serve._free_port(), tmp_path / "serve.log"
    command = [sys.executable, "-m", "generator", "serve", "--dev-addr", f"127.0.0.1:{port}", "--root", str(archive)]
    # mkdocs serves from a temporary folder: in tmp_path, so a stopped server leaves nothing behind.
    environment = {**os.environ, "TMPDIR": str(tmp_path)}
    with log.open("wb") as output:
        server = subprocess.Popen(command, cwd=archive, stdout=output, stderr=subprocess.STDOUT, env=environment,
                                  start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        _until(lambda: _get(base + BRIEFING_URL)[0] == 200, server, "the first build")
        yield base, server, log
    finally:
        bench_serve._stop(server)


@pytest.mark.build
def test_serve_shows_edits_added_and_deleted_briefings_as_a_full_build_would(archive, served, tmp_path):
    base, server, log = served
    folder = archive / "briefings/2021/2021-09-06-panjshir"
    title = bench_serve._edit(folder / "briefing.yml")
    _until(lambda: title in _get(base + BRIEFING_URL)[1] and title in _get(base)[1], server, "the edited title")

    added = folder.with_name("2021-09-07-panjshir-again")
    shutil.copytree(folder, added)
    text = (added / "briefing.yml").read_text()
    (added / "briefing.yml").write_text(text.replace("date: 2021-09-06", "date: 2021-09-07")
                                        .replace("slug: taliban-claim-panjshir", "slug: panjshir-again")
                                        .replace("title: ", "title: Again, ", 1))
    _until(lambda: "Again, Taliban claim" in _get(base + ADDED_URL)[1] and ADDED_URL in _get(base)[1], server,
           "the added briefing, linked from the home page")
    assert ADDED_URL in _get(base + "sitemap.xml")[1]

    full = tmp_path / "full"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(full)], cwd=archive,
                   env={**os.environ, "SITE_URL": base}, check=True, capture_output=True)
    for url in ("", "archive/", BRIEFING_URL, ADDED_URL, "tags/panjshir/"):
        assert _without_livereload(_get(base + url)[1]) == (full / url / "index.html").read_text(), url

    shutil.rmtree(added)  # a withdrawn briefing: its published addresses are deleted too
    links = archive / "briefings/permalinks.yml"
    links.write_text("".join(line for line in links.read_text().splitlines(True) if "panjshir-again" not in line))
    _until(lambda: _get(base + ADDED_URL)[0] == 404 and ADDED_URL not in _get(base)[1], server, "the deletion")
    assert "rebuilt" in log.read_text() and "rebuilding everything" not in log.read_text()


@pytest.mark.build
def test_serve_rebuilds_every_page_when_a_theme_template_changes(archive, served):
    base, server, _ = served
    main = archive / "templates/overrides/main.html"
    edited = '<meta name="edited" content="yes">'  # survives minifying (a comment would not)
    main.write_text(main.read_text().replace("{% block extrahead %}", "{% block extrahead %}" + edited, 1))
    _until(lambda: "name=edited" in _get(base + BRIEFING_URL)[1] and "name=edited" in _get(base + "about/")[1],
           server, "the edited theme template on every page")
