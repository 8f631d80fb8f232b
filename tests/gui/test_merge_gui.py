"""Merging a colleague's copy from the window, then resolving each kind of conflict side by side."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog

sys.path.insert(0, str(Path(__file__).parents[1] / "merge"))
from merge_copies import BASE_TEXT, CHOICE, LONG, base_file, copy_edited, replace_paragraph  # noqa: E402

from dpi_consult.draft.files import read_draft  # noqa: E402
from dpi_consult.gui.conflicts_dialog import CombinedTextDialog, ConflictsDialog  # noqa: E402
from dpi_consult.gui.merge_actions import MergeActions  # noqa: E402

DPO = "L’historique des soins : vingt ans."
RSSI = "L’historique des soins : six mois."


def copies(folder: Path) -> tuple[Path, Path]:
    base = base_file(folder)
    dpo = copy_edited(base, "dpo.dpic", "DPO", lambda form, d: (
        d.set_value(form, LONG, replace_paragraph(BASE_TEXT, 1, DPO)), d.set_value(form, CHOICE, "oui"),
        d.set_note("fiche-06", "À relire.\n\nNote du DPO.")))
    rssi = copy_edited(base, "rssi.dpic", "RSSI", lambda form, d: (
        d.set_value(form, LONG, replace_paragraph(BASE_TEXT, 1, RSSI)), d.set_value(form, CHOICE, "non"),
        d.set_note("fiche-06", "À relire.\n\nNote du RSSI.")))
    return dpo, rssi


def test_merge_a_copy_then_resolve_every_conflict(make_window, qtbot, tmp_path: Path, monkeypatch):
    dpo, rssi = copies(tmp_path)
    monkeypatch.setattr(MergeActions, "ask", lambda self, box: None)  # « Later » in the merge report
    window = make_window(str(dpo))
    assert not window.conflicts_action.isEnabled()
    assert window.merge_actions.merge_path(str(rssi))
    document = window.document
    assert document.modified and set(document.draft.conflicts) == {
        f"answers/{LONG}", f"answers/{CHOICE}", "notes/fiche-06"}
    banner = window.merge_actions.banner
    assert banner is not None and banner.isVisible() and banner.label.text().startswith("3 merge conflict")
    assert window.conflicts_action.isEnabled()
    # The sheet is marked with what is left to look at: its three conflicts.
    qtbot.waitUntil(lambda: "\u26a0 3" in window.navigator.item(6).text(), timeout=3000)

    dialog = ConflictsDialog(document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 3
    keys = [dialog.list.item(i).data(0x0100) for i in range(3)]
    assert keys == [f"answers/{CHOICE}", f"answers/{LONG}", "notes/fiche-06"]  # the sheet's order, notes last
    # The choice: one version or the other, nothing to combine.
    assert dialog.current_key() == f"answers/{CHOICE}"
    assert not dialog.both_button.isVisible() and dialog.keep_buttons[1].text() == "Keep the version of RSSI"
    dialog.keep_buttons[1].click()
    assert document.value(CHOICE) == "non"
    # The long answer: a combined text written by hand.
    assert dialog.list.count() == 2 and dialog.current_key() == f"answers/{LONG}"
    assert "six mois" in dialog.side_views[1].toPlainText()

    def write(editor: CombinedTextDialog) -> QDialog.DialogCode:
        editor.editor.setPlainText(editor.text().replace(f"{DPO}\n\n{RSSI}", "L’historique : vingt ans, journaux "
                                                                            "six mois."))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CombinedTextDialog, "exec", write)
    dialog.edit_button.click()
    assert document.value(LONG) == replace_paragraph(BASE_TEXT, 1, "L’historique : vingt ans, journaux six mois.")
    # The notes: both kept, one after the other.
    assert dialog.current_key() == "notes/fiche-06" and dialog.both_button.isVisible()
    dialog.both_button.click()
    assert document.draft.notes["fiche-06"] == "À relire.\n\nNote du DPO.\n\nNote du RSSI."
    assert dialog.list.count() == 0 and not dialog.keep_buttons[0].isEnabled()
    assert document.draft.conflicts == {} and not banner.isVisible()
    assert not window.conflicts_action.isEnabled()
    page = window.page("fiche-06")
    assert page.notes.toPlainText() == "À relire.\n\nNote du DPO.\n\nNote du RSSI."

    assert window.files.save()
    saved = read_draft(dpo)
    assert saved.conflicts == {} and saved.answers[CHOICE] == "non"
    head = saved.history[f"answers/{LONG}"].head
    assert head.text == document.value(LONG)


def test_a_dropped_copy_of_the_open_draft_is_offered_for_merging(make_window, tmp_path: Path, monkeypatch):
    dpo, rssi = copies(tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(MergeActions, "ask_dropped", lambda self, name: asked.append(name) or "merge")
    monkeypatch.setattr(MergeActions, "ask", lambda self, box: None)
    window = make_window(str(dpo))
    assert window.merge_actions.dropped(str(rssi))
    assert asked == ["rssi.dpic"] and len(window.document.draft.conflicts) == 3
    other = tmp_path / "autre.dpic"
    from dpi_consult.draft.files import save_draft
    from dpi_consult.draft.model import Draft
    from dpi_consult.form.registry import bundled_form

    save_draft(Draft.new(bundled_form(), "Ailleurs"), other, "Quelqu’un")
    assert not window.merge_actions.dropped(str(other))  # not a copy: opened or imported as before
    assert asked == ["rssi.dpic"]


def test_merge_from_the_file_menu(make_window, tmp_path: Path, monkeypatch):
    dpo, rssi = copies(tmp_path)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(rssi), ""))
    reported = []
    monkeypatch.setattr(MergeActions, "ask", lambda self, box: reported.append(box.text()) or None)
    window = make_window(str(dpo))
    assert window.merge_action.isEnabled() and window.merge_action.text() == "&Merge a copy…"
    window.merge_action.trigger()
    assert reported and reported[0].startswith("rssi.dpic merged: ")
    assert len(window.document.draft.conflicts) == 3 and window.conflicts_action.isEnabled()
