"""The example site, built once per test run with the real mkdocs, and served on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server

import threading
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest

from generator import writer
from generator.analyze import analyze
from generator.loading.archive import load_archive
from generator.pipeline import TEMPLATES_DIR, build, source_date_epoch
from generator.render.site import render_site
from generator.site import build_site
from generator.siteconfig import load_site_config
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, copy_archive  # noqa: F401
from tests.render.samples import with_findings


def parse(html: str) -> lxml.html.HtmlElement:
    """A built page as an element tree: pages are minified, so attribute order and quoting are the
    minifier's business, and tests look at elements, not at strings."""
    return lxml.html.fromstring(html)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    archive = copy_archive(tmp_path_factory.mktemp("site") / "archive")
    return build(archive)


@pytest.fixture(scope="session")
def findings_site(tmp_path_factory) -> Path:
    """The example built with a hand-made comparison holding derivation, disputes and conflicts.

    The real loader, renderer, writer, mkdocs and Pagefind; only the analyses' output is given.
    """
    root = copy_archive(tmp_path_factory.mktemp("findings") / "archive")
    archive = load_archive(root)
    items = [with_findings(analyze(archive, briefing)) for briefing in archive.briefings]
    writer.write_tree(root / "docs", render_site(archive, items, root / TEMPLATES_DIR, load_site_config(root)))
    return build_site(root, source_date_epoch(archive))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _serve(folder: Path):
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def site_url(built_site):
    server = _serve(built_site)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def findings_url(findings_site):
    server = _serve(findings_site)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture
def page(browser):
    """A fresh page that fails the test on any console error, uncaught exception or request that
    leaves 127.0.0.1 (the site makes no third-party requests; such requests are refused)."""
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.route("**/*", lambda route: _local_only(route, outside))
    yield page
    context.close()
    assert not outside, f"requests leaving 127.0.0.1: {outside}"
    assert not errors, f"console errors: {errors}"


def _local_only(route, outside: list[str]) -> None:
    url = route.request.url
    if urlsplit(url).hostname == "127.0.0.1" or url.startswith(("data:", "blob:")):
        route.continue_()
    else:
        outside.append(url)
        route.abort()


