"""Add a source to a briefing's YAML as text, so every comment and all formatting stay as written.

A round-trip YAML library would re-indent and re-wrap what the editor wrote; instead we find the end
of the ``sources:`` list from the parser's marks and insert the new entry's lines there, in the
indentation the file already uses. The result is parsed again by the caller before it is written.
"""

from __future__ import annotations

import yaml

from ..errors import InputError, Problem

# Indentation used when the file gives none to copy (an empty ``sources: []``).
DEFAULT_INDENT = 2


def append_source(text: str, display: str, fields: list[tuple[str, str]]) -> str:
    """``text`` with a new ``sources`` entry made of ``fields`` (values already YAML-safe)."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    key, node = _sources_node(root, display)
    lines = text.splitlines(keepends=True)
    if isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
        dash, item = _item_indent(lines, node)
        return _insert(lines, _last_line(lines, node, dash) + 1, _entry(fields, dash, item))
    if isinstance(node, yaml.SequenceNode) and node.value:
        raise InputError(Problem(display, node.start_mark.line + 1, node.start_mark.column + 1, "sources",
                                 "sources is written on one line ([...]); put each source on its own line "
                                 "(- id: ...) to use add-source"))
    indent = key.start_mark.column + DEFAULT_INDENT
    return _replace_empty(lines, node, _entry(fields, indent, indent + 2))


def _sources_node(root, display: str) -> tuple[yaml.Node, yaml.Node]:
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "sources":
                return key, value
    raise InputError(Problem(display, 1, 1, "sources", "the file has no sources: list to add to"))


def _item_indent(lines: list[str], node: yaml.SequenceNode) -> tuple[int, int]:
    """Columns of the dash and of the entry's keys, copied from the first entry."""
    first = node.value[0]
    line = lines[first.start_mark.line]
    dash = line.rfind("-", 0, first.start_mark.column)
    return dash, first.start_mark.column


def _last_line(lines: list[str], node: yaml.SequenceNode, dash: int) -> int:
    """The last line of the list's last entry: content, or a comment indented inside the entry.

    Blank lines and comments at the list's own indentation or less introduce what follows.
    """
    last = node.value[-1].start_mark.line
    for number in range(last + 1, min(node.end_mark.line, len(lines) - 1) + 1):
        stripped = lines[number].strip()
        indent = len(lines[number]) - len(lines[number].lstrip())
        if not stripped or (stripped.startswith("#") and indent <= dash):
            continue
        if indent <= dash:
            break
        last = number
    return last


def _entry(fields: list[tuple[str, str]], dash: int, item: int) -> list[str]:
    first, *rest = fields
    lines = [" " * dash + "-" + " " * (item - dash - 1) + f"{first[0]}: {first[1]}\n"]
    return lines + [" " * item + f"{name}: {value}\n" for name, value in rest]


def _insert(lines: list[str], at: int, new: list[str]) -> str:
    if at > 0 and not lines[at - 1].endswith("\n"):
        lines[at - 1] += "\n"
    return "".join(lines[:at] + new + lines[at:])


def _replace_empty(lines: list[str], node: yaml.Node, new: list[str]) -> str:
    """``sources: []`` (or an empty ``sources:``) becomes ``sources:`` followed by the entry."""
    number = node.start_mark.line
    line = lines[number]
    if isinstance(node, yaml.SequenceNode):
        start, end = node.start_mark.column, node.end_mark.column
        line = line[:start].rstrip(" ") + line[end:]
    lines[number] = line if line.endswith("\n") else line + "\n"
    return _insert(lines, number + 1, new)
