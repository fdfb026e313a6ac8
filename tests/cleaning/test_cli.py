"""``briefings clean`` through the real CLI: the body, the JSON, and one clear line per bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

LABELLED = Path(__file__).parent / "labelled"
SEED = LABELLED / "seed-000_e570f30f2768eb7d.txt"


def run(*args: str):
    return CliRunner().invoke(main, ["clean", *args])


def test_prints_only_the_body_with_blank_lines_between_paragraphs():
    result = run(str(SEED))
    assert result.exit_code == 0
    blocks = result.output.rstrip("\n").split("\n\n")
    assert blocks[0].startswith("The Taliban has claimed victory in Afghanistan's Panjshir province")
    assert blocks[-1].startswith("This is the second shipment of aid")
    assert "Hennepin" not in result.output and "All rights reserved" not in result.output


def test_json_has_body_metadata_and_the_audit():
    data = json.loads(run(str(SEED), "--json").output)
    assert data["metadata"]["published"] == "2021-09-06T01:30:00"
    assert data["metadata"]["original_outlet"] == "CNN"
    reasons = {r["reason"] for r in data["removed"]}
    assert {"wire-marker", "copyright", "title", "title-repeat", "metadata"} <= reasons
    assert all(r["line"] > 0 for r in data["removed"])


@pytest.mark.parametrize("content, message", [
    (b"", "file is empty"),
    (b"  \n\n \t\n", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file, not a text dump or HTML page"),
    ("Café au lait, crème brûlée. ".encode() * 5 + b"na\xefve caf\xe9\n",
     "invalid UTF-8 text at byte 162 (mixed encodings?)"),
    (b"\xef\xbb\xbfPanjshir \xff\xfe valley\n", "invalid UTF-8 text at byte 12"),
])
def test_unreadable_input_is_one_line_naming_the_file(tmp_path, content, message):
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    result = run(str(path))
    assert result.exit_code == 1
    assert result.output == f"error: {path}: {message}\n"


def test_no_article_is_a_warning(tmp_path):
    path = tmp_path / "menu.txt"
    path.write_text("Home\nNews\nSport\nWeather\nSign in\nAccept all cookies\n", encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 1
    assert result.output == f"warning: {path}: no article text found\n"


def test_a_200_megabyte_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    result = run(str(path))
    assert result.exit_code == 1
    assert result.output == f"error: {path}: file is 209,715,200 bytes; the limit is 50,000,000\n"


def test_missing_file(tmp_path):
    path = tmp_path / "absent.txt"
    result = run(str(path))
    assert result.exit_code == 1
    assert result.output == f"error: {path}: cannot read file: No such file or directory\n"
