"""The README's table of error messages matches what ``briefings check`` really prints.

Every message in the table must appear in the output of a case of the broken-file corpus, and every
case's output must be explained by a row, so neither side can drift.
"""

from __future__ import annotations

import re

from tests.conftest import REPO
from tests.loading.test_broken_corpus import CASES

README = REPO / "README.md"


def table_messages() -> list[str]:
    section = README.read_text().split("### What each error means", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return [re.match(r"\| `([^`]+)` \|", row).group(1) for row in rows]


def outputs() -> dict[str, str]:
    return {case.name: (case / "expected.txt").read_text() for case in CASES}


def test_every_documented_message_is_printed_by_some_broken_file():
    printed = "\n".join(outputs().values())
    missing = [message for message in table_messages() if message not in printed]
    assert missing == []


def test_every_broken_file_is_explained_in_the_readme():
    messages = table_messages()
    unexplained = [name for name, text in outputs().items() if not any(message in text for message in messages)]
    assert unexplained == []
