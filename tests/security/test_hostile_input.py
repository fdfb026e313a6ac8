"""Untrusted text in, nothing executes: every payload through every field, built for real, loaded in
Chromium with a dialog listener that must never fire."""

from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path

import lxml.html
import pytest

from generator.pipeline import build, ingest
from generator.render.escape import strip_controls

from .hostile import build_archive
from .payloads import PAYLOADS, marker

# Attributes that can run script or load a document.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcdoc",
                  "{http://www.w3.org/1999/xlink}href"}
DANGEROUS_SCHEMES = re.compile(r"^(javascript|data|vbscript):", re.I)
# Elements that run or embed content; a payload marker inside one means the payload got through.
ACTIVE_ELEMENTS = {"script", "style", "iframe", "object", "embed", "form", "template", "svg", "math", "frame",
                   "frameset", "applet", "isindex", "video", "audio", "source", "marquee", "noscript", "textarea"}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    archive = build_archive(tmp_path_factory.mktemp("hostile") / "archive")
    ingest(archive)
    return build(archive)


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def executable_findings(path: Path) -> list[str]:
    tree = lxml.html.fromstring(path.read_bytes())
    findings = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        for name, value in element.attrib.items():
            name = name.lower()
            if name.startswith("on"):
                findings.append(f"<{tag} {name}=...>")
            normalised = re.sub(r"[\s\x00-\x1f]+", "", value)
            if name in URL_ATTRIBUTES and DANGEROUS_SCHEMES.match(normalised):
                findings.append(f"<{tag} {name}={value[:60]!r}>")
            if name in ("style", "srcdoc") and "pwn" in value.lower():
                findings.append(f"<{tag} {name}={value[:60]!r}>")
        if tag in ACTIVE_ELEMENTS and "pwn" in (element.text or "").lower():
            findings.append(f"<{tag}> carries a payload: {element.text[:60]!r}")
        if tag == "meta" and element.get("http-equiv", "").lower() == "refresh" and "pwn" in element.get("content", "").lower():
            findings.append(f"<meta http-equiv=refresh> carries a payload")
    return findings


def test_the_corpus_is_large_and_every_case_is_marked():
    assert len(PAYLOADS) >= 60
    assert all(marker(i) in payload for i, payload in enumerate(PAYLOADS))


def test_no_page_contains_anything_executable_from_the_payloads(hostile_site):
    pages = html_pages(hostile_site)
    assert len(pages) > 2 * len(PAYLOADS)
    found = {str(p.relative_to(hostile_site)): f for p in pages if (f := executable_findings(p))}
    assert not found, found


def test_each_title_is_shown_as_the_text_the_editor_wrote(hostile_site):
    titles = {_heading(p) for p in hostile_site.glob("20*/*/*/*/index.html")}
    for index, payload in enumerate(PAYLOADS):
        expected = re.sub(r"\s+", " ", strip_controls(f"Hostile {index + 1}: {payload}")).strip()
        assert expected in titles, f"payload {index + 1} was not displayed verbatim: {expected!r}"


def _heading(path: Path) -> str:
    tree = lxml.html.fromstring(path.read_bytes())
    heading = tree.find(".//h1")
    text = heading.text_content() if heading is not None else ""
    return re.sub(r"\s+", " ", text.replace("¶", "")).strip()


@pytest.mark.browser
def test_no_dialog_fires_on_any_page(hostile_site, browser):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(hostile_site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    dialogs: list[str] = []
    context = browser.new_context()
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))
    try:
        for path in html_pages(hostile_site):
            page.goto(base + path.relative_to(hostile_site).as_posix(), wait_until="load")
            page.mouse.move(200, 300)
            page.keyboard.press("Tab")
        assert not dialogs, dialogs
    finally:
        context.close()
        server.shutdown()
