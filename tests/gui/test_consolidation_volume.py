"""Consolidating at volume: alike answers read once, attribution in one key, what is left always known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from dpi_consult.collective import consolidation as c
from dpi_consult.collective.collect import collect_files
from dpi_consult.demo.generator import write_demo
from dpi_consult.draft.consolidation import work_for
from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form

QUESTION = "fiche-01.difficultes"
FORMATTED = "La journalisation des accès est **indispensable** mais coûteuse :\n\n- stockage ;\n- analyse."
PROPOSAL = ("La distinction entre responsable de traitement et sous-traitant reste floue pour les groupements "
            "hospitaliers de territoire : nous demandons que la fiche précise le rôle de chacun.")


@pytest.fixture
def collective_path(tmp_path: Path) -> Path:
    """A federation where four members adopted the same proposal, one of them adding a sentence."""
    members = write_demo(tmp_path / "federation", bundled_form(), 16, seed=5).members
    for number, path in enumerate(members[:5]):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["answers"][QUESTION] = PROPOSAL + (" Ce point est urgent." if number == 3 else "") if number < 4 \
            else FORMATTED
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    collective = Draft.new(bundled_form(), organisation="Fédération d’essai")
    collect_files(collective, members, form=bundled_form())
    path = tmp_path / "collectif.dpic"
    save_draft(collective, path, "Coordinatrice")
    return path


@pytest.fixture
def view(make_window, collective_path: Path):
    window = make_window(str(collective_path))
    window.consolidate_action.trigger()
    view = window.consolidation.view
    assert view.show_question(QUESTION)
    return window, view


def group_of_proposal(pane) -> int:
    return next(row for row in range(pane.table.rowCount())
                if pane.rows[pane.table.item(row, 0).data(Qt.ItemDataRole.UserRole)].group.text == PROPOSAL)


def test_alike_answers_show_once_with_their_members_and_read_formatted(view):
    window, view = view
    pane = view.answers_pane
    row = group_of_proposal(pane)
    assert pane.table.item(row, 1).data(Qt.ItemDataRole.DisplayRole) == 4
    assert pane.table.item(row, 0).text().endswith("and 3 others")
    pane.select_row(row)
    assert "4 answers identical or nearly" in pane.group_members.text()
    assert pane.reader.toPlainText().startswith("La distinction")
    # Formatted, as the preview shows it: the table and the reader never show raw Markdown.
    window.document.set_value(QUESTION, None)
    marked = next(r for r in range(pane.table.rowCount()) if pane.rows[pane.table.item(
        r, 0).data(Qt.ItemDataRole.UserRole)].answers[0] == FORMATTED)
    pane.select_row(marked)
    assert "**" not in pane.table.item(marked, 3).text() and "**" not in pane.reader.toPlainText()
    assert "font-weight" in pane.reader.toHtml() or "<b>" in pane.reader.toHtml()


def test_a_group_inserted_at_once_is_attributed_to_all_its_members_and_dealt_with(view):
    window, view = view
    pane, answer = view.answers_pane, view.collective_pane
    pane.select_row(group_of_proposal(pane))
    group_members = pane.selected_members()
    pane.insert_whole.click()
    (paragraph,) = work_for(window.document.draft, QUESTION).paragraphs
    assert set(paragraph.sources) == {m.member_id for m in group_members}
    assert all(c.answer_state(answer.work, m.member_id, answer.current) is c.AnswerState.HANDLED
               for m in group_members)
    # What is left to deal with no longer counts them.
    assert answer.left() == len(pane.answers.answers) - 4
    assert view.question_items()[QUESTION].text(2) == str(answer.left())
    # The reader marks the passage as taken, and inserting it again asks first.
    pane.select_row(group_of_proposal(pane))
    assert "already taken in ¶1" in pane.reader.toPlainText()
    asked = []
    answer.ask_taken_again = lambda numbers: asked.append(numbers) or None
    pane.insert_whole.click()
    assert asked == [[1]] and len(work_for(window.document.draft, QUESTION).paragraphs) == 1


def test_answers_are_attributed_to_the_paragraph_under_the_cursor_in_one_key(view, qtbot):
    window, view = view
    pane, answer = view.answers_pane, view.collective_pane
    answer.editor.setPlainText("Synthèse de la fédération.\n\nDeuxième point, rédigé par la fédération.")
    answer.flush()
    others = [r for r in range(pane.table.rowCount()) if r != group_of_proposal(pane)][:2]
    pane.table.clearSelection()
    for row in others:
        pane.table.selectionModel().select(pane.table.model().index(row, 0),
                                           pane.table.selectionModel().SelectionFlag.Select
                                           | pane.table.selectionModel().SelectionFlag.Rows)
    chosen = pane.selected_members()
    assert len(chosen) >= 2
    cursor = answer.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    answer.editor.setTextCursor(cursor)
    view.activateWindow()
    qtbot.waitActive(view)
    QTest.keyClick(pane.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    paragraphs = work_for(window.document.draft, QUESTION).paragraphs
    assert set(paragraphs[1].sources) == {m.member_id for m in chosen} and not paragraphs[0].sources
    assert "attributed" in view.status.text()
    # Dealt with: the filter of what is left no longer shows them.
    pane.state_box.setCurrentIndex(pane.state_box.findText("Left to deal with"))
    shown = {m.member_id for row in pane.rows for m in row.members}
    assert not shown & {m.member_id for m in chosen}
    pane.state_box.setCurrentIndex(pane.state_box.findText("Dealt with"))
    assert {m.member_id for row in pane.rows for m in row.members} == {m.member_id for m in chosen}


def test_without_a_paragraph_under_the_cursor_attribution_says_what_to_do(view):
    _window, view = view
    view.answers_pane.select_row(0)
    assert not view.attribute(view.answers_pane.selected_members())
    assert "Put the cursor" in view.status.text()


def test_setting_aside_and_back(view):
    window, view = view
    pane = view.answers_pane
    pane.select_row(0)
    members = pane.selected_members()
    pane.aside_button.click()
    work = work_for(window.document.draft, QUESTION)
    assert all(work.handled[m.member_id].how.value == "set_aside" for m in members)
    assert window.document.modified
    pane.select_row(next(r for r in range(pane.table.rowCount()) if pane.table.item(r, 2).text() == "dealt with"))
    pane.unhandle_button.click()
    assert not work_for(window.document.draft, QUESTION).handled


def test_a_resent_answer_shows_what_changed_word_by_word_from_its_row_and_its_paragraph(
        view, collective_path: Path, tmp_path: Path, make_window, monkeypatch):
    window, view = view
    pane = view.answers_pane
    pane.select_row(group_of_proposal(pane))
    member = pane.selected_members()[0]
    pane.insert_whole.click()
    assert window.files.save()
    window.close()
    collective = read_draft(collective_path)
    data = json.loads(member.line)
    newer = {**data, "answers": {**data["answers"], QUESTION: PROPOSAL.replace("floue", "très floue")}}
    source = json.loads(Path(collective_path.parent / "federation" / "members" / member.file_name)
                        .read_text(encoding="utf-8"))
    source["answers"] = newer["answers"]
    source["saved_at"] = "2099-01-01T00:00:00Z"
    resent = tmp_path / "renvoi.dpic"
    resent.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
    collect_files(collective, [resent], form=bundled_form())
    save_draft(collective, collective_path, "Coordinatrice")

    window = make_window(str(collective_path))
    window.consolidate_action.trigger()
    view = window.consolidation.view
    view.show_question(QUESTION)
    # Not shown as consolidated while a paragraph is flagged.
    view.collective_pane.confirm_consolidated = lambda left: True
    view.collective_pane.consolidated.setChecked(True)
    assert "✓" not in view.question_items()[QUESTION].text(1) and "⚑" in view.question_items()[QUESTION].text(1)

    shown = []
    from dpi_consult.gui import answer_changes_dialog

    monkeypatch.setattr(answer_changes_dialog.AnswerChangesDialog, "exec",
                        lambda dialog: shown.append((dialog.old_view.toHtml(), dialog.new_view.toHtml())) or 0)
    pane = view.answers_pane
    pane.state_box.setCurrentIndex(pane.state_box.findText("New versions"))
    assert [m.member_id for row in pane.rows for m in row.members] == [member.member_id]
    pane.select_row(0)
    assert pane.changes_button.isEnabled()
    pane.changes_button.click()
    view.collective_pane.paragraph_list.setCurrentRow(0)
    view.collective_pane.changes_button.click()
    assert len(shown) == 2 and shown[0] == shown[1]
    old, new = shown[0]
    assert "très" in new and "très" not in old and "#cdeccd" in new


def test_the_members_dialog_is_sorted_with_the_selected_member_ticked(view, monkeypatch):
    _window, view = view
    answer, pane = view.collective_pane, view.answers_pane
    answer.editor.setPlainText("Synthèse.")
    answer.flush()
    answer.paragraph_list.setCurrentRow(0)
    pane.select_row(1)
    wanted = pane.selected_members()[0]
    from dpi_consult.gui import sources_dialog

    seen = []

    def look(dialog):
        items = [dialog.list.item(row) for row in range(dialog.list.count())]
        seen.append(([i.text() for i in items], dialog.list.currentItem().text(),
                     [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]))
        return 0

    monkeypatch.setattr(sources_dialog.SourcesDialog, "exec", look)
    answer.sources_button.click()
    (names, current, ticked), = seen
    assert current == wanted.label and ticked == [wanted.label]
    from dpi_consult.draft.member import normalised_name

    assert names == sorted(names, key=normalised_name)


def test_an_answer_partly_taken_adds_only_what_is_new_and_reading_moves_on(view):
    window, view = view
    pane, answer = view.answers_pane, view.collective_pane
    answer.ask_taken_again = lambda numbers: pytest.fail("nothing is inserted twice, so nothing to ask")
    answer.editor.setPlainText(PROPOSAL)
    answer.flush()
    row = group_of_proposal(pane)
    pane.select_row(row)
    members = pane.selected_members()
    pane.passage_chosen.emit(members, PROPOSAL + "\n\nUn point nouveau, propre à ce groupe de membres.")
    paragraphs = work_for(window.document.draft, QUESTION).paragraphs
    assert [p.text for p in paragraphs] == [PROPOSAL, "Un point nouveau, propre à ce groupe de membres."]
    assert all(set(p.sources) == {m.member_id for m in members} for p in paragraphs)
    # The next group with answers left is selected, ready to read.
    (current,) = pane.selected_rows()
    assert current.left and current.group.text != PROPOSAL

