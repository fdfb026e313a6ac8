"""The quality gate: word 4-gram precision/recall/F1 on the labelled set, and on the development set
beside the project when present, must stay above the floors recorded in ``floors.json``.

The floors sit next to a digest of the labelled data and of the shipped prose model: changing
either without re-measuring and recording new floors fails here, so lowering a floor is always an
explicit edit. On the development set the test makes the text dumps itself (converter dumps
in-process, browser dumps with Chromium when installed), cached in the git-ignored ``.cache/``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from generator.cleaning import extract, prose

from . import devset, labelled, ngrams

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))
# The targets: the labelled set's floors may never be recorded below them.
TARGETS = {"text": {"f1": 0.95, "recall": 0.97}, "html": {"f1": 0.96, "recall": 0.97}}
# The labelled set must stay varied: this many site layouts beyond the seeds, and languages.
MIN_SITE_LAYOUTS = 10
MIN_CASES_BEYOND_SEEDS = 40
MIN_LANGUAGES = 10


def body(text: str) -> str:
    return "\n\n".join(block.text for block in extract(text).blocks)


def model_digest() -> str:
    return hashlib.sha256(prose.MODEL_FILE.read_bytes()).hexdigest()


def test_floors_were_recorded_for_this_data_and_model():
    assert FLOORS["labelled_digest"] == labelled.digest(), (
        "the labelled set changed: re-measure (tests/cleaning/measure.py --labelled) and record floors "
        "and the new digest in floors.json")
    assert FLOORS["model_digest"] == model_digest(), (
        "the prose model changed: re-measure and record floors and the new model digest in floors.json")


def test_labelled_floors_are_not_below_the_targets():
    for kind, target in TARGETS.items():
        floor = FLOORS["labelled"][kind]
        assert floor["f1"] >= target["f1"] and floor["recall"] >= target["recall"], kind


def test_labelled_set_is_big_and_varied_enough():
    cases = labelled.cases()
    beyond_seeds = [c for c in cases if not c.name.startswith("seed-")]
    layouts = {c.name.split("-")[1] for c in cases if c.name.startswith("site-")}
    assert len(beyond_seeds) >= MIN_CASES_BEYOND_SEEDS
    assert len(layouts) >= MIN_SITE_LAYOUTS
    for layout in layouts:
        assert {c.kind for c in cases if c.name.startswith(f"site-{layout}-")} == {"text", "html"}, layout
    assert len({c.meta.get("language") for c in cases}) >= MIN_LANGUAGES


@pytest.mark.parametrize("kind", ["text", "html"])
def test_labelled_set_meets_its_floors(kind):
    scores = [ngrams.score(body(c.source), c.gold) for c in labelled.cases() if c.kind == kind]
    assert_floor(ngrams.mean(scores), FLOORS["labelled"][kind], kind)


@pytest.mark.skipif(not devset.available(), reason="development set not beside the project")
@pytest.mark.parametrize("kind", ["html", *devset.DUMP_KINDS])
def test_development_set_meets_its_floors(kind):
    if kind != "html" and not devset.can_make(kind):
        pytest.skip(f"cannot make {kind} dumps here (no Chromium)")
    if kind == "innertext":
        devset.make_dumps()
    scores = []
    for page in devset.pages():
        source = devset.source(page) if kind == "html" else devset.dump(page, kind)
        if source and source.strip():
            scores.append(ngrams.score(body(source), devset.expected_text(page)))
    assert len(scores) >= len(devset.pages()) - 5, f"{kind}: only {len(scores)} pages could be dumped"
    assert_floor(ngrams.mean(scores), FLOORS["development"][kind], kind)


def assert_floor(measured: tuple[float, float, float], floor: dict, kind: str) -> None:
    precision, recall, f1 = measured
    assert precision >= floor["precision"] and recall >= floor["recall"] and f1 >= floor["f1"], \
        f"{kind}: P={precision:.3f} R={recall:.3f} F1={f1:.3f} below {floor}"
