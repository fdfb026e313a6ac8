"""Measure the published site as a reader's browser gets it, and its search index as it grows.

    python scripts/measure_site.py [--sizes 10,100,400] [--runs 5] [--record]

Prints a Markdown table of figures; ``--record`` also writes them into README.md between the
``<!-- site-figures -->`` markers. A measurement, not a test: nothing here passes or fails.

* Briefing page: the example archive built for real (mkdocs + Pagefind), served on 127.0.0.1 and
  loaded in headless Chromium with an empty cache; requests, bytes (raw and gzipped, as GitHub
  Pages serves them) and the first contentful paint, median of ``--runs`` loads.
* Search: synthetic archives of N briefings (the example cloned, each with its own title and summary
  vocabulary) built with Pagefind and with Material's lunr index; bytes per briefing on disk, and
  bytes a browser fetches to answer one query.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import random
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.pipeline import build  # noqa: E402
from tests.conftest import copy_archive  # noqa: E402

EXAMPLE = "briefings/2021/2021-09-06-panjshir"
BRIEFING_URL = "2021/09/06/taliban-claim-panjshir/"
README = REPO / "README.md"
MARKERS = ("<!-- site-figures -->", "<!-- /site-figures -->")
# Pagefind's interface and engine: fetched once per search session whatever the archive's size.
PAGEFIND_FIXED = re.compile(r"pagefind[^/]*\.(js|css|wasm)|wasm\.[a-z]+\.pagefind$")
# Words drawn to make each synthetic briefing's title and summary its own.
VOCABULARY_SIZE = 20_000
WORDS_PER_SUMMARY = 60


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def page_figures(site: Path, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    server, url = serve(site)
    loads = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for _ in range(runs):
            loads.append(_load(browser, url + BRIEFING_URL, site))
        browser.close()
    server.shutdown()
    return {key: statistics.median(load[key] for load in loads) for key in loads[0]}


def _load(browser, url: str, site: Path) -> dict:
    context = browser.new_context()
    page = context.new_page()
    files: list[Path] = []
    page.on("requestfinished", lambda request: files.append(_file_of(request.url, site)))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    paint = page.evaluate("performance.getEntriesByName('first-contentful-paint')[0].startTime")
    loaded = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    context.close()
    raw = [path.read_bytes() for path in files if path.is_file()]
    return {"requests": len(files), "bytes": sum(map(len, raw)), "gzip_bytes": sum(len(gzip.compress(b)) for b in raw),
            "first_paint_ms": paint, "load_ms": loaded}


def _file_of(url: str, site: Path) -> Path:
    path = url.split("://", 1)[1].split("/", 1)[1].split("?", 1)[0].split("#", 1)[0]
    target = site / path
    return target / "index.html" if path.endswith("/") or not path else target


def synthetic_archive(root: Path, count: int, search: str) -> Path:
    archive = copy_archive(root)
    if search == "lunr":
        config = archive / "mkdocs.yml"
        config.write_text(config.read_text().replace("plugins:\n", "plugins:\n  - search\n", 1))
    example = archive / EXAMPLE
    text = (example / "briefing.yml").read_text()
    rng = random.Random(count)
    vocabulary = [f"w{n:05d}" for n in range(VOCABULARY_SIZE)]
    for number in range(1, count):
        _clone(archive, example, text, number, rng, vocabulary)
    return archive


def _clone(archive: Path, example: Path, text: str, number: int, rng, vocabulary) -> None:
    day = time.gmtime(time.mktime((2021, 9, 6 + number, 12, 0, 0, 0, 0, 0)))
    date = f"{day.tm_year}-{day.tm_mon:02d}-{day.tm_mday:02d}"
    folder = archive / f"briefings/{day.tm_year}/{date}-clone-{number}"
    shutil.copytree(example, folder)
    words = " ".join(rng.choice(vocabulary) for _ in range(WORDS_PER_SUMMARY))
    text = (text.replace("date: 2021-09-06", f"date: {date}").replace("slug: taliban-claim-panjshir", f"slug: clone-{number}")
            .replace("title: Taliban claim Panjshir;", f"title: {rng.choice(vocabulary)} {rng.choice(vocabulary)};")
            .replace("summary: |\n", f"summary: |\n  {words}\n\n", 1))
    (folder / "briefing.yml").write_text(text)


def search_figures(sizes: list[int]) -> list[dict]:
    rows = []
    for count in sizes:
        with tempfile.TemporaryDirectory() as temporary:
            pagefind_site = build(synthetic_archive(Path(temporary) / "pagefind", count, "pagefind"))
            lunr_site = build(synthetic_archive(Path(temporary) / "lunr", count, "lunr"))
            rows.append(_search_row(count, pagefind_site, lunr_site))
            print(json.dumps(rows[-1]), file=sys.stderr)
    return rows


def _search_row(count: int, pagefind_site: Path, lunr_site: Path) -> dict:
    index = [p for p in (pagefind_site / "pagefind").rglob("*") if p.is_file() and not PAGEFIND_FIXED.search(p.name)]
    lunr = (lunr_site / "search/search_index.json").read_bytes()
    return {
        "briefings": count,
        "pagefind_bytes_per_briefing": round(sum(p.stat().st_size for p in index) / count),
        "pagefind_query_bytes": _query_bytes(pagefind_site),
        "lunr_gzip_bytes_per_briefing": round(len(gzip.compress(lunr)) / count),
        "lunr_bytes_every_page_load": len(gzip.compress(lunr)),
        "site_bytes_per_briefing": round(_tree_bytes(pagefind_site) / count),
    }


def _query_bytes(site: Path) -> int:
    """Bytes of index chunks and result fragments fetched to show the results for "Panjshir"."""
    from playwright.sync_api import sync_playwright

    server, url = serve(site)
    files: list[Path] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()
        page.on("requestfinished", lambda request: files.append(_file_of(request.url, site)))
        page.goto(url + "search/?q=Panjshir")
        page.locator(".pagefind-ui__result-link").first.wait_for(timeout=30_000)
        page.wait_for_load_state("networkidle")
        browser.close()
    server.shutdown()
    print("fetched for one query:", sorted(p.name for p in files if "/pagefind/" in p.as_posix()), file=sys.stderr)
    return sum(p.stat().st_size for p in files if "/pagefind/" in p.as_posix() and not PAGEFIND_FIXED.search(p.name))


def _tree_bytes(root: Path) -> int:
    """The site less what every archive carries once (theme, vendored and Pagefind code)."""
    return sum(p.stat().st_size for p in root.rglob("*")
               if p.is_file() and not p.relative_to(root).as_posix().startswith("assets/")
               and not PAGEFIND_FIXED.search(p.name))


def table(page: dict, rows: list[dict], runs: int) -> str:
    lines = [f"Briefing page of the example archive (5 sources), empty cache, median of {runs} loads in headless Chromium:",
             "", "| Requests | Page weight | Gzipped (as served by GitHub Pages) | First contentful paint | Load event |",
             "|---:|---:|---:|---:|---:|",
             f"| {page['requests']:.0f} | {page['bytes'] / 1024:.0f} KB | {page['gzip_bytes'] / 1024:.0f} KB "
             f"| {page['first_paint_ms']:.0f} ms | {page['load_ms']:.0f} ms |", "",
             "Search index as the archive grows (the example cloned N times, each clone with its own title and summary words):",
             "", "| Briefings | Pagefind index per briefing | Pagefind bytes per query | lunr index per briefing (gzipped) "
             "| lunr download on every page | Site per briefing (no shared assets) |", "|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {r['briefings']} | {r['pagefind_bytes_per_briefing'] / 1024:.1f} KB | {r['pagefind_query_bytes'] / 1024:.0f} KB "
              f"| {r['lunr_gzip_bytes_per_briefing'] / 1024:.1f} KB | {r['lunr_bytes_every_page_load'] / 1024:.0f} KB "
              f"| {r['site_bytes_per_briefing'] / 1024:.0f} KB |" for r in rows]
    return "\n".join(lines)


def record(text: str) -> None:
    readme = README.read_text()
    start, end = MARKERS
    before, rest = readme.split(start, 1)
    README.write_text(before + start + "\n" + text + "\n" + end + rest.split(end, 1)[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,400", help="synthetic archive sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="page loads to take the median of")
    parser.add_argument("--record", action="store_true", help="write the figures into README.md")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        page = page_figures(build(copy_archive(Path(temporary) / "example")), options.runs)
    text = table(page, search_figures([int(n) for n in options.sizes.split(",")]), options.runs)
    print(text)
    if options.record:
        record(text)


if __name__ == "__main__":
    main()
