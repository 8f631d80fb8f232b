"""Saving a named version from the window, reading what changed since, and going back to it."""

from __future__ import annotations

from pathlib import Path

from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.gui.versions_dialog import VersionActions, VersionsDialog

QUESTION = "fiche-06.traces-r6113-9-2"
CHOICE = "fiche-06.clarte"


def test_save_a_version_see_the_differences_and_go_back(make_window, qtbot, tmp_path: Path, monkeypatch):
    path = tmp_path / "contribution.dpic"
    form = bundled_form()
    draft = Draft.new(form, "CH de Quimper")
    draft.set_value(form, QUESTION, "Six mois suffisent pour les journaux.")
    draft.set_value(form, CHOICE, "plutot-oui")
    save_draft(draft, path, "DPO")
    window = make_window(str(path))
    assert not window.versions_action.isEnabled()
    monkeypatch.setattr(VersionActions, "ask_name", lambda self: "  Relue par le DIM  ")
    version = window.version_actions.save_version()
    assert version is not None and version.name == "Relue par le DIM" and window.document.modified
    assert window.versions_action.isEnabled()
    window.document.set_value(QUESTION, "Douze mois suffisent pour les journaux.")
    window.document.set_value(CHOICE, "non")

    dialog = VersionsDialog(window.document, window.version_actions, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1 and dialog.list.item(0).text().startswith("Relue par le DIM\n")
    assert dialog.summary.text().startswith("2 answer(s) differ")
    shown = dialog.differences.toHtml()
    assert "line-through" in shown and "Six" in dialog.differences.toPlainText()
    assert "Plutôt oui" in dialog.differences.toPlainText() and "Non" in dialog.differences.toPlainText()

    monkeypatch.setattr(VersionsDialog, "confirm_restore", lambda self, version: True)
    dialog.restore_button.click()
    document = window.document
    assert document.value(QUESTION) == "Six mois suffisent pour les journaux."
    assert document.value(CHOICE) == "plutot-oui"
    assert [v.name for v in document.draft.versions] == ["Relue par le DIM", "Avant le retour à « Relue par le DIM »"]
    editor = window.page("fiche-06").cards[QUESTION].answer
    assert editor.value() == "Six mois suffisent pour les journaux."

    assert window.files.save()
    saved = read_draft(path)
    assert len(saved.versions) == 2 and saved.answers[QUESTION] == "Six mois suffisent pour les journaux."
    before = next(v for v in saved.versions if v.name.startswith("Avant"))
    dialog = VersionsDialog(window.document, window.version_actions, window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)  # the newest first: the text before going back
    assert dialog.current_version().id == before.id
    assert "Douze" in dialog.differences.toPlainText()


def test_an_empty_name_is_refused_with_a_message(make_window, tmp_path: Path, monkeypatch):
    path = tmp_path / "contribution.dpic"
    save_draft(Draft.new(bundled_form(), "CH de Brest"), path, "DPO")
    window = make_window(str(path))
    warned = []
    monkeypatch.setattr(VersionActions, "ask_name", lambda self: "   ")
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: warned.append(args[2]))
    assert window.version_actions.save_version() is None
    assert warned == ["donnez un nom à la version"] and window.document.draft.versions == []
