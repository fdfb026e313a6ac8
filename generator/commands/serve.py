"""``briefings serve``: preview the site locally, regenerating pages when editor files change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from ..pipeline import DOCS_DIR, TEMPLATES_DIR
from ..structure.archive import BRIEFINGS_DIR
from .common import root_option

# Loopback only by default: a preview is for the editor, not for the network.
DEFAULT_ADDRESS = "127.0.0.1:8000"


@click.command()
@click.option("--dev-addr", "-a", default=DEFAULT_ADDRESS, show_default=True, metavar="IP:PORT",
              help="Address to serve on.")
@root_option
def serve(dev_addr: str, root: Path) -> None:
    """Serve the site at IP:PORT and rebuild it whenever briefings/ or templates/ change.

    The briefings MkDocs plugin (enabled in mkdocs.yml) regenerates docs/ before each rebuild,
    rendering and writing only what changed; mkdocs then renders only the pages whose files changed,
    so an edit shows in seconds even in a large archive. A change to templates/overrides/ or
    mkdocs.yml rebuilds the whole site.
    """
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", dev_addr,
               "--watch", str(root / BRIEFINGS_DIR), "--watch", str(root / TEMPLATES_DIR)]
    # MkDocs refuses a missing docs_dir before the plugin can generate it (a fresh clone has none).
    (root / DOCS_DIR).mkdir(exist_ok=True)
    click.echo(f"serving on http://{dev_addr}/ (Ctrl+C to stop)")
    try:
        result = subprocess.run(command, cwd=root, check=False)
    except KeyboardInterrupt:
        return
    sys.exit(result.returncode)
