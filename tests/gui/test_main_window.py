"""The drafting window as a user drives it: type, choose, switch, save, reopen, search, drop, close."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from dpi_consult.draft.files import read_draft
from dpi_consult.draft.model import SheetStatus
from dpi_consult.gui.answer_widgets import (
    ComboChoiceWidget,
    LongTextWidget,
    MultipleChoiceWidget,
    ShortTextWidget,
    SingleChoiceWidget,
)


def long_editor(window, question_id: str) -> LongTextWidget:
    section_id = question_id.split(".")[0]
    window.navigator.select_section(section_id)
    widget = window.page(section_id).cards[question_id].answer
    assert isinstance(widget, LongTextWidget)
    return widget


def test_type_choose_save_and_reopen(qtbot, make_window, tmp_path: Path, monkeypatch):
    window = make_window()
    assert window.windowTitle().startswith("Untitled contribution[*]")
    org = window.page("identification").cards["identification.organisation"].answer
    assert isinstance(org, ShortTextWidget)
    window.navigator.select_section("identification")
    qtbot.keyClicks(org.line, "CH de Bayonne")
    assert window.isWindowModified()

    answer = long_editor(window, "fiche-06.difficultes")
    answer.editor.editor.setFocus()
    qtbot.keyClicks(answer.editor.editor, "Purge par patient impossible")
    qtbot.keyClick(answer.editor.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(answer.editor.editor, "avec notre DPI actuel.")
    clarity = window.page("fiche-06").cards["fiche-06.clarte"].answer
    assert isinstance(clarity, SingleChoiceWidget)
    clarity.buttons["plutot-non"].click()
    window.page("fiche-06").status_box.setCurrentIndex(1)
    window.page("fiche-06").notes.setPlainText("Voir avec le DIM")
    total = len(window.document.form.section("fiche-06").questions)
    assert f"2/{total}" in window.navigator.item(6).text()

    path = tmp_path / "bayonne.dpic"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))
    window.save_action.trigger()
    assert path.is_file() and not window.isWindowModified()
    assert window.windowTitle().startswith("bayonne.dpic[*]")

    saved = read_draft(path)
    assert saved.identity["identification.organisation"] == "CH de Bayonne"
    assert saved.answers["fiche-06.difficultes"] == "Purge par patient impossible\navec notre DPI actuel."
    assert saved.answers["fiche-06.clarte"] == "plutot-non"
    assert saved.statuses["fiche-06"] is SheetStatus.READY
    assert saved.notes["fiche-06"] == "Voir avec le DIM"
    assert saved.history["answers/fiche-06.difficultes"].head.author == "Dr Testeur (DIM)"

    again = make_window(str(path))
    reopened = long_editor(again, "fiche-06.difficultes")
    assert reopened.value() == "Purge par patient impossible\navec notre DPI actuel."
    assert again.page("fiche-06").cards["fiche-06.clarte"].answer.value() == "plutot-non"
    assert again.page("fiche-06").status_box.currentData() == "ready"
    assert not again.isWindowModified()


def test_choices_set_and_cleared(qtbot, make_window):
    window = make_window()
    window.navigator.select_section("identification")
    page = window.page("identification")
    kind = page.cards["identification.type"].answer
    assert isinstance(kind, ComboChoiceWidget)  # seventeen types: a drop-down list
    roles = page.cards["identification.roles"].answer
    assert isinstance(roles, MultipleChoiceWidget)
    members_card = page.cards["identification.membres"]
    assert members_card.isHidden()
    kind.combo.setCurrentIndex(kind.combo.findData("federation"))
    kind.combo.activated.emit(kind.combo.currentIndex())
    assert window.document.value("identification.type") == "federation"
    assert not members_card.isHidden()
    roles.boxes["dpo"].click()
    roles.boxes["rssi"].click()
    assert window.document.value("identification.roles") == ["dpo", "rssi"]
    kind.combo.setCurrentIndex(0)
    kind.combo.activated.emit(0)
    assert window.document.value("identification.type") is None
    assert kind.value() is None
    assert members_card.isHidden()
    roles.boxes["dpo"].click()
    roles.boxes["rssi"].click()
    assert window.document.value("identification.roles") is None


def test_finess_and_email_problems_are_shown_inline(qtbot, make_window):
    window = make_window()
    page = window.page("identification")
    finess = page.cards["identification.finess"].answer
    qtbot.keyClicks(finess.line, "12AB")
    finess.line.editingFinished.emit()
    assert finess.problem.isVisibleTo(window) and "9 caractères" in finess.problem.text.text()
    finess.line.clear()
    qtbot.keyClicks(finess.line, "2A0000123")
    finess.line.editingFinished.emit()
    assert not finess.problem.isVisibleTo(window)
    email = page.cards["identification.email"].answer
    qtbot.keyClicks(email.line, "dpo@hopital")
    email.line.editingFinished.emit()
    assert "adresse électronique invalide" in email.problem.text.text()


def test_keyboard_moves_between_sections(qtbot, make_window):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.navigator.select_section("fiche-01")
    editor = long_editor(window, "fiche-01.difficultes").editor.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "fiche-02"
    qtbot.keyClick(window.navigator, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "fiche-01"


def test_unsaved_changes_question_on_close(qtbot, make_window, monkeypatch):
    window = make_window()
    window.document.set_value("fiche-02.difficultes", "texte")
    asked = []

    def answer(result):
        def ask(self):
            asked.append(True)
            return result
        return ask

    monkeypatch.setattr("dpi_consult.gui.file_actions.FileActions.ask_unsaved",
                        answer(QMessageBox.StandardButton.Cancel))
    assert not window.close()
    assert window.isVisible() and asked
    monkeypatch.setattr("dpi_consult.gui.file_actions.FileActions.ask_unsaved",
                        answer(QMessageBox.StandardButton.Discard))
    assert window.close()


def test_search_jumps_to_the_question(qtbot, make_window):
    window = make_window()
    window.document.set_value("fiche-11.controles-acces", "Le **bris de glace** est tracé.")
    window.open_search()
    dialog = window._search_dialog
    dialog.set_query("bris de glace")
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=3000)
    hit = dialog.hits()[0]
    dialog.hit_activated.emit(hit)
    assert window.current_section() == "fiche-11"
    editor = window.page("fiche-11").cards["fiche-11.controles-acces"].answer.editor.editor
    assert editor.textCursor().selectedText() == "bris de glace"


def test_drop_a_draft_onto_the_window(qtbot, make_window, tmp_path: Path):
    from dpi_consult.cli import main

    path = tmp_path / "depose.dpic"
    assert main(["new", str(path), "--org", "Clinique du Port"]) == 0
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.document.path == path
    assert window.document.value("identification.organisation") == "Clinique du Port"


def test_an_unreadable_file_gives_a_dialog_not_a_crash(qtbot, make_window, tmp_path: Path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    bad = tmp_path / "casse.dpic"
    bad.write_text("{", encoding="utf-8")
    window = make_window(str(bad))
    assert window.document is None
    assert shown and "casse.dpic" in shown[0] and "tronqué" in shown[0]


def test_close_shows_the_welcome_page_and_new_starts_again(qtbot, make_window):
    window = make_window()
    window.close_action.trigger()
    assert window.document is None and window.central.currentWidget() is window.welcome
    assert not window.save_action.isEnabled()
    window.welcome.new_requested.emit()
    assert window.document is not None


def test_window_state_and_last_section_are_restored(qtbot, make_window, settings):
    from dpi_consult.settings import settings_path
    from dpi_consult.ui_state import load_ui_state

    window = make_window()
    window.navigator.select_section("fiche-09")
    window.close()
    stored = load_ui_state()
    assert stored.window["last_section"] == "fiche-09" and "geometry" in stored.window
    assert not settings_path().exists()  # where the user left off is no preference
    again = make_window()
    assert again.current_section() == "fiche-09"


def test_after_the_first_frame_spelling_starts_and_pages_are_built_ahead(qtbot, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: window.spelling.started, timeout=5000)
    qtbot.waitUntil(lambda: len(window.pages) == len(window.document.form.sections), timeout=15000)
    assert window.spelling.highlighter_count() > 0


def test_the_region_is_a_drop_down_list_that_can_be_cleared(qtbot, make_window):
    window = make_window()
    region = window.page("identification").cards["identification.region"].answer
    assert isinstance(region, ComboChoiceWidget)
    region.combo.setCurrentIndex(region.combo.findData("occitanie"))
    region.combo.activated.emit(region.combo.currentIndex())
    assert window.document.value("identification.region") == "occitanie"
    # The number of members is asked of federations and GHT only: not counted before the type says so.
    asked = len(window.document.form.section("identification").questions) - 1
    assert f"1/{asked}" in window.navigator.item(0).text()
    region.combo.setCurrentIndex(0)
    region.combo.activated.emit(0)
    assert window.document.value("identification.region") is None
    window.document.set_value("identification.region", "corse")
    window.page("identification").refresh()
    assert region.combo.currentText() == "Corse"
