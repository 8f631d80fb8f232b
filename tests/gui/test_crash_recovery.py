"""Never lose text: a process killed after typing leaves a recovery file that the next start restores."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from dpi_consult.gui.app import offer_recovery
from dpi_consult.recovery import pending_recoveries

# QTest types ASCII only; the accented part arrives as a paste would.
TYPED_KEYS = "Les traces doivent suivre R6113-9-2"
PASTED = " : six mois « glissants », à préciser."
TYPED = TYPED_KEYS + PASTED

CRASHING_SESSION = textwrap.dedent(f"""
    import os, signal
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from dpi_consult.gui.app import build_window, make_application
    from dpi_consult.recovery import recovery_path
    from dpi_consult.settings import Settings

    app = make_application()
    window = build_window(os.environ["DRAFT"], Settings(user_name="DPO"))
    window.show()
    window.navigator.select_section("fiche-06")
    editor = window.page("fiche-06").cards["fiche-06.difficultes"].answer.editor.editor
    editor.setFocus()
    QTest.keyClicks(editor, {TYPED_KEYS!r})
    editor.insertPlainText({PASTED!r})
    target = recovery_path(window.document.draft)

    def crash_once_written():
        if target.exists():
            os.kill(os.getpid(), signal.SIGKILL)  # no clean close, no save: a crash
        QTimer.singleShot(100, crash_once_written)

    crash_once_written()
    app.exec()
""")


def test_text_typed_before_a_crash_is_offered_and_restored(qtbot, make_window, tmp_path: Path, monkeypatch):
    from dpi_consult.cli import main

    draft = tmp_path / "ch-arles.dpic"
    assert main(["new", str(draft), "--org", "CH d’Arles"]) == 0
    before = draft.read_bytes()
    env = {**os.environ, "DRAFT": str(draft), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", CRASHING_SESSION], env=env, timeout=60, capture_output=True)
    assert result.returncode == -9, result.stderr.decode()
    assert draft.read_bytes() == before  # the file itself was never saved

    recoveries, broken = pending_recoveries()
    assert broken == [] and len(recoveries) == 1
    assert recoveries[0].original_path == str(draft)
    assert recoveries[0].draft.answers["fiche-06.difficultes"] == TYPED

    from dpi_consult.gui import recovery_dialog

    def restore_first(dialog):
        assert "CH d’Arles" in dialog.preview_html(dialog.current()) or dialog.current().draft.organisation
        dialog.restore_button.click()
        return 1

    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", restore_first)
    window = make_window()
    assert offer_recovery(window)
    assert window.document.path == draft
    assert window.document.value("fiche-06.difficultes") == TYPED
    assert window.isWindowModified()
    window.navigator.select_section("fiche-06")
    assert window.page("fiche-06").cards["fiche-06.difficultes"].answer.value() == TYPED
    # Saving writes the recovered text into the file and retires the recovery file.
    window.files.save()
    assert pending_recoveries() == ([], [])
    assert TYPED in draft.read_text(encoding="utf-8")


def test_a_clean_close_leaves_no_recovery_file(qtbot, make_window):
    window = make_window()
    window.document.set_value("fiche-01.difficultes", "texte")
    window.keeper.write_now()
    window.keeper.wait()
    assert len(pending_recoveries()[0]) == 1
    window.document.set_modified(False)
    window.close()
    assert pending_recoveries() == ([], [])
