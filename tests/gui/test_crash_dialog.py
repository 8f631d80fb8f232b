"""An unexpected error in the window: the work goes to the recovery file, a report is written, a dialog says so."""

from __future__ import annotations

import sys

from dpi_consult.crash_report import crash_dir
from dpi_consult.gui.crash_dialog import install_crash_handler
from dpi_consult.recovery import pending_recoveries


def test_an_error_in_a_slot_keeps_the_work_and_says_where_the_report_is(make_window, monkeypatch):
    window = make_window()
    window.document.set_value("fiche-06.difficultes", "Texte tapé juste avant l’erreur.")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    handler = install_crash_handler(window, window.keeper.keep_now)
    shown: list[str] = []
    handler.show = shown.append
    try:
        raise RuntimeError("défaut avec « Texte tapé juste avant l’erreur. »")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    recoveries, _broken = pending_recoveries()
    assert [r.draft.answers.get("fiche-06.difficultes") for r in recoveries] == ["Texte tapé juste avant l’erreur."]
    report = next(crash_dir().glob("crash-*.txt"))
    assert len(shown) == 1 and str(report) in shown[0] and "recovery file" in shown[0]
    assert "Texte tapé" not in report.read_text(encoding="utf-8")
