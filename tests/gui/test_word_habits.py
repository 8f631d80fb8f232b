"""Writing as in Word over the Markdown we store: formatted while typed, Word's keys, pasting from Word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dpi_consult.gui.markdown_editor import MarkdownEditor
from dpi_consult.markdown.corpus import EDGE_CASES

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PASTE = Path(__file__).resolve().parent.parent / "markdown" / "paste"


@pytest.fixture
def md(qtbot) -> MarkdownEditor:
    editor = MarkdownEditor(max_chars=4000)
    qtbot.addWidget(editor)
    editor.resize(600, 400)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.editor.setFocus()
    return editor


def type_text(widget, text: str) -> None:
    QTest.keyClicks(widget, text)


def press(widget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def format_at(md: MarkdownEditor, index: int):
    """The look the highlighter gives the character at `index`."""
    block = md.editor.document().findBlock(index)
    position = index - block.position()
    ranges = block.layout().formats()
    for layout_format in ranges:
        if layout_format.start <= position < layout_format.start + layout_format.length:
            return QTextCharFormat(layout_format.format)  # a copy: the range goes with the list
    return None


def test_ctrl_b_twice_around_a_word_leaves_clean_markdown(md):
    type_text(md.editor, "Texte ")
    press(md.editor, Qt.Key.Key_B, CTRL)
    type_text(md.editor, "gras")
    press(md.editor, Qt.Key.Key_B, CTRL)
    type_text(md.editor, " suite")
    assert md.text() == "Texte **gras** suite"
    press(md.editor, Qt.Key.Key_I, CTRL)
    type_text(md.editor, "fin")
    press(md.editor, Qt.Key.Key_I, CTRL)
    type_text(md.editor, ".")
    assert md.text() == "Texte **gras** suite*fin*."


def test_what_is_typed_shows_formatted_and_the_markers_discreet(md):
    md.set_text("Un mot **gras** et *penché*\n\n- premier point\n\n## Titre\n\n[la CNIL](https://cnil.fr)")
    text = md.text()
    bold = format_at(md, text.index("gras"))
    assert bold is not None and bold.fontWeight() == QFont.Weight.Bold
    assert format_at(md, text.index("penché")).fontItalic()
    marker = format_at(md, text.index("**"))
    assert marker.foreground().color().name() == "#9aa5b1"
    assert format_at(md, text.index("- premier")).foreground().color().name() == "#2f6db5"
    assert format_at(md, text.index("Titre")).fontPointSize() > md.editor.font().pointSizeF()
    assert format_at(md, text.index("la CNIL")).fontUnderline()
    # The source, for those who want it: nothing styled, and the text is the same.
    md.set_styled(False)
    assert format_at(md, text.index("gras")) is None and md.text() == text
    md._source_button.click()
    assert md.is_styled() and format_at(md, text.index("gras")).fontWeight() == QFont.Weight.Bold


def test_enter_continues_a_list_and_enter_on_an_empty_item_ends_it(md):
    type_text(md.editor, "- un")
    press(md.editor, Qt.Key.Key_Return)
    type_text(md.editor, "deux")
    assert md.text() == "- un\n- deux"
    press(md.editor, Qt.Key.Key_Return)
    press(md.editor, Qt.Key.Key_Return)
    type_text(md.editor, "Texte qui suit.")
    assert md.text() == "- un\n- deux\n\nTexte qui suit."
    md.set_text("")
    type_text(md.editor, "1. premier")
    press(md.editor, Qt.Key.Key_Return)
    type_text(md.editor, "second")
    assert md.text() == "1. premier\n2. second"
    # Outside a list, Enter is a line break as before; Shift+Enter too.
    md.set_text("")
    type_text(md.editor, "ligne")
    press(md.editor, Qt.Key.Key_Return)
    type_text(md.editor, "suite")
    assert md.text() == "ligne\nsuite"


def test_tab_indents_a_list_item_and_moves_the_focus_elsewhere(md, qtbot):
    type_text(md.editor, "- un")
    press(md.editor, Qt.Key.Key_Return)
    type_text(md.editor, "sous-point")
    press(md.editor, Qt.Key.Key_Tab)
    assert md.text() == "- un\n  - sous-point" and md.editor.hasFocus()
    press(md.editor, Qt.Key.Key_Backtab, SHIFT)
    assert md.text() == "- un\n- sous-point"
    md.set_text("Pas une liste")
    md.editor.moveCursor(QTextCursor.MoveOperation.End)
    press(md.editor, Qt.Key.Key_Tab)
    assert md.text() == "Pas une liste" and not md.editor.hasFocus()


@pytest.mark.parametrize("name", ["word-lists", "libreoffice", "browser", "google-docs"])
def test_pasting_from_word_libreoffice_and_the_web_keeps_the_formatting_as_markdown(md, name: str):
    mime = QMimeData()
    mime.setHtml((PASTE / f"{name}.html").read_text(encoding="utf-8"))
    mime.setText("texte brut sans mise en forme")
    md.editor.insertFromMimeData(mime)
    assert md.text() + "\n" == (PASTE / f"{name}.md").read_text(encoding="utf-8")


def test_plain_text_pastes_as_it_is(md):
    mime = QMimeData()
    mime.setText("**pas du gras** collé tel quel")
    md.editor.insertFromMimeData(mime)
    assert md.text() == "**pas du gras** collé tel quel"


@pytest.mark.parametrize("sample", EDGE_CASES, ids=[f"sample-{i}" for i in range(len(EDGE_CASES))])
def test_every_corpus_sample_comes_back_byte_identical_through_the_editor(md, sample: str):
    md.set_text(sample)
    QApplication.processEvents()
    assert md.text() == sample


def test_a_search_hit_and_a_spelling_mistake_land_on_the_right_words_in_formatted_text(make_window):
    from dpi_consult.gui.spell_highlighter import SpellHighlighter
    from dpi_consult.spelling import get_speller

    window = make_window()
    question = "fiche-01.difficultes"
    text = "Un **mot gras** puis une fote dans [un lien](https://cnil.fr) et *journalisation*."
    window.document.set_value(question, text)
    window.navigator.select_section("fiche-01")
    editor = window.page("fiche-01").cards[question].answer.editor
    hits = window._search("journalisation")
    (hit,) = [h for h in hits if h.question_id == question]
    window.go_to_hit(hit)
    assert editor.editor.textCursor().selectedText() == "journalisation"
    speller = get_speller().load()
    highlighter = editor.use_highlighter(lambda document, styled: SpellHighlighter(document, speller, styled=styled))
    block = editor.editor.document().firstBlock()
    span = highlighter.misspelled_at(block.text(), text.index("fote") + 1)
    assert span is not None and text[span[0]:span[0] + span[1]] == "fote"
    # Underlined, and still bold where it is bold: the two looks add up.
    highlighter.rehighlight()
    underlined = format_at(editor, text.index("fote"))
    assert underlined.underlineStyle() == underlined.UnderlineStyle.SpellCheckUnderline
    assert format_at(editor, text.index("mot gras")).fontWeight() == QFont.Weight.Bold
    assert highlighter.styled and editor.text() == text
