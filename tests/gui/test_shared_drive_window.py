"""Two colleagues on one file of a shared drive: warned at opening, warned at saving, nothing overwritten unasked."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence, QTextCursor

from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.lock import LockInfo, lock_path, read_lock
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.gui import file_actions
from dpi_consult.gui.file_guard import FileGuard, OpenChoice

QUESTION = "fiche-01.difficultes"

HOLDER = """
import sys, time
from dpi_consult.draft.lock import acquire_lock
acquire_lock(sys.argv[1], "Dr Martin (DIM)")
print("locked", flush=True)
time.sleep(120)
"""


@pytest.fixture
def draft_file(tmp_path: Path, monkeypatch) -> Path:
    """A draft the DPO saved earlier in the morning (a colleague's save then has a time of its own)."""
    from dpi_consult.draft import files

    draft = Draft.new(bundled_form(), organisation="CH de Dax")
    draft.answers[QUESTION] = "Version de la DPO."
    path = tmp_path / "contribution.dpic"
    with monkeypatch.context() as patch:
        patch.setattr(files, "now_iso", lambda: "2026-12-04T08:00:00Z")
        save_draft(draft, path, "DPO")
    return path


@pytest.fixture
def colleague(draft_file: Path):
    """Another process of the app that has the file open."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(draft_file)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "locked"
    yield child
    child.kill()
    child.wait()
    child.stdout.close()


def colleague_saves(path: Path, text: str) -> None:
    draft = read_draft(path)
    draft.answers[QUESTION] = text
    save_draft(draft, path, "Dr Martin (DIM)")


def answer_editor(window):
    window.navigator.select_section("fiche-01")
    return window.page("fiche-01").cards[QUESTION].answer.editor.editor


def type_into(qtbot, window, text: str) -> None:
    """Typed key by key (ASCII: QTest has no keys for accented letters)."""
    editor = answer_editor(window)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, text)


def answering(monkeypatch, method: str, choice) -> list:
    """Answer one of the guard's questions, and keep what it was asked."""
    asked = []
    monkeypatch.setattr(FileGuard, method, lambda self, *args: asked.append(args) or choice)
    return asked


def test_the_second_opening_is_told_who_has_the_file_and_reads_it_only(make_window, draft_file, colleague,
                                                                        monkeypatch, qtbot):
    asked = answering(monkeypatch, "ask_locked", OpenChoice.READ_ONLY)
    window = make_window(str(draft_file))
    (info,), = asked
    assert info.user == "Dr Martin (DIM)" and info.machine == socket.gethostname() and info.pid == colleague.pid
    assert window.document.read_only and window.windowTitle().startswith("contribution.dpic (read-only)")
    assert window.notices.read_only_banner is not None and window.notices.read_only_banner.isVisible()
    # Every way of changing the draft is closed.
    assert not window.save_action.isEnabled() and not window.collective.import_action.isEnabled()
    assert not window.prepare_kit_action.isEnabled() and not window.consolidate_action.isEnabled()
    editor = answer_editor(window)
    assert editor.isReadOnly()
    type_into(qtbot, window, " ajout")
    editor.selectAll()
    markdown = window.page("fiche-01").cards[QUESTION].answer.editor
    (bold,) = [a for a in markdown.actions() if a.shortcut() == QKeySequence("Ctrl+B")]
    bold.trigger()  # what Ctrl+B does
    assert editor.toPlainText() == "Version de la DPO."
    window.document.set_value(QUESTION, "Changé par le programme")
    page = window.page("fiche-01")
    assert not page.status_box.isEnabled() and page.notes.isReadOnly()
    identification = window.page("identification").cards
    assert identification["identification.organisation"].answer.line.isReadOnly()
    assert not identification["identification.type"].answer.combo.isEnabled()
    sector = identification["identification.secteur"].answer
    assert not any(button.isEnabled() for button in sector.group.buttons())
    assert not window.document.modified and window.document.value(QUESTION) == "Version de la DPO."
    assert read_lock(draft_file).pid == colleague.pid  # the colleague's lock is untouched


def test_a_read_only_window_saves_a_copy_that_opens_for_editing(make_window, draft_file, colleague, monkeypatch,
                                                               tmp_path: Path):
    answering(monkeypatch, "ask_locked", OpenChoice.READ_ONLY)
    window = make_window(str(draft_file))
    copy = tmp_path / "ma-copie.dpic"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.notices.read_only_banner.buttons[0].click()
    assert window.document.path == copy and not window.document.read_only
    assert answer_editor(window).isReadOnly() is False and window.save_action.isEnabled()
    assert read_lock(copy).pid == os.getpid() and read_lock(draft_file).pid == colleague.pid


def test_opening_a_copy_keeps_the_draft_but_not_the_file(make_window, draft_file, colleague, monkeypatch):
    answering(monkeypatch, "ask_locked", OpenChoice.COPY)
    window = make_window(str(draft_file))
    assert window.document.path is None and window.document.modified
    assert window.document.draft.draft_id == read_draft(draft_file).draft_id
    asked = []
    window.files.save_as = lambda: asked.append(True) or False
    assert window.files.save() is False and asked == [True]


def test_declining_to_open_leaves_the_window_as_it_was(make_window, draft_file, colleague, monkeypatch):
    answering(monkeypatch, "ask_locked", None)
    window = make_window()
    before = window.document
    assert window.files.open_path(str(draft_file), confirmed=True) is False
    assert window.document is before


def test_the_first_window_is_warned_at_saving_and_overwrites_only_when_told(make_window, draft_file, monkeypatch,
                                                                            qtbot, tmp_path: Path):
    window = make_window(str(draft_file))
    assert read_lock(draft_file).is_mine()
    type_into(qtbot, window, " Completee par la DPO.")
    colleague_saves(draft_file, "Version du DIM.")
    theirs = draft_file.read_bytes()

    asked = []
    monkeypatch.setattr(file_actions.FileActions, "ask_changed", lambda self, path: asked.append(path) or None)
    assert window.files.save() is False and asked == [draft_file]
    assert draft_file.read_bytes() == theirs and window.document.modified

    copy = tmp_path / "version-dpo.dpic"
    monkeypatch.setattr(file_actions.FileActions, "ask_changed", lambda self, path: file_actions.SAVE_AS)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(copy), ""))
    assert window.files.save()
    assert draft_file.read_bytes() == theirs
    assert read_draft(copy).answers[QUESTION] == "Version de la DPO. Completee par la DPO."
    assert window.document.path == copy and read_lock(copy).is_mine() and read_lock(draft_file) is None


