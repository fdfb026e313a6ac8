"""Fetching a report over HTTP, against a server on 127.0.0.1 started here (never the internet)."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cleaning.fetch import fetch, is_url
from generator.cli import main
from generator.errors import FetchError

PAGE = (Path(__file__).parent / "labelled" / "gen-en-harbour-strike-page.html").read_bytes()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the standard library's name)
        if self.path == "/missing":
            self.send_error(404)
            return
        body = PAGE if self.path == "/article" else b"x" * 5000
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_is_url():
    assert is_url("https://example.org/a") and not is_url("reports/a.txt")


def test_fetch_returns_the_bytes(server):
    assert fetch(f"{server}/article") == PAGE


def test_http_errors_and_size_limit_are_fetch_errors(server):
    with pytest.raises(FetchError, match=r"/missing: HTTP 404$"):
        fetch(f"{server}/missing")
    with pytest.raises(FetchError, match=r"/big: larger than the 1,000-byte limit$"):
        fetch(f"{server}/big", max_bytes=1000)


def test_clean_a_url_through_the_cli(server):
    result = CliRunner().invoke(main, ["clean", f"{server}/article"])
    assert result.exit_code == 0
    assert "Dock workers at Port Talland returned to their cranes" in result.output
    assert "More stories" not in result.output


def test_unreachable_url_is_one_line(server):
    port = server.rsplit(":", 1)[1]
    result = CliRunner().invoke(main, ["clean", f"http://127.0.0.1:{int(port) + 1}/x"])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: http://127.0.0.1:{int(port) + 1}/x: ")
    assert result.output.count("\n") == 1
