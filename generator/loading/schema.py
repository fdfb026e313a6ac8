"""Validate an editor file against its JSON Schema and report every problem at its place.

The schemas in ``schemas/`` are the contract: ``briefings check`` uses them here, editors' editors
use them through the ``# yaml-language-server: $schema=...`` modeline, and so does pre-commit.
Scalars arrive as strings (see :mod:`.yamlstrict`); the schema says which become numbers,
booleans or nulls, so ``country: no`` stays the string ``"no"``.
A valid document is answered by the schema compiled to Python; jsonschema runs only on the others,
to find and word every problem.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from functools import cache
from importlib import resources

import fastjsonschema
import jsonschema

from ..errors import Problem
from .paths import explain_report_path
from .yamlstrict import Document, Path_, dotted

# Schema nodes marked ``"x-explain": NAME`` get their message from ``EXPLAINERS[NAME](value)``.
EXPLAINERS = {"report": explain_report_path}

_INTEGER = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_NUMBER = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")
# Keywords whose meaning draft 7 (the compiled check) and 2020-12 (jsonschema) share.
_ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "examples", "default"}
_SUBSCHEMA = ("items", "additionalProperties", "propertyNames", "if", "then", "else", "not")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SAME_IN_DRAFT_7 = _ANNOTATIONS | {"$ref", *_SUBSCHEMA, *_SUBSCHEMA_MAPS, *_SUBSCHEMA_LISTS} | {
    "type", "enum", "const", "required", "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern",
    "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minProperties", "maxProperties"}
_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of fields",
    "null": "nothing",
}


@cache
def schema(name: str) -> dict:
    """The JSON Schema named ``name`` (``briefing``, ``outlets`` or ``article``)."""
    text = resources.files(__package__).joinpath("schemas", f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(document: Document, name: str) -> list[Problem]:
    """Type the document's scalars as its schema says, then list every schema violation."""
    return check(document, name)[0]


def check(document: Document, name: str) -> tuple[list[Problem], set[Path_]]:
    """Like :func:`validate`, also returning the path of every invalid part (to set it aside)."""
    root = schema(name)
    if document.plain:  # nothing to type otherwise (an article's JSON is typed already)
        document.value = _coerce(document.value, root, root, (), document)
    if _passes(document.value, name):
        return [], set()
    problems: list[Problem] = []
    invalid: set[Path_] = set()
    for error in _validator(name).iter_errors(document.value):
        found = _problems(error, document)
        problems += [problem for problem, _ in found]
        invalid |= {at for _, at in found if at is not None}
    return _without_echoes(problems), invalid


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    """The validator that finds and words every problem, built once per schema."""
    return jsonschema.Draft202012Validator(schema(name), format_checker=_FORMATS)


def _passes(value, name: str) -> bool:
    """Whether ``value`` is valid by the schema compiled to Python (fastjsonschema); nearly every file is.

    Only its yes is trusted: on a no, or on any failure of its own, jsonschema decides and words the
    problems. On these schemas and on loaded values (JSON types; lists, never tuples) it is never
    looser than jsonschema: it reads them as draft 7 (see :func:`_alike_in_draft_7`), and it ends
    patterns at ``\\Z`` where jsonschema lets ``$`` match before a final newline."""
    compiled = _compiled(name)
    if compiled is None:
        return False
    try:
        compiled(value)
    except Exception:  # a no, or its own failure: either way jsonschema decides
        return False
    return True


@cache
def _compiled(name: str):
    """The schema compiled to Python, or None when draft 7 could read it otherwise than 2020-12."""
    root = schema(name)
    if not _alike_in_draft_7(root):
        return None
    # use_default=False: a compiled validator must never write defaults into the value it checks.
    return fastjsonschema.compile(root, formats=_FAST_FORMATS, use_default=False)


def _alike_in_draft_7(node) -> bool:
    """Whether every keyword of ``node`` means in draft 7 what it means in 2020-12 (a keyword new
    since would be ignored by the compiled check, letting invalid files through)."""
    if isinstance(node, bool):
        return True
    keywords = {key for key in node if not key.startswith("x-")}
    if not keywords <= _SAME_IN_DRAFT_7 or ("$ref" in node and keywords - _ANNOTATIONS - {"$ref"}):
        return False  # beside "$ref", draft 7 ignores every other keyword
    if not isinstance(node.get("items", {}), dict):
        return False  # a list of item schemas is "prefixItems" in 2020-12
    children = [node[key] for key in _SUBSCHEMA if key in node]
    children += [child for key in _SUBSCHEMA_MAPS for child in node.get(key, {}).values()]
    children += [child for key in _SUBSCHEMA_LISTS for child in node.get(key, [])]
    return all(_alike_in_draft_7(child) for child in children)


def _without_echoes(problems: list[Problem]) -> list[Problem]:
    """Drop "required field is missing" when an unknown key already names that field as its fix."""
    named = {(p.path, p.field.rsplit(".", 1)[0] if "." in p.field else "", hint.group(1))
             for p in problems if (hint := re.search(r"(?:did you mean|renamed to) '([^']+)'", p.message))}
    def echo(p: Problem) -> bool:
        parent, _, name = p.field.rpartition(".")
        return p.message == "required field is missing" and (p.path, parent, name) in named
    return [p for p in problems if not echo(p)]


# -- typing scalars -----------------------------------------------------------------------------


