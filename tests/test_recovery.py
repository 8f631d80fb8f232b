"""Recovery files: written, found after a crash, read back whole, removed on a clean close."""

from __future__ import annotations

from pathlib import Path

from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.recovery import discard_recovery, pending_recoveries, recovery_path, write_recovery


def test_recovery_round_trip_and_discard(tmp_path: Path):
    form = bundled_form()
    draft = Draft.new(form, organisation="CH de Lannion")
    draft.set_value(form, "fiche-06.difficultes", "Texte tapé juste avant la panne…")
    path = write_recovery(draft, tmp_path / "lannion.dpic")
    assert path == recovery_path(draft) and path.is_file()
    found, broken = pending_recoveries()
    assert broken == []
    assert len(found) == 1
    recovered = found[0]
    assert recovered.original_path == str(tmp_path / "lannion.dpic")
    assert recovered.draft.answers == draft.answers and recovered.draft.draft_id == draft.draft_id
    assert recovered.answered == 2
    discard_recovery(draft)
    assert pending_recoveries() == ([], [])


def test_unreadable_recovery_files_are_reported_not_fatal():
    form = bundled_form()
    write_recovery(Draft.new(form), None)
    bad = recovery_path(Draft.new(form))
    bad.write_bytes(b"{tronque")
    found, broken = pending_recoveries()
    assert len(found) == 1 and found[0].original_path is None
    assert [p for p, _ in broken] == [bad]
