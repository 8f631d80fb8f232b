"""Édition > Consolider: a coordinator reads members' answers, inserts passages, edits, saves, reviews."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from dpi_consult.collective import consolidation as c
from dpi_consult.collective.collect import collect_files
from dpi_consult.demo.generator import write_demo
from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.form.identification import REGION
from dpi_consult.form.registry import bundled_form

QUESTION = "fiche-01.difficultes"
CHOICE = "fiche-01.clarte"


@pytest.fixture
def federation(tmp_path: Path) -> list[Path]:
    return write_demo(tmp_path / "federation", bundled_form(), 24, seed=11).members


@pytest.fixture
def collective_path(federation, tmp_path: Path) -> Path:
    collective = Draft.new(bundled_form(), organisation="Fédération d’essai")
    collect_files(collective, federation, form=bundled_form())
    path = tmp_path / "collectif.dpic"
    save_draft(collective, path, "Coordinatrice")
    return path


@pytest.fixture
def view(make_window, collective_path: Path):
    window = make_window(str(collective_path))
    assert window.consolidate_action.isEnabled()
    window.consolidate_action.trigger()
    view = window.consolidation.view
    assert view is not None and view.isVisible()
    assert view.show_question(QUESTION)
    return window, view


def table_members(view) -> list[str]:
    """Every member shown, whatever group it is in."""
    return sorted(member.label for row in view.answers_pane.rows for member in row.members)


def test_the_members_answers_are_listed_grouped_filtered_and_counted(view):
    window, view = view
    members = window.document.draft.members
    answering = [m for m in members if m.answers.get(QUESTION)]
    assert table_members(view) == sorted(m.label for m in answering)
    counts = [view.answers_pane.table.item(row, 1).data(0) for row in range(view.answers_pane.table.rowCount())]
    assert counts == sorted(counts, reverse=True)  # the largest groups first
    region = answering[0].identity[REGION]
    pane = view.answers_pane
    pane.region_box.setCurrentIndex(pane.region_box.findData(region))
    assert table_members(view) == sorted(m.label for m in answering if m.identity.get(REGION) == region)
    pane.region_box.setCurrentIndex(0)
    pane.search.setText("zzz-introuvable")
    assert table_members(view) == []
    pane.search.clear()

    assert view.show_question(CHOICE)
    question = window.document.form.question(CHOICE)
    chose_first = sum(1 for m in members if m.answers.get(CHOICE) == question.options[0].id)
    answered = sum(1 for m in members if m.answers.get(CHOICE))
    assert f"{question.options[0].label} : {chose_first} / {answered}" in pane.chart.counts.lines()
    assert pane.chart.isVisible() and not pane.reading.isVisible()
    # The collective answer to a choice question is a choice, and goes to the document.
    choice = view.collective_pane._choice_widget
    next(iter(choice.buttons.values())).click()
    assert window.document.value(CHOICE) == question.options[0].id


def test_inserted_passages_keep_their_members_through_editing_and_saving(view, collective_path: Path):
    window, view = view
    pane, answer = view.answers_pane, view.collective_pane
    pane.select_row(0)
    first_member = pane.selected_members()[0]
    pane.insert_whole.click()
    assert answer.markdown.text().strip()
    assert first_member.label in answer.paragraph_list.item(0).text()
    # The main window's page shows the same answer.
    window.navigator.select_section("fiche-01")
    card = window.page("fiche-01").cards[QUESTION]
    assert card.answer.value() == window.document.value(QUESTION) == answer.markdown.text()

    pane.select_row(1)
    second_member = pane.selected_members()[0]
    cursor = pane.reader.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor, 3)
    pane.reader.setTextCursor(cursor)
    passage = cursor.selectedText()
    assert pane.insert_selection.isEnabled()
    answer.editor.moveCursor(QTextCursor.MoveOperation.End)
    pane.insert_selection.click()
    paragraphs = c.work_for(window.document.draft, QUESTION).paragraphs
    assert paragraphs[-1].text == passage.strip()
    assert set(paragraphs[-1].sources) == {second_member.member_id}

    # The coordinator joins the last two paragraphs by hand: the joined paragraph has both members.
    text = answer.markdown.text()
    head, _sep, tail = text.rpartition("\n\n")
    answer.editor.setPlainText(head + " " + tail)
    answer.flush()
    joined = c.work_for(window.document.draft, QUESTION).paragraphs[-1]
    assert {second_member.member_id} < set(joined.sources)
    # Other members' answers are left to deal with: marking the question consolidated asks first.
    asked = []
    answer.confirm_consolidated = lambda left: asked.append(left) or False
    answer.consolidated.setChecked(True)
    assert not answer.consolidated.isChecked() and asked == [answer.left()] and asked[0] > 0
    answer.confirm_consolidated = lambda left: True
    answer.consolidated.setChecked(True)
    item = view.question_items()[QUESTION]
    assert "✓" in item.text(1) and "consolidated" in item.toolTip(1)

    assert window.files.save()
    saved = read_draft(collective_path)
    work = c.work_for(saved, QUESTION)
    assert work.consolidated and work.text == saved.answers[QUESTION]
    assert set(work.paragraphs[-1].sources) == set(joined.sources)
    # Members are stored as before: one line each, untouched by the coordinator's work.
    assert len(saved.sources) == len(window.document.draft.members)


def reopen_after_a_newer_version(window, member, federation, collective_path: Path, tmp_path: Path, make_window,
                                 answer: str | None = None):
    """Save and close, collect a newer file of `member` (`answer` replacing its answer when given), then open
    the collective again on the consolidation view of QUESTION."""
    assert window.files.save()
    window.document.set_modified(False)
    window.close()
    source = next(p for p in federation if json.loads(p.read_text(encoding="utf-8"))["draft_id"] == member.draft_id)
    data = json.loads(source.read_text(encoding="utf-8"))
    if answer is not None:
        data["answers"][QUESTION] = answer
    data["saved_at"] = "2099-01-01T00:00:00Z"
    newer = tmp_path / "nouvelle.dpic"
    newer.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    collective = read_draft(collective_path)
    collect_files(collective, [newer], form=bundled_form())
    save_draft(collective, collective_path, "Coordinatrice")
    window = make_window(str(collective_path))
    window.consolidate_action.trigger()
    view = window.consolidation.view
    view.show_question(QUESTION)
    return window, view


def test_a_newer_member_version_flags_the_paragraph_until_reviewed(view, federation, collective_path, tmp_path,
                                                                    make_window):
    window, view = view
    pane = view.answers_pane
    pane.select_row(0)
    member = pane.selected_members()[0]
    pane.insert_whole.click()
    window, view = reopen_after_a_newer_version(window, member, federation, collective_path, tmp_path, make_window,
                                                answer="Position révisée.")
    assert "⚑" in view.question_items()[QUESTION].text(1)
    answer = view.collective_pane
    paragraphs = answer.paragraph_list.count()
    assert paragraphs >= 1 and f"⚑ {paragraphs}" in view.question_items()[QUESTION].text(1)
    assert answer.all_reviewed_button.isEnabled()
    for row in range(paragraphs):
        answer.paragraph_list.setCurrentRow(row)
        assert "⚑" in answer.paragraph_list.item(row).text() and answer.reviewed_button.isEnabled()
        answer.reviewed_button.click()
        assert "⚑" not in answer.paragraph_list.item(row).text()
        expected = f"⚑ {paragraphs - row - 1}" if row < paragraphs - 1 else None
        state = view.question_items()[QUESTION].text(1)
        assert (expected in state) if expected else ("⚑" not in state)
    assert window.document.modified and not answer.all_reviewed_button.isEnabled()


def test_all_flagged_paragraphs_are_reviewed_at_once(view, federation, collective_path, tmp_path, make_window):
    window, view = view
    pane = view.answers_pane
    pane.select_row(0)
    member = pane.selected_members()[0]
    pane.insert_whole.click()
    pane.select_row(1)
    pane.insert_whole.click()
    window, view = reopen_after_a_newer_version(window, member, federation, collective_path, tmp_path, make_window)
    answer = view.collective_pane
    flagged = [r for r in range(answer.paragraph_list.count()) if "⚑" in answer.paragraph_list.item(r).text()]
    # Only the paragraphs of the member who sent a newer file are flagged, not the other member's.
    assert 0 < len(flagged) < answer.paragraph_list.count()
    answer.all_reviewed_button.click()
    assert not any("⚑" in answer.paragraph_list.item(r).text() for r in range(answer.paragraph_list.count()))
    assert "⚑" not in view.question_items()[QUESTION].text(1)


def test_sources_are_chosen_by_hand(view, monkeypatch):
    window, view = view
    answer = view.collective_pane
    answer.editor.setPlainText("Synthèse rédigée par la fédération.")
    answer.flush()
    answer.paragraph_list.setCurrentRow(0)
    assert "fédération" in answer.paragraph_list.item(0).text().lower()
    members = window.document.draft.members[:3]

    from dpi_consult.gui import sources_dialog

    def accept(dialog):
        dialog.set_checked({m.member_id for m in members})
        return True

    monkeypatch.setattr(sources_dialog.SourcesDialog, "exec", accept)
    answer.sources_button.click()
    paragraph = c.work_for(window.document.draft, QUESTION).paragraphs[0]
    assert set(paragraph.sources) == {m.member_id for m in members}
    assert all(m.label in answer.paragraph_list.item(0).text() for m in members)


def test_consolidation_needs_a_collective_draft(make_window):
    window = make_window()
    assert not window.consolidate_action.isEnabled()
    assert window.consolidation.open() is None


def test_hovering_a_paragraph_names_its_members(view):
    window, view = view
    pane = view.answers_pane
    pane.select_row(0)
    member = pane.selected_members()[0]
    pane.insert_whole.click()
    editor = view.collective_pane.editor
    cursor = editor.textCursor()
    cursor.setPosition(0)
    position = editor.cursorRect(cursor).center()
    QApplication.sendEvent(editor.viewport(), QHelpEvent(QEvent.Type.ToolTip, position,
                                                          editor.viewport().mapToGlobal(position)))
    assert member.label in QToolTip.text()
    assert view.collective_pane.paragraph_list.item(0).toolTip().count(member.label) == 1


def test_review_flags_follow_an_answer_emptied_in_the_main_window(view, federation, collective_path, tmp_path,
                                                                   make_window, qtbot):
    window, view = view
    pane = view.answers_pane
    pane.select_row(0)
    member = pane.selected_members()[0]
    pane.insert_whole.click()
    window, view = reopen_after_a_newer_version(window, member, federation, collective_path, tmp_path, make_window)
    item = view.question_items()[QUESTION]
    assert "⚑" in item.text(1)
    window.document.set_value(QUESTION, None)
    # Counted again once editing pauses, not on every keystroke.
    assert "⚑" in item.text(1)
    qtbot.waitUntil(lambda: "⚑" not in item.text(1), timeout=2000)
