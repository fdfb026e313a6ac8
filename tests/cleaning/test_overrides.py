"""An editor's override keeps a cut block or drops a kept one, by its text."""

from __future__ import annotations

from generator.cleaning import clean
from generator.structure.briefing import Overrides

from . import labelled

SEED = next(c for c in labelled.cases() if c.name.startswith("seed-002"))
READ_ALSO = "Read Also: Ahmad Massoud Floats Peaceful Dialogs with Taliban"


def test_keep_restores_a_cut_block():
    plain = clean(SEED.raw, article_id="x")
    assert READ_ALSO in {r.text for r in plain.removed}
    kept = clean(SEED.raw, article_id="x", overrides=Overrides(keep=("read also:  ahmad massoud floats "
                                                                     "peaceful dialogs with taliban",)))
    assert READ_ALSO in kept.body
    assert READ_ALSO not in {r.text for r in kept.removed}


def test_drop_cuts_a_kept_block_with_the_editor_reason():
    first = clean(SEED.raw, article_id="x").blocks[0].text
    dropped = clean(SEED.raw, article_id="x", overrides=Overrides(drop=(first,)))
    assert first not in dropped.body
    assert ("editor-drop", first) in {(r.reason, r.text) for r in dropped.removed}
