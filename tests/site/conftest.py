"""The example site, built once per test run with the real mkdocs, and served on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server

import threading
from pathlib import Path

import pytest

from generator.pipeline import build
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, copy_archive  # noqa: F401

@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    archive = copy_archive(tmp_path_factory.mktemp("site") / "archive")
    return build(archive)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture
def page(browser):
    """A fresh page that fails the test on any console error or uncaught exception."""
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"console errors: {errors}"


