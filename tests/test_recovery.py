"""Recovery files: written, found after a crash, read back whole, removed on a clean close."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpi_consult.draft.files import save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.recovery import discard_recovery, pending_recoveries, read_recovery, recovery_path, write_recovery


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


def collective_draft(tmp_path: Path, members: int) -> Draft:
    from dpi_consult.collective.collect import collect_files
    from dpi_consult.demo.generator import write_demo

    files = write_demo(tmp_path / "federation", bundled_form(), members, seed=3).members
    draft = Draft.new(bundled_form(), organisation="Fédération d’Essai")
    collect_files(draft, files)
    return draft


def test_members_of_a_saved_collective_are_referenced_and_found_again_in_its_file(tmp_path: Path):
    from dpi_consult.draft.files import save_draft
    from dpi_consult.recovery import recovered_sources, side_files

    draft = collective_draft(tmp_path, 3)
    saved = tmp_path / "federation.dpic"
    save_draft(draft, saved, "Coordinatrice")
    draft.answers["fiche-02.commentaire"] = "Modification non enregistrée"
    path = write_recovery(draft, saved, sources_saved=True)
    assert side_files(draft.draft_id) == []
    assert b"identification.organisation" in path.read_bytes() and path.stat().st_size < saved.stat().st_size / 10
    (recovery,), _ = pending_recoveries()
    assert recovery.draft.sources == [] and recovery.member_count == 3
    assert recovered_sources(recovery) == (draft.sources, None)

    # The file changed since (another import, saved from elsewhere): its members are taken, and the user told.
    draft.sources = draft.sources[:2]
    save_draft(draft, saved, "Coordinatrice")
    sources, note = recovered_sources(recovery)
    assert len(sources) == 2 and "ont changé" in note


def test_members_not_saved_go_to_a_side_file_that_must_be_intact(tmp_path: Path):
    from dpi_consult.errors import DraftError
    from dpi_consult.recovery import recovered_sources, side_files

    draft = collective_draft(tmp_path, 3)
    write_recovery(draft, None)
    (side,) = side_files(draft.draft_id)
    (recovery,), _ = pending_recoveries()
    assert recovered_sources(recovery) == (draft.sources, None)
    side.write_bytes(side.read_bytes().replace(b'"answers":{', b'"answers":{"x":"y",', 1))
    with pytest.raises(DraftError, match="altérées") as error:
        recovered_sources(recovery)
    assert str(side) in str(error.value)
    discard_recovery(draft)
    assert side_files(draft.draft_id) == [] and pending_recoveries() == ([], [])


def test_the_saved_file_of_a_copy_is_read_to_show_what_differs(tmp_path):
    from dpi_consult.recovery_changes import ChangeKind, changes_since_saved, read_saved_file

    form = bundled_form()
    draft = Draft.new(form, organisation="CH de Dax")
    path = tmp_path / "dax.dpic"
    save_draft(draft, path, "Dr Martin")
    draft.set_value(form, "fiche-06.difficultes", "Tapé après l’enregistrement.")
    saved = read_saved_file(read_recovery(write_recovery(draft, path)))
    assert saved is not None and saved.problem is None
    assert [(c.kind, c.key, c.saved, c.recovered) for c in changes_since_saved(saved.draft, draft)] == [
        (ChangeKind.ANSWER, "fiche-06.difficultes", None, "Tapé après l’enregistrement.")]
    path.unlink()
    missing = read_saved_file(read_recovery(write_recovery(draft, path)))
    assert missing.draft is None and "dax.dpic" in missing.problem
    assert read_saved_file(read_recovery(write_recovery(draft, None))) is None
