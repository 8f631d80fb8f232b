"""Before an export leaves: the window lists what is incomplete or wrong, goes to it, or lets it go anyway."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from dpi_consult.gui.send_check_dialog import SendCheckDialog
from dpi_consult.send_checks import Trouble

TOO_LONG = "mot " * 1100  # 4 400 characters where the sheets' free answers allow 4 000


@pytest.fixture
def incomplete_window(make_window, monkeypatch, tmp_path: Path):
    """A hospital's draft with its name only, and one answer over its limit on sheet 6."""
    window = make_window()
    window.document.set_value("identification.organisation", "CH de Dax")
    window.document.set_value("fiche-06.difficultes", TOO_LONG)
    return window


def answer_the_check(choose_row: int | None, button: str, seen: list[str]) -> None:
    """Once the check is on screen, pick a row and press a button, as a user would."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SendCheckDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.intro.text())
        if choose_row is not None:
            dialog.tree.setCurrentItem(dialog.tree.topLevelItem(choose_row))
        getattr(dialog, button).click()
    QTimer.singleShot(0, act)


def test_the_check_lists_each_problem_with_its_sheet_and_corriger_goes_to_it(incomplete_window, monkeypatch, qtbot):
    window = incomplete_window
    monkeypatch.setattr(type(window.exports), "ask_options",
                        lambda self, dialog: pytest.fail("the export went on after Corriger"))
    defaults: list[bool] = []
    rows_before: list[tuple[str, str, str]] = []

    def remember_then_correct() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SendCheckDialog):
            QTimer.singleShot(20, remember_then_correct)
            return
        for row in range(dialog.tree.topLevelItemCount()):
            item = dialog.tree.topLevelItem(row)
            rows_before.append((item.text(0), item.text(1), item.text(2)))
        over = next(row for row, problem in enumerate(dialog.problems) if problem.trouble is Trouble.OVER_LIMIT)
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(over))
        assert "de trop" in dialog.detail.text()
        defaults.append(dialog.correct_button.isDefault())
        dialog.correct_button.click()

    QTimer.singleShot(0, remember_then_correct)
    assert window.exports.export_word() is None
    assert defaults == [True]
    sections = {row[0] for row in rows_before}
    # Labels are the source strings: tests run without the French catalogue (tests/gui/test_translations.py).
    assert ("Identification du contributeur", "Région", "Required answer missing") in rows_before
    assert ("Publication de la contribution", "La CNIL peut-elle publier votre contribution\u00a0?",
            "Required answer missing") in rows_before
    assert any(row[0] == "Fiche 6 — Durées de conservation" and row[2] == "Answer too long" for row in rows_before)
    assert sections == {"Identification du contributeur", "Fiche 6 — Durées de conservation",
                        "Publication de la contribution"}
    # Corriger: the sheet of the answer chosen is shown, its answer has the keyboard focus.
    assert window.navigator.section_at(window.navigator.currentRow()) == "fiche-06"
    card = window.page("fiche-06").cards["fiche-06.difficultes"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and card.isAncestorOf(QApplication.focusWidget()),
                    timeout=2000)


def test_send_anyway_exports_what_was_written(incomplete_window, monkeypatch, tmp_path: Path):
    window = incomplete_window
    out = tmp_path / "contribution.docx"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(type(window.exports), "ask_options", lambda self, dialog: True)
    monkeypatch.setattr(type(window.exports), "offer_to_open", lambda self, path: None)
    seen: list[str] = []
    answer_the_check(None, "send_button", seen)
    assert window.exports.export_word() == out
    assert seen and "“Export to Word”" in seen[0]
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "mot mot mot" in text


def test_a_complete_draft_is_exported_without_the_check(make_window, monkeypatch, tmp_path: Path):
    from dpi_consult.form.registry import bundled_form
    from dpi_consult.send_checks import problems_before_sending

    window = make_window()
    complete = {"identification.organisation": "CH de Dax", "identification.type": "etablissement-public",
                "identification.region": "nouvelle-aquitaine", "publication.consentement": "nominative"}
    for question_id, value in complete.items():
        window.document.set_value(question_id, value)
    assert problems_before_sending(bundled_form(), window.document.draft) == [], "the fixture is complete"
    monkeypatch.setattr(type(window.exports), "confirm_sending",
                        lambda self, problems, action: pytest.fail("a complete draft was stopped"))
    out = tmp_path / "ok.docx"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(type(window.exports), "ask_options", lambda self, dialog: True)
    monkeypatch.setattr(type(window.exports), "offer_to_open", lambda self, path: None)
    assert window.exports.export_word() == out


def test_the_navigator_marks_a_sheet_with_an_answer_over_its_limit(incomplete_window, qtbot):
    window = incomplete_window
    navigator = window.navigator
    qtbot.waitUntil(lambda: navigator.problem_count("fiche-06") == 1, timeout=3000)
    row = navigator._section_ids.index("fiche-06")
    assert "⚠ 1 to check" in navigator.item(row).text()
    assert "too long" in navigator.item(row).toolTip()
    assert navigator.problem_count("fiche-05") == 0 and "⚠" not in navigator.item(row - 1).text()
    window.document.set_value("fiche-06.difficultes", "Court.")
    window.page("fiche-06").refresh()
    navigator.refresh_section("fiche-06")
    qtbot.waitUntil(lambda: navigator.problem_count("fiche-06") == 0, timeout=3000)
    assert "⚠" not in navigator.item(row).text()