def test_replacing_anyway_writes_the_window_s_version(make_window, draft_file, monkeypatch, qtbot):
    window = make_window(str(draft_file))
    type_into(qtbot, window, " Completee.")
    colleague_saves(draft_file, "Version du DIM.")
    monkeypatch.setattr(file_actions.FileActions, "ask_changed", lambda self, path: file_actions.REPLACE)
    assert window.files.save()
    assert read_draft(draft_file).answers[QUESTION] == "Version de la DPO. Completee."
    # From now on the window's own save is the reference: the next save asks nothing.
    type_into(qtbot, window, " Encore.")
    monkeypatch.setattr(file_actions.FileActions, "ask_changed", lambda self, path: pytest.fail("asked again"))
    assert window.files.save()


def test_a_save_landing_under_the_window_is_noticed_and_can_be_reloaded(make_window, draft_file, monkeypatch,
                                                                       qtbot):
    window = make_window(str(draft_file))
    with qtbot.waitSignal(window.guard.changed_on_disk, timeout=5000) as noticed:
        colleague_saves(draft_file, "Version livrée par le dossier synchronisé.")
    assert noticed.args[0].startswith("saved by Dr Martin (DIM) on ")
    assert window.notices.disk_banner is not None
    qtbot.waitUntil(window.notices.disk_banner.isVisible)
    # Noticed once per change, even when the window is activated again.
    with qtbot.assertNotEmitted(window.guard.changed_on_disk):
        window.guard.check_disk()
    [reload_button] = [b for b in window.notices.disk_banner.buttons if b.text() == "&Reload"]
    reload_button.click()
    assert window.document.value(QUESTION) == "Version livrée par le dossier synchronisé."
    assert window.notices.disk_banner is None and not window.document.modified


def test_reloading_over_unsaved_changes_asks_first(make_window, draft_file, monkeypatch, qtbot):
    window = make_window(str(draft_file))
    type_into(qtbot, window, " Non enregistree.")
    colleague_saves(draft_file, "Version du DIM.")
    window.guard.check_disk()
    monkeypatch.setattr(file_actions.FileActions, "confirm_reload", lambda self: False)
    assert window.files.reload() is False
    assert window.document.value(QUESTION) == "Version de la DPO. Non enregistree."


