"""A YAML reader for editor files that never guesses.

PyYAML follows YAML 1.1, where ``no`` is false, ``12:30`` is 750 and ``2021-09-06`` is a date.
Editors mean none of that. We compose the node tree (keeping line and column of every node), refuse
duplicate keys, anchors, aliases, tags and oversized files, and hand back plain values whose scalars
are all strings. The schema layer (:mod:`generator.loading.schema`) decides what each string means.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import InputError, Problem

# Editor files are a few KB; 1 MB leaves room for an 80-source briefing with long notes.
MAX_FILE_BYTES = 1_000_000
# Deeper nesting than this is never a real briefing and only costs time.
MAX_DEPTH = 32

Path_ = tuple[str | int, ...]


@dataclass
class Document:
    """A parsed editor file: its value plus where each part of it was written."""

    path: str
    value: object
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    plain: set[Path_] = field(default_factory=set)

    def where(self, at: Path_) -> tuple[int, int]:
        """Line and column (1-based) of the node at ``at``, or of its closest located parent."""
        while at not in self.positions and at:
            at = at[:-1]
        return self.positions.get(at, (1, 1))

    def key_where(self, at: Path_) -> tuple[int, int]:
        """Line and column of the *key* that introduces ``at`` (for unknown-key errors)."""
        return self.positions.get(("@key", *at)) or self.where(at)

    def problem(self, at: Path_, message: str, *, at_key: bool = False) -> Problem:
        line, col = self.key_where(at) if at_key else self.where(at)
        return Problem(self.path, line, col, dotted(at), message)


def dotted(at: Path_) -> str:
    """``('sources', 2, 'published')`` -> ``sources[2].published``."""
    text = ""
    for part in at:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def load(path: Path, display: str | None = None) -> Document:
    """Read and parse one editor file, raising :class:`InputError` naming the place."""
    display = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(Problem(display, message=f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}"))
        data = path.read_bytes()
    except OSError as error:
        raise InputError(Problem(display, message=f"cannot read file: {error.strerror}")) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(Problem(display, message=f"not UTF-8 text (byte {error.start})")) from None
    return parse(text, display)


def parse(text: str, display: str = "<string>") -> Document:
    document = Document(display, None)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        message = error.problem or error.context or "invalid YAML"
        raise InputError(Problem(display, line, col, "", f"invalid YAML: {message}")) from None
    except yaml.YAMLError as error:  # pragma: no cover - PyYAML marks nearly everything
        raise InputError(Problem(display, message=f"invalid YAML: {error}")) from None
    document.value = {} if node is None else _convert(node, (), document, 0)
    return document


class _Loader(yaml.SafeLoader):
    """Refuses aliases at composition time, before they can be expanded."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases (*name) are not allowed in editor files", event.start_mark
            )
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise yaml.composer.ComposerError(
                None, None, f"anchors (&{anchor}) are not allowed in editor files", event.start_mark
            )
        tag = getattr(event, "tag", None)
        if tag not in (None, "!"):
            raise yaml.composer.ComposerError(
                None, None, f"YAML tags ({tag}) are not allowed in editor files", event.start_mark
            )
        return super().compose_node(parent, index)


def _fail(document: Document, node: yaml.Node, at: Path_, message: str) -> InputError:
    mark = node.start_mark
    return InputError(Problem(document.path, mark.line + 1, mark.column + 1, dotted(at), message))


def _convert(node: yaml.Node, at: Path_, document: Document, depth: int):
    if depth > MAX_DEPTH:
        raise _fail(document, node, at, f"nested deeper than {MAX_DEPTH} levels")
    document.positions[at] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.ScalarNode):
        if node.style is None:
            document.plain.add(at)
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*at, i), document, depth + 1) for i, item in enumerate(node.value)]
    return _convert_mapping(node, at, document, depth)


def _convert_mapping(node: yaml.MappingNode, at: Path_, document: Document, depth: int) -> dict:
    result: dict[str, object] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise _fail(document, key_node, at, "keys must be plain words, not lists or mappings")
        key = key_node.value
        if key == "<<":
            raise _fail(document, key_node, at, "merge keys (<<) are not allowed in editor files")
        if key in result:
            first_line = document.positions[("@key", *at, key)][0]
            raise _fail(document, key_node, (*at, key), f"duplicate key (first given on line {first_line})")
        document.positions[(*at, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        result[key] = _convert(value_node, (*at, key), document, depth + 1)
        # Point value errors at the value, key errors (unknown key) at the key.
        document.positions[(*at, key)] = (value_node.start_mark.line + 1, value_node.start_mark.column + 1)
        document.positions[("@key", *at, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    return result

