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
from yaml.reader import Reader

try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml: every file takes the reference reader
    CParser = None

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
# Where libyaml and PyYAML part ways: libyaml takes a tab as a separator inside plain values and
# after ':', and lets a comment touch a block scalar's header (``|#``); PyYAML skips byte-order
# marks when it counts columns. NEL, LS and PS line breaks are rare enough in editor files to leave
# to PyYAML rather than trust the two to agree on. A text holding any of these is read by PyYAML alone.
_LIBYAML_DIFFERS = re.compile("[\t\ufeff\x85\u2028\u2029]|[|>][-+0-9]*#")
# At the end of a text without a final line break libyaml places an empty value on a line of its
# own, PyYAML after the last character: such texts are read by PyYAML alone.
_FINAL_BREAKS = ("\n", "\r")
# libyaml's style of a plain scalar (PyYAML's own parser says None).
_C_PLAIN = ""


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


def parse(text: str, display: str = "<string>", *, with_libyaml: bool = True) -> Document:
    """Parse editor YAML held in ``text``; scalars stay strings, positions are recorded.

    libyaml reads the text when it can vouch for the result; on any error or doubt PyYAML's own
    reader reads it again, so every refusal is worded as PyYAML words it. ``with_libyaml=False``
    reads by PyYAML alone: the reference the fast path is tested against."""
    if len(text) > MAX_FILE_BYTES:
        raise InputError(Problem(display, message=f"text is {len(text):,} characters; the limit is {MAX_FILE_BYTES:,}"))
    _refuse_tab_indentation(text, display)
    return (with_libyaml and _fast_parse(text, display)) or _compose(text, display)


def _compose(text: str, display: str) -> Document:
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
    if "\t" not in text:
        return
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


# -- the fast path: libyaml's events straight into values ---------------------------------------


class _Doubt(Exception):
    """The fast path cannot vouch for this text; the reference reader decides."""


def _fast_parse(text: str, display: str) -> Document | None:
    """The document as libyaml reads it, or None on any error or doubt (refusals are PyYAML's to word).

    Everything the strict reader refuses (aliases, anchors, tags, deep nesting, keys that are not
    plain words, merge keys, duplicate keys, an empty file, a second document) is a doubt here."""
    if (CParser is None or not text.endswith(_FINAL_BREAKS) or Reader.NON_PRINTABLE.search(text)
            or _LIBYAML_DIFFERS.search(text)):
        return None
    parser = CParser(text)
    try:
        return _fast_document(parser, Document(display, None))
    except (yaml.YAMLError, _Doubt):
        return None
    finally:
        parser.dispose()


def _fast_document(parser, document: Document) -> Document:
    parser.get_event()  # the stream's start
    if not isinstance(parser.get_event(), yaml.DocumentStartEvent):
        raise _Doubt  # an empty file
    document.value = _fast_node(parser, parser.get_event(), (), document, 1)
    parser.get_event()  # the document's end
    if not isinstance(parser.get_event(), yaml.StreamEndEvent):
        raise _Doubt  # a second document
    return document


def _fast_node(parser, event, at: Path_, document: Document, depth: int, flow: bool = False):
    """The value of the node ``event`` starts, recorded as :func:`_convert` records it (same order).

    ``flow``: inside ``[...]`` or ``{...}``, where the two readers part ways on some plain values
    (see :func:`_refuse_flow_plain`)."""
    kind = type(event)
    if kind is yaml.AliasEvent or depth > MAX_DEPTH or event.anchor is not None or event.tag is not None:
        raise _Doubt
    mark = event.start_mark
    document.positions[at] = (mark.line + 1, mark.column + 1)
    if kind is yaml.ScalarEvent:
        if event.style == _C_PLAIN:
            _refuse_flow_plain(event, flow)
            document.plain.add(at)
        return event.value
    flow = flow or event.flow_style
    if kind is yaml.SequenceStartEvent:
        return _fast_sequence(parser, at, document, depth, flow)
    return _fast_mapping(parser, at, document, depth, flow)


def _fast_sequence(parser, at: Path_, document: Document, depth: int, flow: bool) -> list:
    items: list = []
    event = parser.get_event()
    while type(event) is not yaml.SequenceEndEvent:
        items.append(_fast_node(parser, event, (*at, len(items)), document, depth + 1, flow))
        event = parser.get_event()
    return items


def _fast_mapping(parser, at: Path_, document: Document, depth: int, flow: bool) -> dict:
    result: dict[str, object] = {}
    key = parser.get_event()
    while type(key) is not yaml.MappingEndEvent:
        _refuse_key(key, result, flow)
        result[key.value] = _fast_node(parser, parser.get_event(), (*at, key.value), document, depth + 1, flow)
        document.positions[("@key", *at, key.value)] = (key.start_mark.line + 1, key.start_mark.column + 1)
        key = parser.get_event()
    return result


def _refuse_key(event, result: dict, flow: bool) -> None:
    """A doubt unless ``event`` is a key the strict reader takes: a new scalar, untagged, not ``<<``."""
    if type(event) is not yaml.ScalarEvent or event.anchor is not None or event.tag is not None:
        raise _Doubt
    if event.value in result or (event.style == _C_PLAIN and event.value == "<<"):
        raise _Doubt
    if event.style == _C_PLAIN:
        _refuse_flow_plain(event, flow)


def _refuse_flow_plain(event, flow: bool) -> None:
    """In ``[...]`` and ``{...}`` PyYAML ends a plain value at ``?`` where libyaml reads on, and the two
    place an empty value (``[a: ]``, ``{? }``) at different columns: either is a doubt there."""
    if flow and (not event.value or "?" in event.value):
        raise _Doubt
