"""What a Word user expects of a desktop window: Édition with Annuler to Coller, Aide with a guide, option groups
chosen with the arrow keys, field labels whose « & » marks a shortcut rather than showing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from dpi_consult.settings import documents_dir, recovery_dir


def menu_of(window, title: str):
    return next(action.menu() for action in window.menuBar().actions() if action.text() == title)


def test_edit_menu_undoes_cuts_copies_and_pastes_in_the_answer_being_written(make_window, qtbot):
    window = make_window()
    menu = menu_of(window, "&Edit")
    assert [action.text() for action in menu.actions() if action.text()] == [
        "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "&Search the answers…"]
    window.navigator.select_section("fiche-06")
    editor = window.page("fiche-06").cards["fiche-06.difficultes"].answer.editor.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Purge impossible")
    assert window.document.value("fiche-06.difficultes") == "Purge impossible"

    actions = window.edit_actions

    def choose(action) -> None:
        """As a user does: open Édition (entries enabled as the field stands), then click the entry."""
        menu.aboutToShow.emit()
        assert action.isEnabled(), action.text()
        action.trigger()

    menu.aboutToShow.emit()
    assert actions.undo.isEnabled() and not actions.redo.isEnabled() and not actions.copy.isEnabled()
    choose(actions.undo)
    assert not window.document.value("fiche-06.difficultes")
    choose(actions.redo)
    assert window.document.value("fiche-06.difficultes") == "Purge impossible"

    editor.selectAll()
    choose(actions.copy)
    assert QGuiApplication.clipboard().text() == "Purge impossible"
    choose(actions.cut)
    assert not window.document.value("fiche-06.difficultes")
    choose(actions.paste)
    choose(actions.paste)
    assert window.document.value("fiche-06.difficultes") == "Purge impossiblePurge impossible"


def test_edit_entries_are_off_where_there_is_no_text_to_edit(make_window, qtbot):
    window = make_window()
    window.navigator.setFocus()
    qtbot.waitUntil(window.navigator.hasFocus)
    menu_of(window, "&Edit").aboutToShow.emit()
    actions = window.edit_actions
    assert not any(a.isEnabled() for a in (actions.undo, actions.redo, actions.cut, actions.copy, actions.paste))


def test_help_has_a_guide_that_says_where_the_files_are(make_window, monkeypatch):
    from dpi_consult.gui.guide_dialog import GuideDialog

    window = make_window()
    entries = [action.text() for action in menu_of(window, "&Help").actions() if action.text()]
    assert entries == ["&Guide", "&About dpi-consult"]
    shown: list[str] = []
    monkeypatch.setattr(GuideDialog, "exec", lambda self: shown.append(self.text.toPlainText()) or 0)
    menu_of(window, "&Help").actions()[0].trigger()
    text = shown[0]
    assert "Answering" in text and "Working with a federation" in text and "Where the files are kept" in text
    assert str(documents_dir()) in text and str(recovery_dir()) in text


def test_arrow_keys_choose_in_an_option_group(make_window, qtbot):
    window = make_window()
    window.navigator.select_section("fiche-01")
    widget = window.page("fiche-01").cards["fiche-01.clarte"].answer
    first, second, *_ = widget.buttons.values()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert second.isChecked() and second.hasFocus()
    assert window.document.value("fiche-01.clarte") == list(widget.buttons)[1]
    qtbot.keyClick(second, Qt.Key.Key_Left)
    assert first.isChecked() and window.document.value("fiche-01.clarte") == list(widget.buttons)[0]
    qtbot.keyClick(first, Qt.Key.Key_Up)  # the first stays chosen: no wrapping round
    assert first.isChecked()


def test_a_label_whose_ampersand_marks_a_shortcut_has_its_field(qtbot):
    from dpi_consult.gui.export_dialog import ExportDialog

    dialog = ExportDialog(has_members=False)
    qtbot.addWidget(dialog)
    bare = [label.text() for label in dialog.findChildren(QLabel)
            if "&" in label.text().replace("&&", "") and label.buddy() is None]
    assert bare == []
    assert QApplication.instance() is not None
