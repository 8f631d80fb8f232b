"""The small dialogs: search, preferences, user name; driven without exec()."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from small_form import make_draft, make_form

from dpi_consult.form.model import Form
from dpi_consult.gui.preferences_dialog import PreferencesDialog
from dpi_consult.gui.search_dialog import SearchDialog
from dpi_consult.gui.user_name_dialog import UserNameDialog
from dpi_consult.search import SearchHit, search_answers
from dpi_consult.settings import Settings


@pytest.fixture
def form() -> Form:
    return make_form()


# Search

def test_search_dialog_searches_as_you_type_and_emits_the_hit(qtbot, form: Form):
    draft = make_draft(form, "CH de Lannion")
    calls: list[str] = []

    def search(query: str) -> list[SearchHit]:
        calls.append(query)
        return search_answers(form, draft, query)

    dialog = SearchDialog(search)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Search the answers" and not dialog.isModal()
    assert dialog.query_edit.placeholderText() == "Search the answers"
    qtbot.keyClicks(dialog.query_edit, "securite")
    qtbot.waitUntil(lambda: dialog.results.count() == 2)
    assert calls == ["securite"]  # the debounce searched once for the whole word
    assert dialog.count_label.text() == "2 results"
    expected = search_answers(form, draft, "securite")
    assert dialog.hits() == expected
    assert "Fiche 6 — Durées de conservation" in dialog.results.item(0).text()
    assert "sécurité" in dialog.results.item(0).text()

    with qtbot.waitSignal(dialog.hit_activated) as blocker:
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert blocker.args == [expected[0]]
    assert dialog.isVisible()  # stays open to go through the results

    item = dialog.results.item(1)
    where = dialog.results.visualItemRect(item).center()
    with qtbot.waitSignal(dialog.hit_activated) as blocker:
        # A real double-click is a press, then the double-click event on the same item.
        qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert blocker.args == [expected[1]]
    assert dialog.isVisible()


def test_search_dialog_counts_and_keyboard(qtbot, form: Form):
    draft = make_draft(form)
    dialog = SearchDialog(lambda q: search_answers(form, draft, q, limit=2), limit=2)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.query_edit.setFocus()
    assert "accents" in dialog.count_label.text()  # a hint while the field is empty
    dialog.set_query("introuvable")
    assert dialog.results.count() == 0 and dialog.count_label.text() == "No results"
    dialog.set_query("Défavorable")
    assert dialog.count_label.text() == "1 result"
    dialog.set_query("acces")
    assert "first 2 results" in dialog.count_label.text()
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.results and dialog.results.currentRow() == 0
    with qtbot.waitSignal(dialog.hit_activated) as blocker:
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert blocker.args[0].question_id == "fiche-06.q1"
    assert dialog.isVisible()


# Preferences

def test_preferences_dialog_edits_every_field(qtbot):
    settings = Settings(user_name="Dr Martin")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_edit.text() == "Dr Martin" and dialog.language_combo.currentData() == "fr"
    assert [dialog.language_combo.itemText(i) for i in range(2)] == ["Français", "English"]
    dialog.name_edit.setText("  Claire  Dubois ")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.autosave_check.setChecked(True)
    dialog.spellcheck_check.setChecked(False)
    dialog.font_size_spin.setValue(30)  # clamped to the range
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.result_settings()
    assert result == dataclasses.replace(settings, user_name="Claire Dubois", language="en", autosave_file=True,
                                         spellcheck=False, font_size=24)
    assert result is not settings and settings.user_name == "Dr Martin"


def test_preferences_ok_is_disabled_while_the_name_is_blank(qtbot):
    dialog = PreferencesDialog(Settings(user_name="", language="xx", font_size=3))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    assert dialog.language_combo.currentData() == "fr" and dialog.font_size_spin.value() == 8
    dialog.name_edit.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter in a field must not get through either
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    dialog.name_edit.setText("A")
    assert dialog.ok_button.isEnabled()


# User name

def test_user_name_dialog_trims_and_blocks_blank(qtbot):
    dialog = UserNameDialog(current="")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.name_edit.setText("  Dr Anne Le Goff ")
    assert dialog.ok_button.isEnabled() and dialog.name() == "Dr Anne Le Goff"
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_user_name_dialog_cancel(qtbot):
    dialog = UserNameDialog(current="Jean")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok_button.isEnabled() and dialog.name() == "Jean"
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
