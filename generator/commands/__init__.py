"""One module per command; this list is the CLI's table of contents."""

from .build import build
from .check import check
from .clean import clean
from .compare import compare
from .generate import generate
from .ingest import ingest
from .serve import serve

COMMANDS = [clean, compare, ingest, check, generate, build, serve]
