"""Third-party browser code the site serves itself (the site makes no third-party requests).

Mermaid comes from the npm registry (``package.json`` pins it; ``npm ci`` installs it). Its ES
module build is split in chunks, so a briefing page downloads only the flowchart parts it uses.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import BriefingsError
from . import Page

MERMAID_DIST = Path("node_modules/mermaid/dist")
MERMAID_ENTRY = "mermaid.esm.min.mjs"
MERMAID_CHUNKS = "chunks/mermaid.esm.min"
# Where the pages load it from (see templates/assets/briefings.js).
MERMAID_TARGET = "assets/vendor/mermaid"


def vendored_pages(root: Path) -> list[Page]:
    """Mermaid's entry module and chunks (source maps left out), copied into the docs tree."""
    dist = root / MERMAID_DIST
    entry = dist / MERMAID_ENTRY
    if not entry.is_file():
        raise BriefingsError(f"{MERMAID_DIST / MERMAID_ENTRY}: missing; run `npm ci` to install the site's "
                             "browser code (make site does)")
    files = [entry, *sorted((dist / MERMAID_CHUNKS).glob("*.mjs"))]
    return [Page(f"{MERMAID_TARGET}/{path.relative_to(dist).as_posix()}", path.read_bytes()) for path in files]
