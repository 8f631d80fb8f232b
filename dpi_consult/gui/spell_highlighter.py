"""Red wavy underlines under misspelled French words, and spelling suggestions in the editor's context menu."""

from __future__ import annotations

import weakref
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from dpi_consult.gui.markdown_highlighter import MarkdownHighlighter
from dpi_consult.spelling import FrenchSpeller, get_speller

MAX_SUGGESTIONS = 6
UNDERLINE_COLOR = QColor(204, 0, 0)
# The word being typed is judged once the typist leaves it or pauses this long.
TYPING_PAUSE_MS = 1500
# Live highlighters (their document keeps them alive), to refresh them all when a word is added.
_highlighters: weakref.WeakSet[SpellHighlighter] = weakref.WeakSet()


def _to_utf16(text: str, index: int) -> int:
    """Qt positions count UTF-16 units, Python indices code points: they differ after an emoji."""
    return len(text[:index].encode("utf-16-le")) // 2


def _from_utf16(text: str, position: int) -> int:
    return len(text.encode("utf-16-le")[: 2 * position].decode("utf-16-le", errors="ignore"))


class SpellHighlighter(MarkdownHighlighter):
    """Underlines misspelled words of a document, one block at a time: typing re-checks only the edited line.

    The speller loads in the background; until then nothing is underlined, then the whole document is. The
    word being typed is not underlined before it is finished (no red flicker under every half-typed word).
    Lines of fenced code blocks (``` or ~~~) are not checked.
    """

    _loaded = Signal()

    def __init__(self, document: QTextDocument, speller: FrenchSpeller | None = None, enabled: bool = True,
                 styled: bool = True) -> None:
        super().__init__(document, styled, attach=False)
        self._speller = speller if speller is not None else get_speller()
        self._enabled = enabled
        self._underline = QTextCharFormat()
        self._underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._underline.setUnderlineColor(UNDERLINE_COLOR)
        self._typing_end = -1  # document position just after the character being typed, or -1
        self._skipped = False  # whether the word being typed was left without its underline
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._finish_word)
        # Connected before the highlighter takes the document, so that it runs before Qt re-highlights the
        # edited block.
        document.contentsChange.connect(self._on_contents_change)
        self.setDocument(document)
        _highlighters.add(self)
        if not self._speller.ready:
            # The speller calls back from its loader thread: a queued signal brings the news to this thread.
            self._loaded.connect(self._on_loaded, Qt.ConnectionType.QueuedConnection)
            ref = weakref.ref(self)

            def notify() -> None:
                highlighter = ref()
                if highlighter is not None and shiboken6.isValid(highlighter):
                    highlighter._loaded.emit()

            self._speller.load_in_background(notify)

    @property
    def speller(self) -> FrenchSpeller:
        return self._speller

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Turn checking on or off (the preference); underlines appear or go at once."""
        if enabled != self._enabled:
            self._enabled = enabled
            self.rehighlight()

    def misspelled_at(self, block_text: str, position: int) -> tuple[int, int] | None:
        """The (start, length) of the misspelled word at a UTF-16 position of a block's text, in UTF-16 units."""
        if not self._enabled:
            return None
        index = _from_utf16(block_text, position)
        for start, length in self._speller.misspelled(block_text):
            if start <= index <= start + length:
                begin = _to_utf16(block_text, start)
                return begin, _to_utf16(block_text, start + length) - begin
        return None

    def _on_loaded(self) -> None:
        if self._enabled:
            self.rehighlight()

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        previous, self._typing_end = self._typing_end, -1
        document = self.document()
        # One letter typed, or erased inside a word: the typist is (still) on the word.
        if added == 1 and removed == 0 and document.characterAt(position).isalnum():
            self._typing_end = position + 1
        elif removed == 1 and added == 0 and position > 0 and document.characterAt(position - 1).isalnum():
            self._typing_end = position
        if self._typing_end >= 0:
            self._pause.start()
        if self._skipped and previous >= 0:
            self._skipped = False
            # Left the word: judge it now, unless Qt is about to re-highlight its block anyway.
            old = document.findBlock(min(previous, document.characterCount() - 1))
            if not old.contains(position):
                tracker = QTextCursor(old)  # follows the block while the current edit shifts the text
                QTimer.singleShot(0, self, lambda: self._recheck(tracker.block()))

    def _finish_word(self) -> None:
        if self._skipped and self._typing_end >= 0:
            self._recheck(self.document().findBlock(self._typing_end))

    def _recheck(self, block: QTextBlock) -> None:
        if block.isValid():
            if block.contains(self._typing_end):
                self._typing_end, self._skipped = -1, False
            self.rehighlightBlock(block)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if self.style_block(text) or not self._enabled:
            return
        spans = self._speller.misspelled(text)
        if not spans:
            return
        astral = not text.isascii() and max(text) > "\uffff"
        typing_at = self._typing_end - self.currentBlock().position()
        for start, length in spans:
            if astral:
                start, length = _to_utf16(text, start), _to_utf16(text, start + length) - _to_utf16(text, start)
            if start + length == typing_at:
                self._skipped = True
                continue
            # On top of the word's own look (bold, a link…): the underline adds to it.
            underlined = QTextCharFormat(self.format(start))
            underlined.merge(self._underline)
            self.setFormat(start, length, underlined)


def add_spelling_actions(
    menu: QMenu, editor: QPlainTextEdit | QTextEdit, highlighter: SpellHighlighter, pos: QPoint
) -> None:
    """Put suggestions for the misspelled word under `pos` (viewport coordinates) at the top of `menu`.

    Nothing is added when checking is off or the word is correct. A suggestion replaces the word in one undo
    step; "Add to the dictionary" remembers the word for good.
    """
    cursor = editor.cursorForPosition(pos)
    block = cursor.block()
    text = block.text()
    span = highlighter.misspelled_at(text, cursor.positionInBlock())
    if span is None:
        return
    start, length = block.position() + span[0], span[1]
    word = text[_from_utf16(text, span[0]): _from_utf16(text, span[0] + span[1])]
    before = menu.actions()[0] if menu.actions() else None
    bold = QFont(menu.font())
    bold.setBold(True)
    suggestions = highlighter.speller.suggestions(word, MAX_SUGGESTIONS)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        action.setFont(bold)
        action.triggered.connect(partial(_replace, editor, start, length, word, suggestion))
        menu.insertAction(before, action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("SpellHighlighter", "No suggestions"), menu)
        none.setEnabled(False)
        menu.insertAction(before, none)
    label = QCoreApplication.translate("SpellHighlighter", "Add “%1” to the dictionary")
    add = QAction(label.replace("%1", word), menu)
    add.triggered.connect(partial(_add_word, highlighter, word))
    menu.insertAction(before, add)
    menu.insertSeparator(before)


def _replace(editor: QPlainTextEdit | QTextEdit, start: int, length: int, word: str, replacement: str) -> None:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
    if cursor.selectedText() != word:  # the text changed while the menu was open: replace nothing
        return
    cursor.beginEditBlock()
    cursor.insertText(replacement)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)


def _add_word(highlighter: SpellHighlighter, word: str) -> None:
    speller = highlighter.speller
    speller.add_word(word)
    # Every editor sharing the speller drops the underline, not only the one whose menu added the word.
    for other in list(_highlighters):
        if shiboken6.isValid(other) and other.speller is speller and other.is_enabled():
            other.rehighlight()
