"""axe-core in the browser: no serious or critical accessibility violation on the main pages."""

from __future__ import annotations

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.browser

AXE = REPO / "node_modules/axe-core/axe.min.js"
BLOCKING = ("serious", "critical")
PAGES = {"home": "", "briefing": "2021/09/06/taliban-claim-panjshir/", "archive": "archive/", "month": "2021/09/",
         "outlet": "outlets/unattributed-site/", "search": "search/?q=Panjshir"}


def violations(page) -> list[str]:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run npm ci (make test does)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [f"{v['impact']}: {v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})"
            for v in result if v["impact"] in BLOCKING]


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violation(page, findings_url, name, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(findings_url + PAGES[name])
    page.wait_for_load_state("networkidle")
    assert violations(page) == []


def test_axe_reports_a_known_violation(page, findings_url):
    """The check can fail: an image without a text alternative is a critical violation."""
    page.goto(findings_url)
    pixel = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    page.evaluate(f"document.querySelector('article').insertAdjacentHTML('beforeend', '<img src=\"{pixel}\">')")
    assert any(v.startswith("critical: image-alt") for v in violations(page))
