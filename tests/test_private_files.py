"""What the app keeps for itself is readable by the user only; what the user saves keeps its mode; a write that
was killed leaves no temporary file behind for long."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from dpi_consult.atomic import write_atomic
from dpi_consult.draft.files import save_draft
from dpi_consult.draft.lock import lock_path
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.json_cache import cache_file, write_json
from dpi_consult.recovery import recovery_path, write_recovery
from dpi_consult.settings import Settings, save_settings, settings_path
from dpi_consult.ui_state import UiState, save_ui_state, state_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_recovery_copies_preferences_and_state_are_the_users_alone(tmp_path: Path):
    draft = Draft.new(bundled_form(), organisation="CH de Dax")
    draft.answers["fiche-06.difficultes"] = "Ce que l’on tape, avant tout enregistrement."
    write_recovery(draft, None)
    save_settings(Settings(user_name="Dr Martin"))
    save_ui_state(UiState(last_open=str(tmp_path / "a.dpic")))
    write_json("essai", {"a": 1})
    for path in (recovery_path(draft), settings_path(), state_path(), cache_file("essai")):
        assert mode(path) == 0o600, path
        assert mode(path.parent) == 0o700, path.parent


def test_a_saved_document_keeps_its_mode_or_follows_the_umask_and_a_lock_stays_readable(tmp_path: Path):
    draft = Draft.new(bundled_form(), organisation="CH de Dax")
    previous = os.umask(0o022)
    try:
        new = tmp_path / "nouveau.dpic"
        save_draft(draft, new, "Dr Martin")
        assert mode(new) == 0o644
        shared = tmp_path / "partage.dpic"
        save_draft(draft, shared, "Dr Martin")
        os.chmod(shared, 0o660)
        save_draft(draft, shared, "Dr Martin")
        assert mode(shared) == 0o660
        # Colleagues must read who holds a file: the lock is not private.
        write_atomic(lock_path(shared), b"{}")
        assert mode(lock_path(shared)) == 0o644
    finally:
        os.umask(previous)


def test_temporary_files_of_a_killed_write_go_at_the_next_write_after_an_hour(tmp_path: Path):
    old = tmp_path / ".collectif.dpic.k3j9x0q2.tmp"
    fresh = tmp_path / ".collectif.dpic.a8b7c6d5.tmp"
    someone_elses = tmp_path / ".notes.tmp"
    for path in (old, fresh, someone_elses):
        path.write_bytes(b"x" * 100)
    two_hours_ago = time.time() - 7200
    for path in (old, someone_elses):
        os.utime(path, (two_hours_ago, two_hours_ago))
    write_atomic(tmp_path / "autre.dpic", b"{}")
    assert not old.exists() and fresh.exists() and someone_elses.exists()