def _resolve(node: dict, root: dict) -> dict:
    while "$ref" in node:
        node = root["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _types(node: dict) -> set[str]:
    kind = node.get("type", [])
    return {kind} if isinstance(kind, str) else set(kind)


def _coerce(value, node: dict, root: dict, at: Path_, document: Document):
    node = _resolve(node, root)
    types = _types(node)
    if isinstance(value, dict):
        return {key: _coerce(item, _child_schema(node, key), root, (*at, key), document) for key, item in value.items()}
    if isinstance(value, list):
        items = node.get("items", {})
        return [_coerce(item, items, root, (*at, i), document) for i, item in enumerate(value)]
    if not isinstance(value, str) or at not in document.plain:
        return value
    if "null" in types and value in _NULLS:
        return None
    if "string" in types:
        return value
    if "boolean" in types and value in _BOOLS:
        return _BOOLS[value]
    if "integer" in types and _INTEGER.fullmatch(value):
        return int(value)
    if "number" in types and _NUMBER.fullmatch(value):
        return float(value)
    return value


def _child_schema(node: dict, key: str) -> dict:
    if key in node.get("properties", {}):
        return node["properties"][key]
    for pattern, child in node.get("patternProperties", {}).items():
        if re.search(pattern, key):
            return child
    extra = node.get("additionalProperties", {})
    return extra if isinstance(extra, dict) else {}


# -- formats ------------------------------------------------------------------------------------

_FORMATS = jsonschema.FormatChecker(formats=())


@_FORMATS.checks("date")
def _is_date(value) -> bool:
    if not isinstance(value, str):
        return True  # formats constrain strings only; "type" reports the rest
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


@_FORMATS.checks("date-time")
def _is_date_time(value) -> bool:
    if not isinstance(value, str):
        return True
    if _is_date(value):
        return True
    if not _DATE_TIME.fullmatch(value):
        return False
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


@_FORMATS.checks("uri")
def _is_web_url(value) -> bool:
    return not isinstance(value, str) or re.fullmatch(r"https?://[^\s/$.?#][^\s]*", value) is not None


# The same format checks for the compiled validator, which would otherwise use its own.
_FAST_FORMATS = {"date": _is_date, "date-time": _is_date_time, "uri": _is_web_url}


# -- messages -----------------------------------------------------------------------------------


def _problems(error: jsonschema.ValidationError, document: Document) -> list[tuple[Problem, Path_ | None]]:
    """The problem(s) one schema error stands for, each with the path of the part now invalid."""
    at = tuple(error.absolute_path)
    kind = error.validator
    if kind == "additionalProperties":
        return _unknown_keys(error, document, at)
    if kind == "required":  # one error per missing field, named first in jsonschema's message
        missing = re.match(r"'([^']+)'", error.message).group(1)
        return [(Problem(document.path, *document.where(at), dotted((*at, missing)), "required field is missing"), None)]
    message = _message(error, document, at)
    if "propertyNames" in error.schema_path:
        return [(document.problem((*at, error.instance), message, at_key=True), (*at, error.instance))]
    return [(document.problem(at, message), at)]


def _message(error: jsonschema.ValidationError, document: Document, at: Path_) -> str:
    node = error.schema if isinstance(error.schema, dict) else {}
    if error.validator != "pattern":
        return _describe(error, document, at)
    if "x-explain" in node:
        return EXPLAINERS[node["x-explain"]](error.instance)
    if "x-message" in node:
        return node["x-message"].replace("{value}", _show(error.instance))
    return _describe(error, document, at)


def _unknown_keys(error, document: Document, at: Path_) -> list[tuple[Problem, Path_]]:
    allowed = sorted(error.schema.get("properties", {}))
    renamed = error.schema.get("x-renamed", {})
    found = []
    for key in sorted(set(error.instance) - set(allowed)):
        if key in renamed:
            message = f"'{key}' was renamed to '{renamed[key]}'"
        else:
            message = f"unknown field '{key}'" + _suggest(key, allowed)
        found.append((document.problem((*at, key), message, at_key=True), (*at, key)))
    return found


def _suggest(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _describe(error: jsonschema.ValidationError, document: Document, at: Path_) -> str:
    kind, value = error.validator, error.instance
    shown = _show(value)
    if kind == "type":
        wanted = error.validator_value
        wanted = [wanted] if isinstance(wanted, str) else wanted
        names = " or ".join(_TYPE_NAMES.get(w, w) for w in wanted if w != "null")
        hint = ""
        if "boolean" in wanted and isinstance(value, str):
            hint = " (write true or false)"
        elif "string" in wanted and isinstance(value, (int, float, bool)):
            hint = " (put it in quotes)"
        return f"expected {names}, got {shown}{hint}"
    if kind == "format":
        examples = {"date": "a date like 2021-09-06", "date-time": "a date and time like 2021-09-06T13:30:00+00:00",
                    "uri": "a web address starting with http:// or https://"}
        return f"expected {examples.get(error.validator_value, error.validator_value)}, got {shown}"
    if kind == "enum":
        options = ", ".join(map(str, error.validator_value))
        return f"expected one of: {options}; got {shown}" + _suggest(str(value), map(str, error.validator_value))
    if kind == "minLength":
        return "must not be empty" if error.validator_value == 1 else f"must be at least {error.validator_value} characters"
    if kind == "maxLength":
        return f"must be at most {error.validator_value} characters (got {len(value)})"
    if kind == "minItems":
        return f"needs at least {error.validator_value} item{'s' if error.validator_value != 1 else ''}"
    if kind == "maxItems":
        return f"allows at most {error.validator_value} items (got {len(value)})"
    if kind == "uniqueItems":
        return "lists the same item twice"
    if kind == "pattern":
        return f"{shown} does not match the expected form {error.validator_value}"
    return error.message


def _show(value) -> str:
    if isinstance(value, str):
        return repr(value) if len(value) <= 60 else repr(value[:57] + "...")
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    return repr(value)
