"""MarkdownEditor: typing, shortcuts, toolbar, preview, counter, undo, keyboard focus and speed."""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QVBoxLayout, QWidget

from dpi_consult.gui import markdown_editor
from dpi_consult.gui.markdown_editor import MAX_LINES, MarkdownEditor
from dpi_consult.markdown import plain_length


def click(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a person: QTest.keyClicks cannot send a newline, so Enter is pressed for each."""
    for number, line in enumerate(text.split("\n")):
        if number:
            click(widget, Qt.Key.Key_Return)
        if line:
            QTest.keyClicks(widget, line)


CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def french_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def md(qtbot) -> MarkdownEditor:
    widget = MarkdownEditor(max_chars=None)
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.editor.setFocus()
    qtbot.waitUntil(widget.editor.hasFocus)
    return widget


def select(widget: MarkdownEditor, start: int, end: int) -> None:
    cursor = widget.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    widget.editor.setTextCursor(cursor)


def button(widget: MarkdownEditor, name: str) -> QToolButton:
    found = [b for b in widget.findChildren(QToolButton) if b.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


# --- formatting ------------------------------------------------------------------------------------


def test_ctrl_b_makes_the_selection_bold_and_again_removes_it(md):
    type_text(md.editor, "un mot important")
    select(md, 7, 16)
    click(md.editor, Qt.Key.Key_B, CTRL)
    assert md.text() == "un mot **important**"
    assert md.editor.textCursor().selectedText() == "important"
    click(md.editor, Qt.Key.Key_B, CTRL)
    assert md.text() == "un mot important"


def test_ctrl_b_without_selection_puts_the_cursor_between_the_markers(md):
    type_text(md.editor, "a ")
    click(md.editor, Qt.Key.Key_B, CTRL)
    type_text(md.editor, "gras")
    assert md.text() == "a **gras**"


def test_ctrl_i_makes_the_selection_italic(md):
    type_text(md.editor, "un mot")
    select(md, 3, 6)
    click(md.editor, Qt.Key.Key_I, CTRL)
    assert md.text() == "un *mot*"


def test_ctrl_k_makes_a_link_with_the_url_selected(md):
    type_text(md.editor, "voir la fiche")
    select(md, 5, 13)
    click(md.editor, Qt.Key.Key_K, CTRL)
    type_text(md.editor, "https://cnil.fr")
    assert md.text() == "voir [la fiche](https://cnil.fr)"


def test_our_shortcuts_win_over_the_text_controls_own_keys(md):
    # On X11 desktops Ctrl+K means "delete to end of line" to the text control; it must not claim it.
    ours = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_K, CTRL, "")
    QApplication.sendEvent(md.editor, ours)
    assert not ours.isAccepted()
    standard = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, CTRL, "")
    QApplication.sendEvent(md.editor, standard)
    assert standard.isAccepted()


def test_toolbar_buttons_found_by_accessible_name_apply_their_action(md):
    type_text(md.editor, "un\ndeux")
    md.editor.selectAll()
    button(md, "Bulleted list").click()
    assert md.text() == "- un\n- deux"
    button(md, "Numbered list").click()
    assert md.text() == "1. un\n2. deux"
    button(md, "Quote").click()
    assert md.text() == "> 1. un\n> 2. deux"
    md.set_text("mot")
    md.editor.selectAll()
    button(md, "Bold").click()
    button(md, "Italic").click()
    assert md.text() == "***mot***"
    button(md, "Link").click()
    assert md.text() == "***[mot](https://)***"
    assert md.editor.hasFocus()  # back to the text, so keyboard users can type on


def test_icon_like_buttons_have_names_and_tooltips_with_their_shortcut(md):
    for name, keys in [("Bold", "Ctrl+B"), ("Italic", "Ctrl+I"), ("Link", "Ctrl+K")]:
        assert keys in button(md, name).toolTip()
    for b in md.findChildren(QToolButton):
        assert b.accessibleName() and b.toolTip()


def test_a_toolbar_action_counts_as_a_user_edit(md):
    edits: list[None] = []
    md.text_edited.connect(lambda: edits.append(None))
    md.set_text("mot")
    md.editor.selectAll()
    button(md, "Bold").click()
    assert edits and md.editor.document().isModified()


def test_a_toolbar_action_is_one_undo_step(md):
    type_text(md.editor, "un\ndeux")
    md.editor.selectAll()
    button(md, "Numbered list").click()
    md.editor.undo()
    assert md.text() == "un\ndeux"


def test_actions_find_the_right_characters_after_an_emoji(md):
    md.set_text("😀 été ok")
    select(md, 3, 6)  # Qt counts the emoji as two positions
    assert md.editor.textCursor().selectedText() == "été"
    click(md.editor, Qt.Key.Key_B, CTRL)
    assert md.text() == "😀 **été** ok"
    assert md.editor.textCursor().selectedText() == "été"


# --- preview ---------------------------------------------------------------------------------------


def test_preview_renders_the_answer_and_hides_the_editor(md):
    md.set_text("**gras**\n\n- un\n- deux\n\n[lien](https://cnil.fr)")
    button(md, "Preview").click()
    assert md.is_preview()
    assert md.preview.isVisible() and not md.editor.isVisible()
    html = md.preview.toHtml()
    assert "font-weight:700" in html and "<li" in html and "gras" in html
    assert not md.preview.openLinks() and not md.preview.openExternalLinks()
    assert not button(md, "Bold").isEnabled()
    click(md.preview, Qt.Key.Key_P, CTRL | SHIFT)
    assert not md.is_preview() and md.editor.isVisible() and not md.preview.isVisible()


def test_ctrl_shift_p_toggles_the_preview_from_the_editor(md):
    type_text(md.editor, "*italique*")
    click(md.editor, Qt.Key.Key_P, CTRL | SHIFT)
    assert md.is_preview() and button(md, "Preview").isChecked()
    assert md.preview.hasFocus()


# --- counter ---------------------------------------------------------------------------------------


def counter_text(widget: MarkdownEditor) -> str:
    return widget.findChild(QWidget, "markdown-counter").text()


def test_counter_before_and_after_the_limit(qtbot, md, french_locale):
    md.set_max_chars(10)
    warning = md.findChild(QWidget, "markdown-counter-warning")
    type_text(md.editor, "abcdefghij")
    assert counter_text(md) == "10 / 10 characters"
    assert not warning.isVisible()
    type_text(md.editor, "klmno")
    qtbot.waitUntil(lambda: "over" in counter_text(md))
    assert counter_text(md) == "15 / 10 characters — 5 over the limit"
    assert warning.isVisible() and md.is_over_limit()
    counter = md.findChild(QWidget, "markdown-counter")
    assert counter.accessibleName() == counter_text(md)
    md.set_max_chars(None)
    assert counter_text(md) == "15 characters" and not warning.isVisible()


def test_counter_counts_the_rendered_text_and_formats_numbers_in_french(qtbot, md, french_locale):
    md.set_max_chars(4000)
    md.set_text("**" + "a" * 1234 + "**")
    assert counter_text(md) == "1\u202f234 / 4\u202f000 characters"
    assert md.plain_length() == 1234


def test_counter_catches_up_with_markup_after_a_pause(qtbot, md):
    type_text(md.editor, "**gras**")
    # Right after typing the counter may include the markers; after the debounce it is exact.
    qtbot.waitUntil(lambda: counter_text(md) == "4 characters")


# --- set_text, signals and undo --------------------------------------------------------------------


def test_set_text_emits_nothing_and_cannot_be_undone(qtbot, md):
    edits: list[None] = []
    md.text_edited.connect(lambda: edits.append(None))
    md.set_text("réponse chargée")
    assert edits == []
    assert not md.editor.document().isUndoAvailable()
    assert not md.editor.document().isModified()
    click(md.editor, Qt.Key.Key_Z, CTRL)
    assert md.text() == "réponse chargée"
    type_text(md.editor, "!")
    assert edits


def test_text_keeps_no_break_spaces_and_line_ends():
    widget = MarkdownEditor()
    text = "Article\u00a012 : données ;\nligne 2\n\n- item"
    widget.set_text(text)
    assert widget.text() == text
    widget.deleteLater()


def test_undo_and_redo_are_per_editor(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    first, second = MarkdownEditor(page), MarkdownEditor(page)
    layout.addWidget(first)
    layout.addWidget(second)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    first.editor.setFocus()
    qtbot.waitUntil(first.editor.hasFocus)
    type_text(first.editor, "premier")
    second.editor.setFocus()
    type_text(second.editor, "second")
    first.editor.setFocus()
    click(first.editor, Qt.Key.Key_Z, CTRL)
    assert first.text() == "" and second.text() == "second"
    click(first.editor, Qt.Key.Key_Y, CTRL)
    assert first.text() == "premier"
    click(first.editor, Qt.Key.Key_Z, CTRL)
    click(first.editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert first.text() == "premier"
    # Shortcuts are scoped to each editor: Ctrl+B on a page of two editors is not ambiguous.
    second.editor.setFocus()
    second.editor.selectAll()
    click(second.editor, Qt.Key.Key_B, CTRL)
    assert second.text() == "**second**" and first.text() == "premier"


# --- keyboard focus, context menu, size ------------------------------------------------------------


def test_tab_leaves_the_editor_instead_of_inserting_a_tab(qtbot, md):
    type_text(md.editor, "texte")
    click(md.editor, Qt.Key.Key_Tab)
    assert md.text() == "texte"
    assert not md.editor.hasFocus()


def test_every_control_is_reachable_with_tab_in_reading_order(qtbot, md):
    buttons = [b for b in md.findChildren(QToolButton) if b.isEnabled()]
    first = buttons[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    reached = [first]
    for _ in range(len(buttons)):
        click(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    names = [w.accessibleName() for w in reached]
    assert names == ["Bold", "Italic", "Bulleted list", "Numbered list", "Quote", "Link", "Show the Markdown source",
                     "Preview", "Answer"]
    assert reached[-1] is md.editor
    click(md.editor, Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is button(md, "Preview")


def test_context_menu_hook_adds_its_actions(md):
    calls = []

    def hook(menu: QMenu, position: QPoint) -> None:
        calls.append(position)
        menu.addAction(QAction("suggestion", menu))

    md.set_text("mot")
    md.set_context_menu_hook(hook)
    menu = md._build_context_menu(QPoint(5, 5))
    assert calls == [QPoint(5, 5)]
    assert "suggestion" in [action.text() for action in menu.actions()]
    md.set_context_menu_hook(None)
    assert "suggestion" not in [action.text() for action in md._build_context_menu(QPoint(5, 5)).actions()]


def test_menu_key_opens_the_menu_at_the_text_cursor_with_the_hook(md, monkeypatch):
    shown: list[list[str]] = []
    monkeypatch.setattr(markdown_editor, "_exec_menu", lambda menu, _: shown.append([a.text() for a in menu.actions()]))
    positions: list[QPoint] = []
    md.set_context_menu_hook(lambda menu, position: (positions.append(position), menu.addAction("suggestion")))
    md.set_text("un mot")
    md.editor.moveCursor(QTextCursor.MoveOperation.End)
    QApplication.sendEvent(md.editor, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(), QPoint()))
    assert positions == [md.editor.cursorRect().center()]
    assert shown and "suggestion" in shown[0]
    mouse = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(7, 8), QPoint(7, 8))
    QApplication.sendEvent(md.editor.viewport(), mouse)
    assert positions[-1] == QPoint(7, 8)


def test_editor_grows_with_its_lines_then_scrolls(qtbot, md):
    md.set_text("une ligne")
    short = md.editor.height()
    md.set_text("\n".join(["ligne"] * 12))
    qtbot.wait(10)
    medium = md.editor.height()
    assert medium > short and md.editor.verticalScrollBar().maximum() == 0
    md.set_text("\n".join(["ligne"] * (MAX_LINES * 3)))
    qtbot.wait(10)
    tall = md.editor.height()
    assert tall > medium and md.editor.verticalScrollBar().maximum() > 0
    md.set_text("\n".join(["ligne"] * (MAX_LINES * 6)))
    assert md.editor.height() == tall
    md.set_font_point_size(18)
    assert md.editor.height() > tall


# --- speed -----------------------------------------------------------------------------------------


def test_typing_into_a_20000_character_answer_is_fast(qtbot, md, french_locale):
    paragraph = "Le DPI doit **tracer** les accès des professionnels, avec une revue des habilitations. " * 3
    text = "\n\n".join([paragraph] * 80)[:20_000]
    md.set_max_chars(4000)
    md.set_text(text)
    md.editor.moveCursor(QTextCursor.MoveOperation.End)
    keys = [Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_Space, Qt.Key.Key_E] * 50
    times = []
    for key in keys:
        start = time.perf_counter()
        click(md.editor, key)
        times.append(time.perf_counter() - start)
    median_ms = statistics.median(times) * 1000
    print(f"median per keystroke in a 20 000-character answer: {median_ms:.3f} ms")
    assert median_ms < 5, median_ms
    assert "over the limit" in counter_text(md)
    assert md.plain_length() == plain_length(md.text())
