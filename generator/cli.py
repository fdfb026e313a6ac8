"""The ``briefings`` command line: argument parsing only; each command lives in ``commands/``."""

from __future__ import annotations

import sys

import click

from . import __version__
from .commands import COMMANDS
from .errors import BriefingsError, NoArticleFound


class _Group(click.Group):
    """Turns the tool's own errors into one line on stderr and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except NoArticleFound as error:
            click.echo(f"warning: {error}", err=True)
            sys.exit(error.exit_code)
        except BriefingsError as error:
            if ctx.obj and ctx.obj.get("verbose"):
                raise
            click.echo(f"error: {error}" if "\n" not in str(error) else str(error), err=True)
            sys.exit(error.exit_code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefings")
@click.option("--verbose", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """Publish dated briefings that compare how outlets reported one event."""
    ctx.obj = {"verbose": verbose}


for command in COMMANDS:
    main.add_command(command)
