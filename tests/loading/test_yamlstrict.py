"""The strict reader: YAML 1.1 surprises never change a value, and every refusal names the place."""

from __future__ import annotations

import pytest

from generator.errors import InputError
from generator.loading import schema, yamlstrict


def problems(text: str, kind: str) -> list[str]:
    document = yamlstrict.parse(text, "x.yml")
    return [str(p) for p in schema.validate(document, kind)]


def refusal(text: str) -> str:
    with pytest.raises(InputError) as error:
        yamlstrict.parse(text, "x.yml")
    return str(error.value)


def test_scalars_stay_text_until_the_schema_types_them():
    document = yamlstrict.parse("a: no\nb: 12:30\nc: 012\nd: 2021-09-06\ne: on\n", "x.yml")
    assert document.value == {"a": "no", "b": "12:30", "c": "012", "d": "2021-09-06", "e": "on"}


def test_norway_is_not_false():
    text = "nrk:\n  name: NRK\n  kind: broadcaster\n  country: NO\n"
    assert problems(text, "outlets") == []
    assert problems(text.replace("NO", "no"), "outlets") == [
        "x.yml:4:12: nrk.country: expected a two-letter country code in capitals (like US, RU or IR), got 'no'"
    ]


def test_duplicate_keys_are_refused_with_both_lines():
    assert refusal("a: 1\nb: 2\na: 3\n") == "x.yml:3:1: a: duplicate key (first given on line 1)"


def test_anchors_aliases_tags_and_merge_keys_are_refused():
    assert refusal("a: &x 1\nb: *x\n") == "x.yml:1:4: invalid YAML: anchors (&x) are not allowed in editor files"
    assert refusal("a: !!int 3\n") == "x.yml:1:4: invalid YAML: YAML tags (tag:yaml.org,2002:int) are not allowed in editor files"
    assert refusal("a:\n  <<: {b: 1}\n") == "x.yml:2:3: a: merge keys (<<) are not allowed in editor files"


def test_oversized_and_deep_files_are_refused(tmp_path):
    big = tmp_path / "big.yml"
    big.write_text("a: " + "x" * (yamlstrict.MAX_FILE_BYTES + 1))
    with pytest.raises(InputError) as error:
        yamlstrict.load(big, "big.yml")
    assert str(error.value) == f"big.yml: file is {yamlstrict.MAX_FILE_BYTES + 4:,} bytes; the limit is {yamlstrict.MAX_FILE_BYTES:,}"
    deep = "a: " + "[" * 40 + "]" * 40 + "\n"
    assert refusal(deep).endswith(f"nested deeper than {yamlstrict.MAX_DEPTH} levels")


def test_unknown_and_renamed_keys():
    base = "date: 2021-09-06\ntitle: T\nsummary: S\nsources:\n  - {id: a, outlet: cnn, report: reports/a.txt}\n"
    assert problems(base + "titel: X\n", "briefing") == ["x.yml:6:1: titel: unknown field 'titel' (did you mean 'title'?)"]
    assert problems(base + "keypoints: [x]\n", "briefing") == ["x.yml:6:1: keypoints: 'keypoints' was renamed to 'key_points'"]


def test_missing_fields_and_wrong_types():
    text = "date: 2021-09-06\ntitle: [a, b]\nsources: []\n"
    assert problems(text, "briefing") == [
        "x.yml:1:1: summary: required field is missing",
        "x.yml:2:8: title: expected text, got a list",
        "x.yml:3:10: sources: needs at least 1 item",
    ]


def test_numbers_where_text_is_expected_keep_their_spelling():
    text = "date: 2021-09-06\ntitle: 1984\nsummary: 0x1F\nsources:\n  - {id: a, outlet: cnn, report: reports/a.txt}\n"
    document = yamlstrict.parse(text, "x.yml")
    assert schema.validate(document, "briefing") == []
    assert document.value["title"] == "1984" and document.value["summary"] == "0x1F"


def test_a_byte_order_mark_is_accepted():
    text = yamlstrict.decode("\ufeffa: no\n".encode("utf-8"), "x.yml")
    assert yamlstrict.parse(text, "x.yml").value == {"a": "no"}


def test_quoted_values_never_become_null_or_numbers():
    text = "kimt:\n  name: KIMT\n  kind: broadcaster\n  country: 'NO'\n  note: \"~\"\n"
    document = yamlstrict.parse(text, "x.yml")
    assert schema.validate(document, "outlets") == []
    assert document.value["kimt"]["note"] == "~"


def test_plain_nulls_empty_a_nullable_field():
    document = yamlstrict.parse("kimt:\n  name: KIMT\n  kind: broadcaster\n  country:\n  note: ~\n", "x.yml")
    assert schema.validate(document, "outlets") == []
    assert document.value["kimt"]["country"] is None and document.value["kimt"]["note"] is None


def test_a_draft_may_have_no_sources_yet():
    base = "date: 2021-09-06\ntitle: T\nsummary: S\nsources: []\n"
    assert problems(base, "briefing") == ["x.yml:4:10: sources: needs at least 1 item"]
    assert problems(base + "draft: true\n", "briefing") == []
    assert problems(base + "draft: false\n", "briefing") == ["x.yml:4:10: sources: needs at least 1 item"]
