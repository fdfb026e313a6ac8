"""What one search costs a reader: bytes fetched and time to the first result, in real Chromium.

The built site is served on 127.0.0.1; each query runs in a fresh browser context (empty cache)
on the search page, typed into Pagefind's box. Bytes are those of every Pagefind file the page
fetched, counted as GitHub Pages sends them: text (JavaScript, CSS, JSON) gzipped, Pagefind's
index and fragment files (already compressed) and WebAssembly as they are.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import statistics
import threading
import time
from pathlib import Path

import yaml

from ..structure.archive import BRIEFING_FILE, BRIEFINGS_DIR

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# Served compressed by GitHub Pages (text); everything else is counted as it is on disk.
COMPRESSED_BY_SERVER = (".js", ".css", ".json")
# Pagefind's engine and interface: fetched once whatever the archive's size.
ENGINE = ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json", ".pagefind")
RESULT_TIMEOUT_MS = 30_000


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def search_figures(site: Path, root: Path) -> dict:
    """Median bytes and time over queries a reader would type: a place, a person, an outlet, a tag."""
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/search/"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            runs = [_query(browser, url, site, query) for query in queries(root)]
            browser.close()
    finally:
        server.shutdown()
    return {
        "search_bytes_per_query": round(statistics.median(run["bytes"] for run in runs)),
        "search_index_bytes_per_query": round(statistics.median(run["index_bytes"] for run in runs)),
        "search_first_result_ms": round(statistics.median(run["ms"] for run in runs)),
        "search_queries": [run["query"] for run in runs],
    }


def queries(root: Path) -> list[str]:
    """Words from the middle briefing of the archive: its place, a person, an outlet, its region."""
    files = sorted((root / BRIEFINGS_DIR).glob(f"*/*/{BRIEFING_FILE}"))
    document = yaml.safe_load(files[len(files) // 2].read_text("utf-8"))
    outlets = yaml.safe_load((root / BRIEFINGS_DIR / "outlets.yml").read_text("utf-8"))
    place = document["slug"].rsplit("-", 1)[0].capitalize()
    person = document["title"].split()[0]
    outlet = outlets[document["sources"][0]["outlet"]]["name"].split()[1]
    return [place, person, outlet, document["tags"][0]]


def _query(browser, url: str, site: Path, query: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(url)
    box = page.locator(".pagefind-ui__search-input")
    box.wait_for()
    started = time.perf_counter()
    box.fill(query)
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=RESULT_TIMEOUT_MS)
    elapsed = (time.perf_counter() - started) * 1000
    page.wait_for_load_state("networkidle")
    context.close()
    files = [_file(site, address) for address in fetched if "/pagefind/" in address]
    sizes = {path: _sent_bytes(path) for path in set(files) if path.is_file()}
    index = sum(size for path, size in sizes.items() if not path.name.endswith(ENGINE))
    return {"query": query, "bytes": sum(sizes.values()), "index_bytes": index, "ms": elapsed}


def _file(site: Path, address: str) -> Path:
    path = address.split("://", 1)[1].split("/", 1)[1].split("?", 1)[0]
    return site / path


def _sent_bytes(path: Path) -> int:
    data = path.read_bytes()
    return len(gzip.compress(data, mtime=0)) if path.suffix in COMPRESSED_BY_SERVER else len(data)