def test_a_lock_left_by_a_crash_is_broken_after_a_confirmation(make_window, draft_file, monkeypatch):
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    lock_path(draft_file).write_text(json.dumps(LockInfo(
        "Dr Martin (DIM)", socket.gethostname(), child.pid, "2026-12-04T08:00:00Z",
        time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())).to_json()), encoding="utf-8")
    asked = answering(monkeypatch, "ask_stale", OpenChoice.BREAK)
    monkeypatch.setattr(FileGuard, "ask_locked", lambda self, info: pytest.fail("the broken lock is still there"))
    window = make_window(str(draft_file))
    ((info, reason),) = asked
    assert info.pid == child.pid and reason == "l’application qui l’a ouvert sur cet ordinateur n’est plus en marche"
    assert not window.document.read_only and read_lock(draft_file).is_mine()


def test_a_clean_close_removes_the_lock_and_an_open_window_shows_signs_of_life(make_window, draft_file):
    window = make_window(str(draft_file))
    assert lock_path(draft_file).exists()
    old = read_lock(draft_file)
    lock_path(draft_file).write_text(json.dumps(LockInfo(
        old.user, old.machine, old.pid, old.started_at, "2026-01-01T00:00:00Z").to_json()), encoding="utf-8")
    window.guard.beat()
    assert read_lock(draft_file).heartbeat_at > "2026-01-01T00:00:00Z"
    window.files.close_document()
    assert not lock_path(draft_file).exists()
    window.files.open_path(str(draft_file), confirmed=True)
    window.close()
    assert not lock_path(draft_file).exists()


def test_autosaving_the_file_never_overwrites_a_colleague_and_keeps_the_text_for_recovery(
        make_window, draft_file, settings, qtbot):
    from dpi_consult.recovery import pending_recoveries

    window = make_window(str(draft_file))
    window.keeper.autosave_file = True
    type_into(qtbot, window, " Tape avant la sauvegarde du collegue.")
    colleague_saves(draft_file, "Version du DIM.")
    with qtbot.waitSignal(window.keeper.autosave_failed, timeout=5000) as failed:
        window.keeper.write_now()
    window.keeper.wait()
    assert "modifié depuis son ouverture" in failed.args[0]
    assert read_draft(draft_file).answers[QUESTION] == "Version du DIM."
    (recovery,), _ = pending_recoveries()
    assert recovery.draft.answers[QUESTION] == "Version de la DPO. Tape avant la sauvegarde du collegue."


def colleague_answers(path: Path, question_id: str, text: str) -> None:
    draft = read_draft(path)
    draft.answers[question_id] = text
    save_draft(draft, path, "Dr Martin (DIM)")


def test_a_refused_save_merges_the_colleague_s_save_then_writes_both(make_window, draft_file, monkeypatch, qtbot):
    window = make_window(str(draft_file))
    type_into(qtbot, window, " Completee par la DPO.")
    colleague_answers(draft_file, "fiche-02.difficultes", "Réponse du DIM sur la base légale.")
    monkeypatch.setattr(file_actions.FileActions, "ask_changed", lambda self, path: file_actions.MERGE)
    assert window.files.save()
    saved = read_draft(draft_file)
    assert saved.answers[QUESTION] == "Version de la DPO. Completee par la DPO."
    assert saved.answers["fiche-02.difficultes"] == "Réponse du DIM sur la base légale."
    assert saved.conflicts == {} and not window.document.modified
    # The merged file is now the window's reference: the next save asks nothing.
    type_into(qtbot, window, " Encore.")
    monkeypatch.setattr(file_actions.FileActions, "ask_changed", lambda self, path: pytest.fail("asked again"))
    assert window.files.save()


def test_a_save_landing_under_the_window_can_be_merged_into_the_open_draft(make_window, draft_file, qtbot):
    window = make_window(str(draft_file))
    type_into(qtbot, window, " Completee par la DPO.")
    with qtbot.waitSignal(window.guard.changed_on_disk, timeout=5000):
        colleague_answers(draft_file, "fiche-02.difficultes", "Livrée par le dossier synchronisé.")
    qtbot.waitUntil(lambda: window.notices.disk_banner is not None and window.notices.disk_banner.isVisible())
    [merge_button] = [b for b in window.notices.disk_banner.buttons if b.text() == "&Merge into mine"]
    merge_button.click()
    assert window.notices.disk_banner is None and window.document.modified
    assert window.document.value(QUESTION) == "Version de la DPO. Completee par la DPO."
    assert window.document.value("fiche-02.difficultes") == "Livrée par le dossier synchronisé."
    assert window.files.save()  # no warning: the colleague's save is part of this one
    assert read_draft(draft_file).answers["fiche-02.difficultes"] == "Livrée par le dossier synchronisé."
