"""``briefings serve``: preview the site locally, regenerating pages when editor files change."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click

from ..pipeline import TEMPLATES_DIR, generate
from ..structure.archive import BRIEFINGS_DIR
from ..mkdocs_hooks import REGENERATE_ENV
from .common import root_option

# Loopback only by default: a preview is for the editor, not for the network.
DEFAULT_ADDRESS = "127.0.0.1:8000"



@click.command()
@click.option("--dev-addr", "-a", default=DEFAULT_ADDRESS, show_default=True, metavar="IP:PORT",
              help="Address to serve on.")
@root_option
def serve(dev_addr: str, root: Path) -> None:
    """Generate the pages and run mkdocs serve, regenerating when briefings/ or templates/ change."""
    generate(root)
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", dev_addr,
               "--watch", str(root / BRIEFINGS_DIR), "--watch", str(root / TEMPLATES_DIR)]
    click.echo(f"serving on http://{dev_addr}/ (Ctrl+C to stop)")
    env = {**os.environ, REGENERATE_ENV: "1"}
    try:
        subprocess.run(command, cwd=root, env=env, check=False)
    except KeyboardInterrupt:
        pass
