"""``briefings add-source``: stores, cleans and lists a source, keeping every comment and space."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.loading.test_broken_corpus import snapshot

FOLDER = "briefings/2021/2021-09-06-panjshir"
REPORTS = Path(__file__).parents[2] / FOLDER / "reports"
# A briefing an editor has written by hand: comments everywhere, four-space lists, a block scalar.
COMMENTED = """\
# Draft of the valley briefing -- Ana, 7 Sep
date: 2021-09-07   # the day it covers
title: "Panjshir: the valley"
draft: true
summary: |
  Two outlets, two stories.

  More to come.
sources:
    # CNN first: it is the origin
    -   id: cnn
        outlet: cnn    # checked with the desk
        report: reports/cnn.txt
        note: |
            A later version of the story.

        # keep: [] -- maybe later

# Claims come last.
claims: []
"""
ADDED = """\
    -   id: sputnik
        outlet: sputnik
        report: reports/sputnik.txt
"""


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def draft(archive: Path) -> Path:
    folder = archive / "briefings/2021/2021-09-07-valley"
    (folder / "reports").mkdir(parents=True)
    (folder / "reports/cnn.txt").write_bytes((REPORTS / "cnn.txt").read_bytes())
    path = folder / "briefing.yml"
    path.write_text(COMMENTED)
    assert run("ingest", "--root", str(archive)).exit_code == 0
    return path


def test_add_source_keeps_comments_and_layout(draft):
    result = run("add-source", str(draft), str(REPORTS / "sputnik.txt"), "--outlet", "sputnik")
    assert result.exit_code == 0, result.stderr
    assert draft.read_text() == COMMENTED.replace("        # keep: [] -- maybe later\n",
                                                  "        # keep: [] -- maybe later\n" + ADDED)
    folder = "briefings/2021/2021-09-07-valley"
    lines = result.stdout.splitlines()
    assert lines[0] == f"stored {REPORTS / 'sputnik.txt'} as {folder}/reports/sputnik.txt"
    assert lines[1].startswith(f"cleaned it into {folder}/articles/sputnik.json: ") and " words, " in lines[1]
    assert lines[2] == f"added source 'sputnik' (outlet sputnik) to {folder}/briefing.yml"
    assert (draft.parent / "reports/sputnik.txt").read_bytes() == (REPORTS / "sputnik.txt").read_bytes()
    check = run("check", "--root", str(draft.parents[3]))
    assert check.exit_code == 0, check.stderr


def test_the_added_article_is_what_ingest_writes(draft):
    run("add-source", str(draft), str(REPORTS / "sputnik.txt"), "--outlet", "sputnik")
    article = draft.parent / "articles/sputnik.json"
    written = article.read_bytes()
    article.unlink()
    assert run("ingest", "--root", str(draft.parents[3])).exit_code == 0
    assert article.read_bytes() == written


def test_a_second_source_from_the_same_outlet_gets_a_unique_id(draft):
    result = run("add-source", str(draft), str(REPORTS / "kimt.txt"), "--outlet", "cnn")
    assert result.exit_code == 0, result.stderr
    assert "added source 'cnn-2' (outlet cnn)" in result.stdout
    assert "    -   id: cnn-2\n        outlet: cnn\n        report: reports/cnn-2.txt\n" in draft.read_text()


def test_an_empty_list_becomes_a_block_list(archive):
    assert run("new", "--date", "2021-09-08", "--title", "Aid flights", "--root", str(archive)).exit_code == 0
    path = archive / "briefings/2021/2021-09-08-aid-flights/briefing.yml"
    before = path.read_text()
    result = run("add-source", str(path), str(REPORTS / "iran-news.txt"), "--outlet", "iran-news")
    assert result.exit_code == 0, result.stderr
    assert path.read_text() == before.replace(
        "sources: []\n", "sources:\n  - id: iran-news\n    outlet: iran-news\n    report: reports/iran-news.txt\n")


class _Pages(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def local_site(tmp_path):
    """A web server on 127.0.0.1 serving one article page."""
    paragraphs = (REPORTS / "cnn.txt").read_text().split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in paragraphs if len(p) > 80)
    (tmp_path / "story.html").write_text(f"<html><head><title>Story</title></head><body><article>{body}</article></body></html>")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Pages, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_add_source_from_a_url(draft, local_site):
    url = local_site + "story.html"
    result = run("add-source", str(draft), url, "--outlet", "cnn", "--id", "cnn-web")
    assert result.exit_code == 0, result.stderr
    assert f'        report: reports/cnn-web.html\n        url: "{url}"\n' in draft.read_text()
    assert (draft.parent / "reports/cnn-web.html").read_text().startswith("<html>")


@pytest.mark.parametrize("args, message", [
    (["REPORT", "--outlet", "sputnick"], "error: --outlet: unknown outlet 'sputnick' (did you mean 'sputnik'?)\n"),
    (["REPORT", "--outlet", "bbc"], "error: --outlet: unknown outlet 'bbc' (add it to briefings/outlets.yml first)\n"),
    (["REPORT", "--outlet", "cnn", "--id", "cnn"], "error: --id: source 'cnn' is already in this briefing; choose another --id\n"),
    (["REPORT", "--outlet", "cnn", "--id", "CNN 2"], "error: --id: expected lowercase letters, digits and single hyphens, got 'CNN 2'\n"),
    (["nowhere.txt", "--outlet", "cnn"], "error: nowhere.txt: cannot read file: No such file or directory\n"),
    (["EMPTY", "--outlet", "cnn"], "error: EMPTY: file is empty\n"),
    (["URL404", "--outlet", "cnn"], "error: URL404: HTTP 404\n"),
])
def test_errors_leave_every_file_untouched(draft, local_site, tmp_path, args, message):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    names = {"REPORT": str(REPORTS / "sputnik.txt"), "EMPTY": str(empty), "URL404": local_site + "gone.html"}
    args = [names.get(a, a) for a in args]
    root = draft.parents[3]
    before = snapshot(root)
    result = run("add-source", str(draft), *args)
    assert result.exit_code == 1
    assert result.stderr == message.replace("EMPTY", str(empty)).replace("URL404", local_site + "gone.html")
    assert snapshot(root) == before


def test_a_one_line_list_is_refused_with_the_reason(draft):
    draft.write_text("date: 2021-09-07\ntitle: T\nsummary: S\nsources: [{id: cnn, outlet: cnn, report: reports/cnn.txt}]\n")
    result = run("add-source", str(draft), str(REPORTS / "sputnik.txt"), "--outlet", "sputnik")
    assert result.stderr == ("error: briefings/2021/2021-09-07-valley/briefing.yml:4:10: sources: sources is written on "
                             "one line ([...]); put each source on its own line (- id: ...) to use add-source\n")
    assert not (draft.parent / "reports/sputnik.txt").exists()


def test_a_failed_write_undoes_the_earlier_ones(draft):
    (draft.parent / "articles").rename(draft.parent / "articles-moved")
    (draft.parent / "articles").write_text("a file where the articles folder should be\n")
    before = snapshot(draft.parents[3])
    result = run("add-source", str(draft), str(REPORTS / "sputnik.txt"), "--outlet", "sputnik")
    assert result.exit_code == 1
    assert result.stderr == (f"error: {draft.parent / 'articles/sputnik.json'}: cannot write: File exists; "
                             "nothing was changed\n")
    assert snapshot(draft.parents[3]) == before
