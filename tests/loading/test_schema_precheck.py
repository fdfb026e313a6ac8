"""The compiled precheck only ever says "valid" where jsonschema finds nothing.

The reference is :func:`schema.check` with the precheck switched off (jsonschema alone): for any
document, the problems and the invalid paths must be the same with it on.
"""

from __future__ import annotations

import copy
import json
import math
from unittest import mock

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.loading import schema, yamlstrict
from tests.conftest import REPO

BRIEFING = REPO / "briefings/2021/2021-09-06-panjshir/briefing.yml"
OUTLETS = REPO / "briefings/outlets.yml"
ARTICLE = REPO / "briefings/2021/2021-09-06-panjshir/articles/cnn.json"
# Values close to what the schemas accept or refuse: formats, patterns ending in a newline, enums.
NEAR_MISSES = ["2021-09-06", "2021-02-30", "2021-09-06T13:30:00Z", "2021-09-06 13:30", "https://x.example/a", "ftp://x",
               "cnn", "cnn\n", "Cnn", "reports/a.txt", "reports/a.txt\n", "../a.txt", "", " ", "true", "no", "asserts",
               "not mentioned", "briefings ingest", "paragraph", "heading", "html", "NO", "US\n", "a" * 301, "0" * 64]
# Every near miss and one value of every other kind, for the part-by-part test.
REPLACEMENTS = [*NEAR_MISSES, None, True, False, 0, -1, 1.0, 2.5, math.inf, [], ["cnn"], ["cnn", "cnn"], {}, {"id": "a"}]
LEAVES = st.one_of(st.none(), st.booleans(), st.integers(-2, 2), st.floats(allow_nan=False), st.sampled_from(NEAR_MISSES),
                   st.text(max_size=5))
VALUES = st.recursive(LEAVES, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner,
                                                                                                    max_size=3)), max_leaves=6)


def checked(document: yamlstrict.Document, name: str, *, precheck: bool = True):
    """What :func:`schema.check` returns, and the document's value as it leaves it typed."""
    if precheck:
        return schema.check(document, name), document.value
    with mock.patch.object(schema, "_passes", lambda value, name: False):
        return schema.check(document, name), document.value


def assert_editor_file_checks_as_reference(value, name: str) -> None:
    text = yaml.dump(value, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True)
    assert checked(yamlstrict.parse(text), name) == checked(yamlstrict.parse(text), name, precheck=False)


def assert_article_checks_as_reference(data) -> None:
    fast = checked(yamlstrict.Document("a.json", copy.deepcopy(data)), "article")
    assert fast == checked(yamlstrict.Document("a.json", copy.deepcopy(data)), "article", precheck=False)


def _typed(path, name: str):
    """The file's value as the schema types it (nulls, booleans), so that it dumps back as valid."""
    document = yamlstrict.parse(path.read_text("utf-8"))
    schema.check(document, name)
    return document.value


_BRIEFING = _typed(BRIEFING, "briefing")
_OUTLETS = _typed(OUTLETS, "outlets")
_ARTICLE = json.loads(ARTICLE.read_text("utf-8"))


@st.composite
def mutated(draw, value):
    """``value`` with a few parts changed, mostly its leaves, often to values that keep it valid."""
    value = copy.deepcopy(value)
    for _ in range(draw(st.integers(1, 3))):
        parent, key = _pick(draw, value)
        action = draw(st.sampled_from(["text", "text", "any", "remove", "add", "repeat"]))
        if action == "remove" and isinstance(parent, dict) and key in parent:
            del parent[key]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["id", "tags", "draft", "sources", "x", "keep", "verdicts", "kind", "line"]))] = draw(VALUES)
        elif action == "repeat" and isinstance(parent, list) and parent:
            parent.append(copy.deepcopy(parent[key]))
        elif key is not None:
            parent[key] = draw(st.sampled_from(NEAR_MISSES) | st.text(max_size=5) if action == "text" else VALUES)
    return value


def _pick(draw, value):
    """A container in ``value`` and one of its keys or indices (None when it is empty)."""
    parent, key = value, None
    while True:
        keys = list(parent) if isinstance(parent, dict) else list(range(len(parent)))
        if not keys:
            return parent, None
        key = draw(st.sampled_from(keys))
        child = parent[key]
        if not isinstance(child, (dict, list)) or draw(st.integers(0, 7)) == 0:  # mostly down to a leaf
            return parent, key
        parent = child


def test_the_example_files_pass_the_precheck():
    """Valid files never reach jsonschema: that is what makes loading fast."""
    answers = []
    passes = schema._passes
    with mock.patch.object(schema, "_passes", lambda value, name: answers.append(passes(value, name)) or answers[-1]):
        assert schema.check(yamlstrict.parse(BRIEFING.read_text("utf-8")), "briefing") == ([], set())
        assert schema.check(yamlstrict.parse(OUTLETS.read_text("utf-8")), "outlets") == ([], set())
        assert schema.validate(yamlstrict.Document("a.json", _ARTICLE), "article") == []
    assert answers == [True, True, True]


def _parts(value, at=()):
    """The path of every part of ``value`` (the first two items of each list stand for the rest)."""
    yield at
    children = value.items() if isinstance(value, dict) else enumerate(value[:2]) if isinstance(value, list) else ()
    for key, child in children:
        yield from _parts(child, (*at, key))


def _replaced(value, at, new):
    value = copy.deepcopy(value)
    if not at:
        return new
    parent = value
    for key in at[:-1]:
        parent = parent[key]
    parent[at[-1]] = new
    return value


def test_every_part_replaced_by_a_near_miss_checks_as_jsonschema_checks_it():
    for value, name in [(_BRIEFING, "briefing"), (_OUTLETS, "outlets")]:
        for at in _parts(value):
            for new in REPLACEMENTS:
                assert_editor_file_checks_as_reference(_replaced(value, at, new), name)
    for at in _parts(_ARTICLE):
        for new in REPLACEMENTS:
            assert_article_checks_as_reference(_replaced(_ARTICLE, at, new))


@settings(max_examples=300, deadline=None)
@given(mutated(_BRIEFING))
def test_a_changed_briefing_checks_as_jsonschema_checks_it(value):
    assert_editor_file_checks_as_reference(value, "briefing")


@settings(max_examples=150, deadline=None)
@given(mutated(_OUTLETS))
def test_a_changed_outlet_registry_checks_as_jsonschema_checks_it(value):
    assert_editor_file_checks_as_reference(value, "outlets")


@settings(max_examples=300, deadline=None)
@given(mutated(_ARTICLE))
def test_a_changed_article_checks_as_jsonschema_checks_it(data):
    assert_article_checks_as_reference(data)


def test_a_schema_that_draft_7_would_read_otherwise_is_left_to_jsonschema():
    assert all(schema._alike_in_draft_7(schema.schema(name)) for name in ("briefing", "outlets", "article"))
    assert not schema._alike_in_draft_7({"properties": {"a": {"dependentRequired": {"a": ["b"]}}}})
    assert not schema._alike_in_draft_7({"items": {"$ref": "#/$defs/a", "minItems": 1}})
    assert not schema._alike_in_draft_7({"$defs": {"a": {"prefixItems": [{}]}}})
    assert not schema._alike_in_draft_7({"items": [{"type": "string"}]})
