"""One module per command; this list is the CLI's table of contents."""

from .add_source import add_source
from .bench import bench
from .build import build
from .check import check
from .clean import clean
from .compare import compare
from .generate import generate
from .ingest import ingest
from .new import new
from .serve import serve

COMMANDS = [new, add_source, clean, compare, ingest, check, generate, build, serve, bench]
