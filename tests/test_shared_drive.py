"""Shared drives: a save never erases a colleague's, and the lock beside the file says who has it open."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from dpi_consult.cli import main
from dpi_consult.draft.files import read_draft, read_draft_stamped, save_draft
from dpi_consult.draft.lock import (
    LockHeld,
    LockInfo,
    acquire_lock,
    break_lock,
    lock_path,
    read_lock,
    refresh_lock,
    release_lock,
)
from dpi_consult.draft.model import Draft
from dpi_consult.draft.stamp import UNKNOWN_FILE, FileChanged, file_changed, stamp_for_recovered
from dpi_consult.form.registry import bundled_form


@pytest.fixture
def draft_file(tmp_path: Path, monkeypatch) -> Path:
    """A draft the DPO saved earlier in the morning (a colleague's save then has a time of its own)."""
    from dpi_consult.draft import files

    draft = Draft.new(bundled_form(), organisation="CH de Dax")
    draft.answers["fiche-01.difficultes"] = "Version de la DPO."
    path = tmp_path / "contribution.dpic"
    with monkeypatch.context() as patch:
        patch.setattr(files, "now_iso", lambda: "2026-12-04T08:00:00Z")
        save_draft(draft, path, "DPO")
    return path


def colleague_saves(path: Path, text: str, author: str = "Dr Martin (DIM)") -> None:
    draft = read_draft(path)
    draft.answers["fiche-01.difficultes"] = text
    save_draft(draft, path, author)


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(path: Path, **fields) -> LockInfo:
    info = LockInfo(**{"user": "Dr Martin (DIM)", "machine": socket.gethostname(), "pid": os.getppid(),
                       "started_at": "2026-12-04T08:00:00Z", "heartbeat_at": "2099-01-01T00:00:00Z", **fields})
    lock_path(path).write_text(json.dumps(info.to_json()), encoding="utf-8")
    return info


def test_the_stamp_sees_new_content_with_the_same_size_and_time(draft_file: Path):
    _, stamp = read_draft_stamped(draft_file)
    before = draft_file.stat()
    data = draft_file.read_bytes()
    changed = data.replace(b"Version de la DPO.", b"Version du DIM 24.")
    assert len(changed) == len(data)
    draft_file.write_bytes(changed)
    os.utime(draft_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert draft_file.stat().st_mtime_ns == stamp.mtime_ns
    assert file_changed(draft_file, stamp)


def test_a_touch_without_change_does_not_block_the_save(draft_file: Path):
    draft, stamp = read_draft_stamped(draft_file)
    os.utime(draft_file, ns=(1, stamp.mtime_ns + 5_000_000_000))
    assert not file_changed(draft_file, stamp)
    draft.answers["fiche-01.difficultes"] = "Complété."
    new_stamp = save_draft(draft, draft_file, "DPO", expected=stamp)
    assert read_draft(draft_file).answers["fiche-01.difficultes"] == "Complété."
    assert new_stamp.sha256 != stamp.sha256 and not file_changed(draft_file, new_stamp)


def test_a_save_over_a_colleagues_save_is_refused_and_says_who_and_when(draft_file: Path):
    mine, stamp = read_draft_stamped(draft_file)
    colleague_saves(draft_file, "Version du DIM.")
    theirs = draft_file.read_bytes()
    mine.answers["fiche-01.difficultes"] = "Ma version."
    saved_at, revisions = mine.saved_at, len(mine.history["answers/fiche-01.difficultes"].revisions)
    with pytest.raises(FileChanged, match=r"modifié depuis son ouverture \(enregistré par Dr Martin \(DIM\) le "):
        save_draft(mine, draft_file, "DPO", expected=stamp)
    assert draft_file.read_bytes() == theirs
    # Nothing recorded: the refused save leaves the draft as it was, ready for « Enregistrer sous ».
    assert mine.saved_at == saved_at and len(mine.history["answers/fiche-01.difficultes"].revisions) == revisions
    save_draft(mine, draft_file.with_name("ma-version.dpic"), "DPO")


def test_a_recovered_draft_keeps_the_stamp_only_while_nobody_saved_the_file(draft_file: Path):
    draft = read_draft(draft_file)
    assert stamp_for_recovered(draft_file, draft.saved_at) == read_draft_stamped(draft_file)[1]
    colleague_saves(draft_file, "Version du DIM.")
    assert stamp_for_recovered(draft_file, draft.saved_at) == UNKNOWN_FILE
    assert file_changed(draft_file, UNKNOWN_FILE)
    assert stamp_for_recovered(draft_file.with_name("absent.dpic"), draft.saved_at) is None


def test_the_lock_says_who_where_and_since_when_and_colleagues_can_read_it(draft_file: Path):
    lock = acquire_lock(draft_file, "Claire Dubois (DPO)")
    path = lock_path(draft_file)
    assert path.name == "~$contribution.dpic.lock"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "dpi-consult-lock" and data["user"] == "Claire Dubois (DPO)"
    assert data["machine"] == socket.gethostname() and data["pid"] == os.getpid()
    assert data["started_at"] == data["heartbeat_at"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    # This process again: its own lock.
    assert acquire_lock(draft_file, "Claire Dubois (DPO)") == lock
    release_lock(draft_file)
    assert not path.exists()


def test_a_live_colleague_holds_the_lock_and_keeps_it(draft_file: Path):
    theirs = write_lock(draft_file)
    with pytest.raises(LockHeld) as held:
        acquire_lock(draft_file, "Claire Dubois (DPO)")
    assert held.value.info == theirs and held.value.info.stale_reason() is None
    assert "déjà ouvert par Dr Martin (DIM) sur" in str(held.value)
    # Not ours: neither refreshed nor released.
    assert refresh_lock(draft_file, theirs) is None
    release_lock(draft_file)
    assert read_lock(draft_file) == theirs


def test_a_lock_whose_process_ended_here_or_silent_for_12_hours_is_stale(draft_file: Path):
    crashed = write_lock(draft_file, pid=dead_pid())
    assert crashed.stale_reason() == "l’application qui l’a ouvert sur cet ordinateur n’est plus en marche"
    away = LockInfo("Dr Martin", "poste-dim-04", 4242, "2026-12-01T08:00:00Z", "2026-12-03T20:00:00Z")
    from datetime import UTC, datetime

    assert away.stale_reason(datetime(2026, 12, 4, 9, 0, tzinfo=UTC)) == "aucun signe de vie depuis 13 heures"
    assert away.stale_reason(datetime(2026, 12, 4, 7, 0, tzinfo=UTC)) is None
    garbled = lock_path(draft_file)
    garbled.write_text("pas du JSON", encoding="utf-8")
    assert read_lock(draft_file).stale_reason() is not None


def test_a_lock_is_broken_only_as_it_was_shown(draft_file: Path):
    shown = write_lock(draft_file, pid=dead_pid())
    write_lock(draft_file, user="Quelqu’un d’autre")
    break_lock(draft_file, shown)
    assert read_lock(draft_file).user == "Quelqu’un d’autre"
    break_lock(draft_file, read_lock(draft_file))
    assert read_lock(draft_file) is None


def test_our_heartbeat_moves_forward(draft_file: Path):
    lock = acquire_lock(draft_file, "Claire")
    old = LockInfo(lock.user, lock.machine, lock.pid, lock.started_at, "2026-01-01T00:00:00Z")
    lock_path(draft_file).write_text(json.dumps(old.to_json()), encoding="utf-8")
    fresh = refresh_lock(draft_file, old)
    assert fresh is not None and fresh.heartbeat_at > old.heartbeat_at and read_lock(draft_file) == fresh


def test_collecting_a_folder_ignores_lock_files(draft_file: Path, tmp_path: Path, capsys):
    member = Draft.new(bundled_form(), organisation="Clinique du Lac")
    member.answers["fiche-01.difficultes"] = "Réponse."
    folder = tmp_path / "membres"
    folder.mkdir()
    save_draft(member, folder / "clinique.dpic", "DPO")
    acquire_lock(folder / "clinique.dpic", "DPO")
    assert sorted(p.name for p in folder.iterdir()) == ["clinique.dpic", "~$clinique.dpic.lock"]
    assert main(["collect", str(tmp_path / "collectif.dpic"), str(folder)]) == 0
    out = capsys.readouterr().out
    assert "clinique.dpic : importé" in out and "lock" not in out


def test_collect_refuses_to_save_over_a_collective_changed_while_it_ran(draft_file: Path, tmp_path: Path,
                                                                        monkeypatch, capsys):
    from dpi_consult.collective import collect

    member = Draft.new(bundled_form(), organisation="Clinique du Lac")
    member.answers["fiche-01.difficultes"] = "Réponse."
    save_draft(member, tmp_path / "clinique.dpic", "DPO")
    real = collect.collect_files

    def collect_while_a_colleague_saves(*args, **kwargs):
        report = real(*args, **kwargs)
        colleague_saves(draft_file, "Synthèse du DIM pendant la collecte.")
        return report

    monkeypatch.setattr(collect, "collect_files", collect_while_a_colleague_saves)
    assert main(["collect", str(draft_file), str(tmp_path / "clinique.dpic")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "modifié depuis son ouverture" in err and "enregistrement refusé" in err
    assert read_draft(draft_file).answers["fiche-01.difficultes"] == "Synthèse du DIM pendant la collecte."
    assert not read_draft(draft_file).is_collective


def test_kit_refuses_to_save_over_a_collective_changed_while_it_ran(draft_file: Path, tmp_path: Path,
                                                                    monkeypatch, capsys):
    from dpi_consult.kit import files

    real = files.write_kits

    def write_while_a_colleague_saves(*args, **kwargs):
        written = real(*args, **kwargs)
        colleague_saves(draft_file, "Synthèse du DIM pendant la préparation des kits.")
        return written

    monkeypatch.setattr(files, "write_kits", write_while_a_colleague_saves)
    assert main(["kit", str(draft_file), "-o", str(tmp_path / "kits")]) == 2
    assert "modifié depuis son ouverture" in capsys.readouterr().err
    assert read_draft(draft_file).kit is None
