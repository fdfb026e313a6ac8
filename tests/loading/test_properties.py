"""Property tests: whatever bytes or text an editor's file holds, the loader raises only our errors."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import BriefingsError
from generator.loading import schema, yamlstrict
from generator.loading.archive import load_archive
from tests.conftest import copy_archive

# Characters YAML gives meaning to, so generated text hits the parser's corners often.
YAML_ALPHABET = string.ascii_letters[:6] + string.digits[:3] + " :-?[]{},#&*!|>'\"%@`\t\n\r\\~.<=" + "é\u2028\x00\ufeff"
KINDS = ("briefing", "outlets")


def yamlish():
    scalars = st.one_of(st.text(max_size=12), st.sampled_from(["no", "on", "12:30", "012", "2021-09-06", "~", "", "-"]),
                        st.integers().map(str))
    values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                           st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                          max_leaves=12)
    return st.builds(_dump, st.dictionaries(st.sampled_from(["date", "title", "summary", "sources", "slug", "tags",
                                                              "claims", "aliases", "draft", "x"]), values, max_size=6))


def _dump(value) -> str:
    import yaml
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=None)


def load_any(text: str, kind: str) -> None:
    try:
        document = yamlstrict.parse(text, "x.yml")
        schema.check(document, kind)
    except BriefingsError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=YAML_ALPHABET, max_size=200), st.sampled_from(KINDS))
def test_arbitrary_text_raises_only_our_errors(text, kind):
    load_any(text, kind)


@settings(max_examples=200, deadline=None)
@given(yamlish(), st.sampled_from(KINDS))
def test_yaml_shaped_documents_raise_only_our_errors(text, kind):
    load_any(text, kind)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_our_errors(data):
    try:
        load_any(yamlstrict.decode(data, "x.yml"), "briefing")
    except BriefingsError:
        pass


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(yamlish())
def test_a_whole_archive_with_any_briefing_raises_only_validation_errors(tmp_path_factory, text):
    root = copy_archive(tmp_path_factory.mktemp("prop") / "archive")
    (root / "briefings/2021/2021-09-06-panjshir/briefing.yml").write_text(text)
    try:
        load_archive(root)
    except BriefingsError:
        pass


@pytest.mark.parametrize("text", ["a: " + "[" * 5000 + "]" * 5000, "a:\n" + "".join(" " * i + "-\n" for i in range(1, 200))])
def test_deep_nesting_is_refused_before_python_recursion_fails(text):
    with pytest.raises(BriefingsError) as error:
        yamlstrict.parse(text, "x.yml")
    assert str(error.value).endswith("invalid YAML: nested deeper than 32 levels")
