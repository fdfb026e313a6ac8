"""libyaml reads editor files only where it reads them exactly as PyYAML does.

The reference is ``parse(text, with_libyaml=False)``, PyYAML's pure-Python reader: for any text,
``parse`` must give the same document (value, positions, plain values) or the same refusal.
"""

from __future__ import annotations

import string

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import InputError
from generator.loading import yamlstrict
from tests.conftest import REPO

EXAMPLE = REPO / "briefings/2021/2021-09-06-panjshir/briefing.yml"
BROKEN_BASE = REPO / "tests/loading/broken/base/briefings/2021/2021-09-06-panjshir/briefing.yml"
# Characters YAML gives meaning to, line breaks of every kind, and text beyond ASCII and the BMP.
ALPHABET = string.ascii_letters[:4] + "019 :-?[]{},#&*!|>'\"%@`\\~.<\t\n\r" + "é\U0001F600\x85\u2028\ufeff\x07"
# Pieces that make a mutated briefing hit the corners of both readers.
PIECES = ["\n", "\r\n", "\n  ", "\n- ", ": ", ":", "- ", "? ", "?", "[", "]", "{", "}", ", ", "#", " #", "&a ", "*a", "!", "!!str ",
          "|", "|-", ">+", "|2", "|#", "'", '"', "\\", '\\x41', "\\u00e9", "\\'", "---", "...", "%YAML 1.1\n", "~", "<<: ",
          "\t", "é", "\U0001F600", "\x85", "\ufeff", "[a?b]", "[a: ]", "{? }", "x" * 1030 + ": v\n"]


def outcome(text: str, **options):
    try:
        document = yamlstrict.parse(text, "x.yml", **options)
    except InputError as error:
        return ("refused", error.problem)
    except Exception as error:  # noqa: BLE001 - whatever the reference raises, the fast path must too
        return ("raised", type(error), str(error))
    return ("read", document.value, list(document.positions.items()), document.plain)


def assert_same_as_reference(text: str) -> None:
    assert outcome(text) == outcome(text, with_libyaml=False)


@pytest.mark.parametrize("text", [
    "k: [a?b]\n", "k: {a: b?}\n", "k: [a,\n ?b]\n",  # PyYAML ends a plain value at '?' in flow, libyaml does not
    "k: [a: ]\n", "k: { ? }\n", "k: [ ?]]\n",  # empty values in flow: other columns, or accepted by libyaml alone
    "k: |#c\n  x\n", "k: >-#\n  x\n",  # a comment touching a block scalar's header
    "? ", "---", "a:\n  - ? ",  # an empty value at the end of a text without a final line break
    "a:\tb\n", "a: b\tc\n", "a: 'b\tc'\n",  # tabs as separators
    "a: b\x85c\n", "a: b\u2028c\n", "a: \ufeffb\n", "\ufeff\ufeffa: b\n",  # NEL, LS, byte-order marks
    "a: \x07\n", "a: b\x00\n",  # control characters
    "a: &x b\n", "a: *x\n", "a: !!str b\n", "a: ! b\n", "<<: {a: b}\n", "a: 1\na: 2\n", "[a]: b\n",  # the strict refusals
    "", "# only a comment\n", "a: b\n--- c\n", "a: " + "[" * 40 + "]" * 40 + "\n",
    'a: "\\ud800"\n', 'a: "\\U00110000"\n',  # escapes PyYAML takes and libyaml refuses
    "a: b\r\nc:\r\n  - d\r\n", "a: b\rc: d\r", "a: é😀 b\nc: [d, é]\n",
])
def test_texts_where_the_readers_part_ways_read_as_the_reference_reads_them(text):
    assert_same_as_reference(text)


def test_an_editor_file_is_read_by_libyaml():
    text = EXAMPLE.read_text("utf-8")
    assert yamlstrict._fast_parse(text, "x.yml") is not None
    assert_same_as_reference(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60), st.sampled_from(["", "\n", "\r\n"]))
def test_any_text_reads_as_the_reference_reads_it(text, end):
    assert_same_as_reference(text + end)


def _dump(value, style, flow, width) -> str:
    return yaml.safe_dump(value, default_style=style, default_flow_style=flow, width=width, allow_unicode=True)


_SCALARS = st.one_of(st.text(alphabet=ALPHABET, max_size=10), st.sampled_from(["no", "12:30", "", "~", "a: b", "- x", "x\n\ny\n"]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                         st.dictionaries(_SCALARS, inner, max_size=3)), max_leaves=10)


@settings(max_examples=300, deadline=None)
@given(_VALUES, st.sampled_from([None, "'", '"', "|", ">"]), st.sampled_from([None, True, False]), st.sampled_from([8, 80]))
def test_whatever_pyyaml_writes_reads_as_the_reference_reads_it(value, style, flow, width):
    assert_same_as_reference(_dump({"k": value}, style, flow, width))


@st.composite
def mutated_briefings(draw) -> str:
    """A real briefing with a few pieces inserted, deleted or replaced: editors' mistakes, roughly."""
    text = draw(st.sampled_from([EXAMPLE, BROKEN_BASE])).read_text("utf-8")
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 4))
        text = text[:at] + draw(st.sampled_from(PIECES) | st.text(alphabet=ALPHABET, max_size=3)) + text[at + cut:]
    return text


@settings(max_examples=300, deadline=None)
@given(mutated_briefings())
def test_a_mistyped_briefing_reads_as_the_reference_reads_it(text):
    assert_same_as_reference(text)
