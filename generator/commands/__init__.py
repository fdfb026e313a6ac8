"""One module per command; this list is the CLI's table of contents."""

from .clean import clean

COMMANDS = [clean]
