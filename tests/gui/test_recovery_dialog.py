"""The recovery dialog cannot destroy work: it shows what differs from the saved file, says honestly when the copy
was written, and asks before deleting work no saved file holds."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from small_form import make_draft, make_form

from dpi_consult.draft.model import SheetStatus
from dpi_consult.form.model import Form
from dpi_consult.gui.recovery_dialog import DISCARD, RESTORE, RecoveryDialog
from dpi_consult.recovery import Recovery
from dpi_consult.recovery_changes import SavedFile, changes_since_saved


@pytest.fixture
def form() -> Form:
    return make_form()


def recovery(form: Form, name: str | None, organisation: str = "", answers: int = 2,
             written_at: str = "2026-11-29T17:05:00Z") -> Recovery:
    draft = make_draft(form, organisation, answers)
    return Recovery(Path(f"/tmp/{draft.draft_id}.recovery.json"), draft,
                    None if name is None else f"/home/anne/{name}", written_at)


def never_saved(rec: Recovery) -> SavedFile | None:
    return None


def open_dialog(qtbot, recs: list[Recovery], form: Form, saved_for=never_saved) -> RecoveryDialog:
    dialog = RecoveryDialog(recs, lambda draft: form, saved_for=saved_for)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_copy_of_a_saved_file_shows_only_what_differs_from_it(qtbot, form: Form):
    rec = recovery(form, "lannion.dpic", "CH de Lannion", answers=12)
    saved = copy.deepcopy(rec.draft)
    saved.saved_at = "2026-11-29T16:40:00Z"
    saved.set_value(form, "fiche-06.q3", "Ce que disait le fichier.")
    del saved.answers["fiche-06.q7"]
    saved.set_note("fiche-06", "À revoir avec le DIM")
    rec.draft.set_status("fiche-06", SheetStatus.READY)
    dialog = open_dialog(qtbot, [rec], form, saved_for=lambda r: SavedFile(saved))

    assert dialog.preview_label.text() == "What differs from the saved file:"
    preview = dialog.preview.toPlainText()
    assert "Fiche 6 — Durées de conservation — Question numéro 3" in preview
    assert "In the file: Ce que disait le fichier." in preview
    assert "In the copy: La sécurité des accès, réponse 3." in preview
    assert "Question numéro 7" in preview and "In the file: (empty)" in preview
    assert "Internal note — Fiche 6 — Durées de conservation" in preview and "In the copy: (empty)" in preview
    assert "Status — Fiche 6" in preview and "In the copy: ready" in preview
    # The answers the file already holds are not listed: nothing there to decide about.
    assert "Question numéro 5" not in preview and "Organisme" not in preview
    assert dialog.details.isRowVisible(dialog.saved_row) and "2026" in dialog.saved_value.text()

    asked: list[Recovery] = []
    dialog.confirm_discard = lambda r: asked.append(r) or False
    dialog.discard_button.click()
    assert asked == [rec] and dialog.chosen() == [] and dialog.isVisible()
    dialog.confirm_discard = lambda r: True
    dialog.discard_button.click()
    assert dialog.chosen() == [(rec, DISCARD)] and not dialog.isVisible()


def test_a_copy_identical_to_its_file_says_so_and_goes_without_asking(qtbot, form: Form):
    rec = recovery(form, "lannion.dpic", "CH de Lannion")
    dialog = open_dialog(qtbot, [rec], form, saved_for=lambda r: SavedFile(copy.deepcopy(rec.draft)))
    assert "Nothing differs from the saved file" in dialog.preview.toPlainText()
    dialog.confirm_discard = lambda r: pytest.fail("asked to delete a copy that loses nothing")
    dialog.discard_button.click()
    assert dialog.chosen() == [(rec, DISCARD)]


def test_an_unreadable_saved_file_shows_everything_and_says_why(qtbot, form: Form):
    rec = recovery(form, "lannion.dpic", "CH de Lannion", answers=12)
    dialog = open_dialog(qtbot, [rec], form, saved_for=lambda r: SavedFile(None, "lannion.dpic : introuvable"))
    preview = dialog.preview.toPlainText()
    assert "The saved file cannot be read (lannion.dpic : introuvable)" in preview
    assert dialog.preview_label.text() == "What would be restored:"
    assert "Organisme" in preview and "Défavorable" in preview and "Question numéro 8" in preview
    assert "Question numéro 9" not in preview and "4 more answered questions" in preview
    assert not dialog.details.isRowVisible(dialog.saved_row)
    assert dialog.loses_something(rec)


def test_the_intro_says_when_the_copy_was_written_and_that_what_came_after_is_lost(qtbot, form: Form):
    rec = recovery(form, "lannion.dpic", "CH de Lannion", answers=12)
    dialog = open_dialog(qtbot, [rec], form)
    intro = dialog.findChildren(type(dialog.file_value))[0].text()
    assert dialog.written_label(rec) in intro and "could not be kept" in intro
    assert "29" in dialog.written_value.text() and "2026" in dialog.written_value.text()
    assert dialog.file_value.text() == "lannion.dpic" and dialog.organisation_value.text() == "CH de Lannion"
    assert dialog.answered_value.text() == str(rec.answered) == "14"
    assert dialog.restore_button.isDefault()
    dialog.restore_button.click()
    assert dialog.chosen() == [(rec, RESTORE)] and dialog.result() == QDialog.DialogCode.Accepted


def test_deleting_a_never_saved_draft_asks_first(qtbot, form: Form):
    rec = recovery(form, None, written_at="pas une date")
    dialog = open_dialog(qtbot, [rec], form)
    assert dialog.file_value.text() == "Untitled draft" and dialog.organisation_value.text() == "—"
    assert dialog.written_value.text() == "pas une date"
    asked: list[Recovery] = []
    dialog.confirm_discard = lambda r: asked.append(r) or False
    dialog.discard_button.click()
    assert asked == [rec] and dialog.chosen() == [] and dialog.pending() == [rec]
    dialog.confirm_discard = lambda r: True
    dialog.discard_button.click()
    assert dialog.chosen() == [(rec, DISCARD)] and not dialog.isVisible()


def test_the_confirmation_defaults_to_cancel(qtbot, form: Form):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    rec = recovery(form, None)
    dialog = open_dialog(qtbot, [rec], form)
    seen: list[bool] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        seen.append(box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel))
        box.defaultButton().click()

    QTimer.singleShot(0, press_enter)
    dialog.discard_button.click()
    assert seen == [True] and dialog.chosen() == [] and dialog.isVisible()


def test_without_a_form_answers_are_shown_by_their_id(qtbot, form: Form):
    rec = recovery(form, None)
    dialog = RecoveryDialog([rec], lambda draft: None, saved_for=never_saved)
    qtbot.addWidget(dialog)
    assert "fiche-06.q1" in dialog.preview.toPlainText()


def test_several_copies_act_on_the_selected_one(qtbot, form: Form):
    recs = [recovery(form, "a.dpic", "A"), recovery(form, "b.dpic", "B"), recovery(form, None, "C")]
    dialog = open_dialog(qtbot, recs, form)
    dialog.confirm_discard = lambda r: True
    assert dialog.list.isVisible() and dialog.list.count() == 3
    assert "Untitled draft" in dialog.list.item(2).text()
    dialog.list.setCurrentRow(1)
    assert dialog.organisation_value.text() == "B"
    dialog.discard_button.click()
    assert dialog.chosen() == [(recs[1], DISCARD)] and dialog.isVisible() and dialog.list.count() == 2
    assert dialog.current() is recs[2] and dialog.organisation_value.text() == "C"
    dialog.list.setCurrentRow(0)
    dialog.restore_button.click()
    assert dialog.chosen() == [(recs[1], DISCARD), (recs[0], RESTORE)] and dialog.isVisible()
    dialog.later_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert dialog.pending() == [recs[2]]


def test_the_dialog_closes_once_all_are_handled(qtbot, form: Form):
    recs = [recovery(form, "a.dpic"), recovery(form, "b.dpic")]
    dialog = open_dialog(qtbot, recs, form)
    dialog.restore_button.click()
    assert dialog.isVisible()
    dialog.restore_button.click()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == [(recs[0], RESTORE), (recs[1], RESTORE)] and dialog.pending() == []


def test_changes_ignore_blank_answers_on_both_sides(form: Form):
    saved, recovered = make_draft(form), make_draft(form)
    saved.answers["fiche-06.q9"] = "   "
    assert changes_since_saved(saved, recovered) == []
