"""The spelling highlighter: underlines, context-menu suggestions, undo, the user dictionary, on/off."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from dpi_consult import settings
from dpi_consult.gui.spell_highlighter import SpellHighlighter, add_spelling_actions
from dpi_consult.spelling import USER_DICTIONARY_NAME, FrenchSpeller

TEXT = "Le dossier du patient est à l’hopital depuis hier."


@pytest.fixture
def editor(qtbot) -> QPlainTextEdit:
    widget = QPlainTextEdit()
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.show()
    return widget


@pytest.fixture
def highlighter(qtbot, editor: QPlainTextEdit) -> SpellHighlighter:
    # A speller of its own, not yet loaded: the test goes through the background load like the app does.
    result = SpellHighlighter(editor.document(), FrenchSpeller())
    editor.setPlainText(TEXT)
    qtbot.waitUntil(lambda: underlines(editor) != [[]], timeout=30_000)
    return result


def underlines(editor: QPlainTextEdit) -> list[list[tuple[int, int]]]:
    """Per block, the ranges drawn with the spell-check underline."""
    result = []
    block = editor.document().begin()
    while block.isValid():
        result.append([(r.start, r.length) for r in block.layout().formats()
                       if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline])
        block = block.next()
    return result


def menu_at(editor: QPlainTextEdit, highlighter: SpellHighlighter, index: int) -> QMenu:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(index)
    position = editor.cursorRect(cursor).center()
    menu = editor.createStandardContextMenu(position)
    add_spelling_actions(menu, editor, highlighter, position)
    return menu


def test_misspelled_word_gets_a_red_wavy_underline(editor, highlighter):
    assert underlines(editor) == [[(TEXT.index("hopital"), len("hopital"))]]
    spans = editor.document().begin().layout().formats()
    assert spans[0].format.underlineColor().red() > 150


def test_menu_offers_suggestions_and_replaces_in_one_undo_step(editor, highlighter, qtbot):
    menu = menu_at(editor, highlighter, TEXT.index("hopital") + 3)
    actions = menu.actions()
    assert actions[0].text() == "hôpital" and actions[0].font().bold()
    labels = [a.text() for a in actions]
    add_index = labels.index("Add “hopital” to the dictionary")
    assert actions[add_index + 1].isSeparator()
    actions[0].trigger()
    assert editor.toPlainText() == TEXT.replace("hopital", "hôpital")
    qtbot.waitUntil(lambda: underlines(editor) == [[]])
    editor.undo()
    assert editor.toPlainText() == TEXT
    editor.redo()
    assert editor.toPlainText() == TEXT.replace("hopital", "hôpital")


def test_menu_on_a_correct_word_is_left_alone(editor, highlighter):
    standard = [a.text() for a in editor.createStandardContextMenu().actions()]
    menu = menu_at(editor, highlighter, TEXT.index("dossier") + 2)
    assert [a.text() for a in menu.actions()] == standard


def test_word_without_suggestion_shows_a_disabled_item(editor, highlighter, qtbot):
    editor.setPlainText("Un xqzwvk ici.")
    qtbot.waitUntil(lambda: underlines(editor) == [[(3, 6)]])
    actions = menu_at(editor, highlighter, 5).actions()
    assert actions[0].text() == "No suggestions" and not actions[0].isEnabled()
    assert actions[1].text() == "Add “xqzwvk” to the dictionary"


def test_add_to_dictionary_removes_the_underline_everywhere_and_persists(editor, highlighter, qtbot):
    other = QPlainTextEdit()
    qtbot.addWidget(other)
    SpellHighlighter(other.document(), highlighter.speller)
    other.setPlainText("Encore l’hopital.")
    qtbot.waitUntil(lambda: underlines(other) == [[(9, 7)]])
    menu = menu_at(editor, highlighter, TEXT.index("hopital"))
    next(a for a in menu.actions() if a.text().startswith("Add ")).trigger()
    assert underlines(editor) == [[]] and underlines(other) == [[]]
    saved = (settings.data_dir() / USER_DICTIONARY_NAME).read_text(encoding="utf-8")
    assert "hopital" in saved.split()


def test_disabling_clears_underlines_and_menu_entries(editor, highlighter):
    highlighter.set_enabled(False)
    assert not highlighter.is_enabled()
    assert underlines(editor) == [[]]
    standard = [a.text() for a in editor.createStandardContextMenu().actions()]
    assert [a.text() for a in menu_at(editor, highlighter, TEXT.index("hopital")).actions()] == standard
    highlighter.set_enabled(True)
    assert underlines(editor) == [[(TEXT.index("hopital"), 7)]]


def test_only_the_edited_line_changes_and_code_fences_are_skipped(editor, highlighter, qtbot):
    editor.setPlainText("un hopital\n```python\nhopitall = 1\n```\n~~~\n```\nsecurite\n~~~\nfin securite")
    qtbot.waitUntil(lambda: underlines(editor)[-1] != [])
    assert underlines(editor) == [[(3, 7)], [], [], [], [], [], [], [], [(4, 8)]]


def test_positions_count_utf16_units_after_an_emoji(editor, highlighter, qtbot):
    editor.setPlainText("😀 un hopital")
    qtbot.waitUntil(lambda: underlines(editor) == [[(6, 7)]])
    actions = menu_at(editor, highlighter, 8).actions()
    actions[0].trigger()
    assert editor.toPlainText() == "😀 un hôpital"


def test_the_word_being_typed_is_underlined_once_finished(editor, highlighter, qtbot):
    editor.clear()
    qtbot.keyClicks(editor, "un hopitall")
    assert underlines(editor) == [[]]  # no red under every half-typed word
    qtbot.keyClicks(editor, " et")
    assert underlines(editor) == [[(3, 8)]]


def test_a_pause_in_typing_underlines_the_unfinished_word(editor, highlighter, qtbot):
    editor.clear()
    qtbot.keyClicks(editor, "hopitall")
    assert underlines(editor) == [[]]
    qtbot.waitUntil(lambda: underlines(editor) == [[(0, 8)]], timeout=10_000)


def test_typing_on_another_line_underlines_the_word_left_behind(editor, highlighter, qtbot):
    editor.setPlainText("Début.\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "hopitall")
    assert underlines(editor) == [[], []]
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(editor, "Au ")
    qtbot.waitUntil(lambda: underlines(editor) == [[], [(0, 8)]], timeout=1000)


def test_without_a_speller_the_shared_one_is_used(qtbot):
    from dpi_consult.spelling import get_speller

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    assert SpellHighlighter(editor.document()).speller is get_speller()
