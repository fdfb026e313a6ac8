"""A YAML reader for editor files that never guesses.

PyYAML follows YAML 1.1, where ``no`` is false, ``12:30`` is 750 and ``2021-09-06`` is a date.
Editors mean none of that. We compose the node tree (keeping line and column of every node), refuse
duplicate keys, anchors, aliases, tags and oversized files, and hand back plain values whose scalars
are all strings. The schema layer (:mod:`generator.loading.schema`) decides what each string means.
Every refusal is one :class:`InputError` naming the line and column, in words an editor can act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import InputError, Problem

# Editor files are a few KB; 1 MB leaves room for an 80-source briefing with long notes.
MAX_FILE_BYTES = 1_000_000
# Deeper nesting than this is never a real briefing and only costs time (and recursion).
MAX_DEPTH = 32

Path_ = tuple[str | int, ...]

# PyYAML's wording -> what an editor should do about it (matched against the problem text).
_YAML_HINTS = (
    ("mapping values are not allowed", "a ': ' inside a value starts a new field; put the whole value in quotes "
                                       "(or the line above is missing its 'field:')"),
    ("found character '\\t'", "a tab character; indent with spaces only"),
    ("found unexpected end of stream", "a quote opened on line {context_line} is never closed"),
    ("expected <block end>", "this line's indentation does not line up with the lines above it"),
    ("could not find expected ':'", "expected 'field: value' on line {context_line} (is the colon missing?)"),
    ("but found another document", "a second document starts here ('---'); an editor file holds one document"),
)
_CANNOT_START = re.compile(r"found character '(.)' that cannot start any token")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


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
    return parse(decode(read(path, display), display), display)


def read(path: Path, display: str) -> bytes:
    """The file's bytes, refusing anything over :data:`MAX_FILE_BYTES` before reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(Problem(display, message=f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}"))
        return path.read_bytes()
    except OSError as error:
        raise InputError(Problem(display, message=f"cannot read file: {error.strerror}")) from None


def decode(data: bytes, display: str) -> str:
    """UTF-8 text (a leading byte-order mark, as Windows editors write, is dropped)."""
    if data.startswith(_UTF16_BOMS):
        raise InputError(Problem(display, 1, 1, "", "saved as UTF-16; save the file as UTF-8"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        col = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        byte = data[error.start]
        raise InputError(Problem(display, line, col, "", f"byte 0x{byte:02X} is not UTF-8 text; "
                                                         "save the file as UTF-8")) from None


def parse(text: str, display: str = "<string>") -> Document:
    """Parse editor YAML held in ``text``; scalars stay strings, positions are recorded."""
    if len(text) > MAX_FILE_BYTES:
        raise InputError(Problem(display, message=f"text is {len(text):,} characters; the limit is {MAX_FILE_BYTES:,}"))
    _refuse_tab_indentation(text, display)
    document = Document(display, None)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        raise InputError(_yaml_problem(error, display)) from None
    except yaml.reader.ReaderError as error:
        raise InputError(_reader_problem(error, text, display)) from None
    except yaml.YAMLError as error:  # pragma: no cover - PyYAML marks nearly everything
        raise InputError(Problem(display, message=f"invalid YAML: {error}")) from None
    if node is None:
        raise InputError(Problem(display, 1, 1, "", "the file is empty"))
    document.value = _convert(node, (), document, 0)
    return document


def _refuse_tab_indentation(text: str, display: str) -> None:
    """PyYAML's own message for a tab is cryptic and points past it; name the line instead."""
    for number, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent and line.strip():
            raise InputError(Problem(display, number, indent.index("\t") + 1, "",
                                     "invalid YAML: a tab character; indent with spaces only"))


def _yaml_problem(error: yaml.MarkedYAMLError, display: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    message = error.problem or error.context or "invalid YAML"
    context_line = error.context_mark.line + 1 if error.context_mark else line
    return Problem(display, line, col, "", f"invalid YAML: {_explain(message, context_line)}")


def _explain(message: str, context_line: int) -> str:
    for needle, hint in _YAML_HINTS:
        if needle in message:
            return hint.format(context_line=context_line)
    start = _CANNOT_START.search(message)
    if start:
        return f"a value cannot start with {start.group(1)!r}; put the whole value in quotes"
    return message


def _reader_problem(error: yaml.reader.ReaderError, text: str, display: str) -> Problem:
    position = min(error.position, len(text))
    line = text.count("\n", 0, position) + 1
    col = position - (text.rfind("\n", 0, position) + 1) + 1
    code = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "\0")
    return Problem(display, line, col, "", f"invalid YAML: the control character U+{code:04X} is not allowed; "
                                           "delete it (it is often pasted in invisibly)")


class _Loader(yaml.SafeLoader):
    """Refuses aliases, anchors, tags and deep nesting at composition time, before any expansion."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        self._refuse(event)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(None, None, f"nested deeper than {MAX_DEPTH} levels",
                                                  event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    @staticmethod
    def _refuse(event) -> None:
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases (*name) are not allowed in editor files", event.start_mark)
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise yaml.composer.ComposerError(
                None, None, f"anchors (&{anchor}) are not allowed in editor files", event.start_mark)
        tag = getattr(event, "tag", None)
        if tag not in (None, "!"):
            raise yaml.composer.ComposerError(
                None, None, f"YAML tags ({tag}) are not allowed in editor files", event.start_mark)


def _fail(document: Document, node: yaml.Node, at: Path_, message: str) -> InputError:
    mark = node.start_mark
    return InputError(Problem(document.path, mark.line + 1, mark.column + 1, dotted(at), message))


def _convert(node: yaml.Node, at: Path_, document: Document, depth: int):
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
        if key == "<<" and key_node.style is None:
            raise _fail(document, key_node, at, "merge keys (<<) are not allowed in editor files")
        if key in result:
            first_line = document.positions[("@key", *at, key)][0]
            raise _fail(document, key_node, (*at, key), f"duplicate key (first given on line {first_line})")
        result[key] = _convert(value_node, (*at, key), document, depth + 1)
        # Point value errors at the value, key errors (unknown key) at the key.
        document.positions[("@key", *at, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    return result
