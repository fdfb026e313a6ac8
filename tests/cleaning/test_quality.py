"""The quality gate: word 4-gram precision/recall/F1 on the labelled set (and on the development
set beside the project, when present) must stay above the floors recorded in ``floors.json``.

The floors sit next to a digest of the labelled data: changing the data without re-measuring and
recording new floors fails here, so lowering a floor is always an explicit edit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cleaning import extract

from . import devset, labelled, ngrams

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))


def body(text: str) -> str:
    return "\n\n".join(block.text for block in extract(text).blocks)


def test_floors_were_recorded_for_this_labelled_data():
    assert FLOORS["labelled_digest"] == labelled.digest(), (
        "the labelled set changed: re-measure (tests/cleaning/measure.py --labelled) and record floors "
        "and the new digest in floors.json")


def test_labelled_set_is_big_and_varied_enough():
    cases = labelled.cases()
    assert len(cases) >= 45
    assert {c.kind for c in cases} == {"text", "html"}
    assert len({c.meta.get("language") for c in cases}) >= 10


@pytest.mark.parametrize("kind", ["text", "html"])
def test_labelled_set_meets_its_floors(kind):
    scores = [ngrams.score(body(c.source), c.gold) for c in labelled.cases() if c.kind == kind]
    precision, recall, f1 = ngrams.mean(scores)
    floor = FLOORS["labelled"][kind]
    assert precision >= floor["precision"] and recall >= floor["recall"] and f1 >= floor["f1"], \
        f"{kind}: P={precision:.3f} R={recall:.3f} F1={f1:.3f} below {floor}"


@pytest.mark.skipif(not devset.available(), reason="development set not beside the project")
@pytest.mark.parametrize("kind", ["html", *devset.DUMP_KINDS])
def test_development_set_meets_its_floors(kind):
    scores = []
    for page in devset.pages():
        source = (page / "source.html").read_text(encoding="utf-8", errors="replace") if kind == "html" \
            else devset.dump(page, kind)
        if source and source.strip():
            scores.append(ngrams.score(body(source), devset.expected_text(page)))
    if len(scores) < len(devset.pages()) // 2:
        pytest.skip(f"no {kind} dumps: run tests/cleaning/make_dev_dumps.py")
    precision, recall, f1 = ngrams.mean(scores)
    floor = FLOORS["development"][kind]
    assert precision >= floor["precision"] and recall >= floor["recall"] and f1 >= floor["f1"], \
        f"{kind}: P={precision:.3f} R={recall:.3f} F1={f1:.3f} below {floor}"
