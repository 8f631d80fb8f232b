"""Fichier > Exporter en Word and the blank questionnaire, as a user runs them from the window."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from dpi_consult.gui.export_dialog import ExportDialog
from dpi_consult.gui.job_runner import run_with_progress
from dpi_consult.progress import Cancelled


@pytest.fixture
def answered_window(make_window):
    window = make_window()
    window.document.set_value("identification.organisation", "CH de Dax")
    window.document.set_value("identification.type", "etablissement-public")
    window.document.set_value("identification.region", "nouvelle-aquitaine")
    window.document.set_value("publication.consentement", "nominative")
    window.document.set_value("fiche-06.difficultes", "La **purge** par patient est impossible.\n\n- un\n- deux")
    window.document.set_value("fiche-06.clarte", "plutot-non")
    window.document.set_note("fiche-06", "NOTE INTERNE À NE PAS EXPORTER")
    return window


def test_export_to_word_from_the_menu(answered_window, tmp_path: Path, monkeypatch):
    window = answered_window
    out = tmp_path / "contribution.docx"
    offered = []
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(type(window.exports), "ask_options", lambda self, dialog: True)
    monkeypatch.setattr(type(window.exports), "offer_to_open", lambda self, path: offered.append(path))
    monkeypatch.setattr(type(window.exports), "confirm_sending",
                        lambda self, problems, action: pytest.fail(f"a complete draft was stopped: {problems}"))
    window.export_action.trigger()
    assert offered == [out]
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Fiche 6 — Durées de conservation" in text and "La purge par patient est impossible." in text
    assert "NOTE INTERNE" not in text
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Fiche 6 — Durées de conservation" in headings


def test_export_dialog_options(qtbot):
    dialog = ExportDialog(has_members=False)
    qtbot.addWidget(dialog)
    assert not dialog.annex.isEnabled() and dialog.template() is None
    dialog.all_questions.setChecked(True)
    dialog.template_edit.setText("/chemin/modele.dotx")
    assert dialog.include_all_questions() and dialog.template() == "/chemin/modele.dotx"
    assert not dialog.include_annex()


def test_blank_questionnaire_from_the_menu(make_window, tmp_path: Path, monkeypatch):
    window = make_window()
    out = tmp_path / "vierge.docx"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(type(window.exports), "offer_to_open", lambda self, path: None)
    window.blank_action.trigger()
    assert out.is_file() and docx.Document(str(out)).paragraphs


def test_cancel_stops_the_job_and_the_window_stays_responsive(qtbot):
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    steps = []

    def job(progress):
        for step in range(1000):
            progress.report(step, 1000)
            steps.append(step)
            time.sleep(0.01)
        return "finished"

    def press_cancel():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog):
                widget.findChild(QPushButton).click()

    QTimer.singleShot(400, press_cancel)  # the UI thread keeps running while the job works
    with pytest.raises(Cancelled):
        run_with_progress(None, "Export", "…", job)
    assert 0 < len(steps) < 1000
    assert run_with_progress(None, "Export", "…", lambda progress: 42) == 42
