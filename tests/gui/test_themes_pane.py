"""The coordinator's themes in the consolidation view: found, read theme by theme, decided, attributed in one key,
saved, and still there when the collective is opened again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from dpi_consult.draft.consolidation import work_for
from dpi_consult.draft.files import read_draft
from dpi_consult.draft.themes import ThemeKind

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "format-v1.5-themes.dpic"
QUESTION = "fiche-06.traces-r6113-9-2"
NAMED = "Séparer les traces du dossier médical"


@pytest.fixture
def collective(tmp_path: Path) -> Path:
    path = tmp_path / "collectif.dpic"
    shutil.copy(FIXTURE, path)
    return path


def open_view(make_window, path: Path):
    window = make_window(str(path))
    window.consolidate_action.trigger()
    view = window.consolidation.view
    assert view.show_question(QUESTION)
    return window, view


def shown_members(view) -> set[str]:
    return {member.member_id for row in view.answers_pane.rows for member in row.members}


def test_choosing_a_theme_shows_its_answers_and_what_it_says(make_window, collective: Path):
    window, view = open_view(make_window, collective)
    pane = view.themes_pane
    assert pane.isVisible()
    assert [pane.list.topLevelItem(i).text(0) for i in range(pane.list.topLevelItemCount())][0] == "📌 " + NAMED
    assert pane.list.topLevelItem(0).text(1) == "15"
    everyone = shown_members(view)
    pane.select_theme(pane.rows[0].theme.id)
    assert shown_members(view) == set(pane.rows[0].theme.members) < everyone
    detail = pane.detail.toPlainText()
    assert NAMED in detail and "Types" in detail and "« " in detail
    pane.list.clearSelection()
    assert shown_members(view) == everyone
    # The counts follow the answers' filters.
    answers = view.answers_pane
    answers.type_box.setCurrentIndex(answers.type_box.findData("ght"))
    ght = sum(1 for m in window.document.draft.members if m.identity.get("identification.type") == "ght")
    assert sum(int(pane.list.topLevelItem(i).text(1)) for i in range(pane.list.topLevelItemCount())) == ght
    assert not window.document.modified  # reading changes nothing


def test_a_theme_is_attributed_to_the_paragraph_under_the_cursor_in_one_key(make_window, collective: Path, qtbot):
    window, view = open_view(make_window, collective)
    answer, pane = view.collective_pane, view.themes_pane
    answer.editor.setPlainText("Premier point de la fédération.\n\nLes traces doivent rester à part du dossier.")
    answer.flush()
    cursor = answer.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    answer.editor.setTextCursor(cursor)
    pane.select_theme(pane.rows[0].theme.id)
    members = set(pane.rows[0].theme.members)
    view.activateWindow()
    qtbot.waitActive(view)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(pane.list, Qt.Key.Key_Return, keys)
    # The fingers leave the keys too: QTest's click leaves Maj held for whatever the next test selects.
    QTest.keyRelease(pane.list, Qt.Key.Key_Shift)
    QTest.keyRelease(pane.list, Qt.Key.Key_Control)
    work = work_for(window.document.draft, QUESTION)
    assert set(work.paragraphs[1].sources) == members and not work.paragraphs[0].sources
    assert set(work.handled) == members
    assert "15" in view.status.text()


def test_rename_move_and_merge_are_saved_and_reopened(make_window, collective: Path, monkeypatch):
    window, view = open_view(make_window, collective)
    pane = view.themes_pane
    second = pane.rows[1].theme.id
    pane.select_theme(second)
    monkeypatch.setattr(pane, "ask_name", lambda current: "Coût du stockage")
    pane.rename()
    assert window.document.modified
    assert window.document.draft.themes[QUESTION].by_id(second).name == "Coût du stockage"
    # An answer read in the table moves to the named theme.
    view.answers_pane.show_theme(None)
    assert view.answers_pane.select_member(pane.rows[0].theme.members[0])
    moved = view.answers_pane.selected_members()[0].member_id
    assert pane.move_button.isEnabled()
    pane.move_to(second)
    assert moved in window.document.draft.themes[QUESTION].by_id(second).members
    assert window.files.save()
    saved = read_draft(collective).themes[QUESTION]
    assert saved.by_id(second).name == "Coût du stockage" and saved.by_id(second).pinned
    assert moved in saved.by_id(second).members
    window.close()

    window, view = open_view(make_window, collective)
    pane = view.themes_pane
    titles = [pane.list.topLevelItem(i).text(0) for i in range(pane.list.topLevelItemCount())]
    assert "📌 Coût du stockage" in titles
    found = [row.theme.id for row in pane.rows if row.theme.kind is ThemeKind.FOUND]
    pane.list.clearSelection()
    for theme_id in found:
        for index in range(pane.list.topLevelItemCount()):
            if pane.list.topLevelItem(index).data(0, Qt.ItemDataRole.UserRole) == theme_id:
                pane.list.topLevelItem(index).setSelected(True)
    assert pane.merge_button.isEnabled()
    pane.merge_button.click()
    assert sum(1 for row in pane.rows if row.theme.kind is ThemeKind.FOUND) == 1


def test_themes_are_found_on_demand_and_kept(make_window, collective: Path):
    data = json.loads(collective.read_text(encoding="utf-8"))
    data.pop("themes")
    collective.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window, view = open_view(make_window, collective)
    pane = view.themes_pane
    assert pane.list.topLevelItemCount() == 0 and pane.find_button.isEnabled()
    assert "not grouped" in pane.summary.text()
    pane.find_button.click()
    themes = window.document.draft.themes[QUESTION]
    assert pane.list.topLevelItemCount() == len(themes.themes) >= 2
    assert sorted(m for t in themes.themes for m in t.members) == sorted(m.member_id for m in
                                                                         window.document.draft.members)
    assert window.document.modified


def test_a_choice_question_has_no_themes(make_window, collective: Path):
    _window, view = open_view(make_window, collective)
    assert view.show_question("fiche-06.clarte")
    assert not view.themes_pane.isVisible()


def test_the_theme_read_stays_chosen_when_contributions_arrive(make_window, collective: Path):
    window, view = open_view(make_window, collective)
    pane = view.themes_pane
    pane.select_theme(pane.rows[0].theme.id)
    window.document.set_sources(list(window.document.draft.sources))  # what collecting into the open draft emits
    assert pane.selected_ids() == [pane.rows[0].theme.id]
    assert shown_members(view) == set(pane.rows[0].theme.members)
