"""MarkdownEditor: the long-text answer editor (toolbar, shortcuts, preview, live character counter)."""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QLocale, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import list_typing
from . import markdown_actions as actions
from .markdown_highlighter import MarkdownHighlighter

ContextMenuHook = Callable[[QMenu, QPoint], None]
Action = Callable[[str, int, int], actions.Edit]

MIN_LINES = 5
MAX_LINES = 20
# Long enough that a typing burst costs one exact count, short enough to feel live.
COUNT_DELAY_MS = 200
_OVER_LIMIT_STYLE = "color: #b3261e; font-weight: bold;"


def _fill(template: str, *values: str) -> str:
    """Qt-style "%1 %2" substitution on an already translated string (PySide6's tr returns str)."""
    for number in range(len(values), 0, -1):  # %10 before %1
        template = template.replace(f"%{number}", values[number - 1])
    return template


def _native(keys: str) -> str:
    """A shortcut as the platform writes it (⌘B on macOS)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _exec_menu(menu: QMenu, global_position: QPoint) -> None:
    menu.exec(global_position)  # a module function, so tests can stand in for the blocking call


class _PlainEditor(QPlainTextEdit):
    """QPlainTextEdit that lets the owner's shortcuts win, builds its context menu through a callback, types lists
    as Word does (`typing` edits the Markdown for Enter, Tab and Shift+Tab) and pastes formatted text as Markdown."""

    def __init__(self, parent: QWidget, build_menu: Callable[[QPoint], QMenu],
                 typing: Callable[[Action], bool], **properties: object) -> None:
        super().__init__(parent, **properties)
        self._build_menu = build_menu
        self._typing = typing
        self.reserved_keys: list[QKeySequence] = []

    def event(self, event: QEvent) -> bool:
        # The text control claims some editing keys (Ctrl+K deletes to end of line on X11); ours must win.
        if event.type() == QEvent.Type.ShortcutOverride:
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in self.reserved_keys):
                event.ignore()
                return True
        # Tab moves the focus (keyboard users go through the form), except in a list item, where it indents.
        if event.type() == QEvent.Type.KeyPress and not self.isReadOnly() and event.key() in (
                Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            outdent = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if self._typing(lambda text, start, end: list_typing.indent_items(text, start, end, outdent)):
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) and not self.isReadOnly():
            if self._typing(list_typing.continue_list):
                return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        # From Word, LibreOffice or a web page: bold, italics, lists, links and tables kept, as Markdown.
        if source.hasHtml():
            from dpi_consult.markdown import to_markdown
            from dpi_consult.markdown.html_in import html_to_document

            markdown = to_markdown(html_to_document(source.html()))
            if markdown.strip():
                self.insertPlainText(markdown)
                return
        super().insertFromMimeData(source)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # The menu key opens the menu at the text cursor, not wherever the mouse happens to be.
        mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        position = event.pos() if mouse else self.cursorRect().center()
        menu = self._build_menu(position)
        _exec_menu(menu, self.viewport().mapToGlobal(position))
        menu.deleteLater()


class MarkdownEditor(QWidget):
    """Plain-text Markdown editor for one long answer, with a formatting toolbar, a preview and a counter.

    ``text_edited`` is emitted on user edits only: ``set_text`` (loading an answer) emits nothing and
    clears the undo history, so loading never marks a draft modified and Ctrl+Z never empties a loaded
    answer. Listeners of ``text_edited`` should not call ``text()`` synchronously on every emission of a
    long answer if they can avoid it (it copies the whole text); the counter itself never does.
    """

    text_edited = Signal()

    def __init__(self, parent: QWidget | None = None, max_chars: int | None = None, fill_height: bool = False) -> None:
        super().__init__(parent)
        self._max_chars = max_chars
        # In a page of questions the editor grows with its text; in a pane of its own it takes the height given.
        self._fill_height = fill_height
        self._loading = False
        self._context_menu_hook: ContextMenuHook | None = None
        self._over_limit = False
        # The exact count and the raw length it was computed at: between exact counts the counter shows
        # this count moved by the raw length difference, which is right for everything but markup.
        self._exact_count = 0
        self._exact_raw_length = 0

        fixed_height = QSizePolicy(QSizePolicy.Policy.Expanding,
                                   QSizePolicy.Policy.Expanding if fill_height else QSizePolicy.Policy.Fixed)
        # Tab leaves the text (keyboard users move through the form); nested lists are indented with spaces.
        self._editor = _PlainEditor(self, self._build_context_menu, self._apply_typing, objectName="markdown-editor",
                                    tabChangesFocus=True, accessibleName=self.tr("Answer"), sizePolicy=fixed_height)
        # Offline app: a link in the preview opens nothing.
        self._preview = QTextBrowser(self, objectName="markdown-preview", openLinks=False, openExternalLinks=False,
                                     tabChangesFocus=True, accessibleName=self.tr("Preview of the answer"),
                                     sizePolicy=fixed_height, visible=False)
        self._counter = QLabel(self, objectName="markdown-counter")
        # A warning sign as text rather than a style icon: same meaning, and QStyle's many enumerations stay
        # off the start-up path.
        self._warning = QLabel("\u26a0", self, objectName="markdown-counter-warning",
                               accessibleName=self.tr("Warning"), visible=False)

        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS, timeout=self._count_exactly)
        self._refit_timer = QTimer(self, singleShot=True, interval=0, timeout=self._refit)

        self._format_buttons: list[QToolButton] = []
        self._highlighter: MarkdownHighlighter = MarkdownHighlighter(self._editor.document())
        toolbar = self._build_toolbar()
        self._add_shortcuts()
        # Tab follows the reading order: the toolbar, then the text (or its preview), then the next field.
        for before, after in pairwise([*self._format_buttons, self._source_button, self._preview_button, self._editor,
                                       self._preview]):
            QWidget.setTabOrder(before, after)
        self.setFocusProxy(self._editor)

        counter_row = QHBoxLayout()
        counter_row.setContentsMargins(0, 0, 0, 0)
        counter_row.addStretch(1)
        counter_row.addWidget(self._warning)
        counter_row.addWidget(self._counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(toolbar)
        for widget in (self._editor, self._preview):
            layout.addWidget(widget, 1 if fill_height else 0)
        layout.addLayout(counter_row)

        document = self._editor.document()
        document.contentsChange.connect(self._on_contents_change)
        # contentsChanged comes after the layout has caught up with the edit, so line counts are current.
        document.contentsChanged.connect(self._fit_editor_height)
        self._fit_editor_height()
        self._count_exactly()

    @property
    def editor(self) -> QPlainTextEdit:
        """The text widget: attach a QSyntaxHighlighter to ``editor.document()``, set an accessible name."""
        return self._editor

    @property
    def preview(self) -> QTextBrowser:
        return self._preview

    def text(self) -> str:
        """The Markdown source, with "\\n" line ends and no-break spaces kept (toPlainText would drop them)."""
        return self._editor.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def set_text(self, text: str) -> None:
        """Load an answer: emits no ``text_edited``, clears undo/redo, leaves the document unmodified."""
        self._loading = True
        self._editor.setPlainText(text)  # also clears the undo and redo stacks
        self._loading = False
        self._editor.document().setModified(False)
        self._count_exactly()
        if self.is_preview():
            self._render_preview()

    def plain_length(self) -> int:
        """The exact number of characters the answer counts for, computed now (the counter catches up too)."""
        self._count_exactly()
        return self._exact_count

    def set_max_chars(self, max_chars: int | None) -> None:
        self._max_chars = max_chars
        self._show_count(self._estimated_count())

    def is_preview(self) -> bool:
        return self._preview_button.isChecked()

    def set_preview(self, on: bool) -> None:
        """Show the rendered answer in place of the source (formatting buttons are off meanwhile)."""
        had_focus = self._editor.hasFocus() or self._preview.hasFocus()
        blocked = self._preview_button.blockSignals(True)
        self._preview_button.setChecked(on)
        self._preview_button.blockSignals(blocked)
        for button in self._format_buttons:
            button.setEnabled(not on and not self._editor.isReadOnly())
        if on:
            self._render_preview()
        self._editor.setVisible(not on)
        self._preview.setVisible(on)
        shown = self._preview if on else self._editor
        self.setFocusProxy(shown)
        if had_focus:
            shown.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_read_only(self, read_only: bool) -> None:
        """Readable, selectable and previewable, but neither typing nor the formatting buttons change it."""
        self._editor.setReadOnly(read_only)
        for button in self._format_buttons:
            button.setEnabled(not read_only and not self.is_preview())

    def set_font_point_size(self, point_size: int) -> None:
        for widget in (self._editor, self._preview):
            font = QFont(widget.font())
            font.setPointSize(point_size)
            widget.setFont(font)
        self._highlighter.refresh()
        self._refit()

    @property
    def highlighter(self) -> MarkdownHighlighter:
        return self._highlighter

    def use_highlighter(self, make: Callable[[QTextDocument, bool], MarkdownHighlighter]) -> MarkdownHighlighter:
        """Replace the highlighter (spell checking brings its own): one highlighter per document, never two."""
        styled = self._highlighter.styled
        # Detaching and attaching re-format every block: Qt reports it as a change of the contents.
        loading, self._loading = self._loading, True
        try:
            self._highlighter.setDocument(None)
            self._highlighter.deleteLater()
            self._highlighter = make(self._editor.document(), styled)
        finally:
            self._loading = loading
        return self._highlighter

    def is_styled(self) -> bool:
        return self._highlighter.styled

    def set_styled(self, styled: bool) -> None:
        """Formatted as it will read (the default), or the Markdown source as typed."""
        self._highlighter.set_styled(styled)
        blocked = self._source_button.blockSignals(True)
        self._source_button.setChecked(not styled)
        self._source_button.blockSignals(blocked)

    def set_context_menu_hook(self, hook: ContextMenuHook | None) -> None:
        """``hook(menu, position)`` adds actions to the standard menu before it opens (spelling suggestions).

        ``position`` is in ``editor.viewport()`` coordinates, ready for ``editor.cursorForPosition``.
        """
        self._context_menu_hook = hook

    def _build_toolbar(self) -> QWidget:
        toolbar = QWidget(self, objectName="markdown-toolbar", accessibleName=self.tr("Formatting"))
        row = QHBoxLayout(toolbar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(1)
        # The glyphs are translatable too: French toolbars show "G" (gras) for bold.
        bold = QFont(self.font())
        bold.setBold(True)
        italic = QFont(self.font())
        italic.setItalic(True)
        self._format_button(self.tr("B", "bold button glyph"), self.tr("Bold"), "Ctrl+B", actions.toggle_bold, bold)
        self._format_button(self.tr("I", "italic glyph"), self.tr("Italic"), "Ctrl+I", actions.toggle_italic, italic)
        self._format_button("•", self.tr("Bulleted list"), None, actions.toggle_bullet_list)
        self._format_button(self.tr("1.", "numbered list glyph"), self.tr("Numbered list"), None,
                            actions.toggle_numbered_list)
        self._format_button("❝", self.tr("Quote"), None, actions.toggle_quote)
        self._format_button(self.tr("Link", "link button text"), self.tr("Link"), "Ctrl+K", actions.insert_link)
        for button in self._format_buttons:
            row.addWidget(button)
        row.addStretch(1)
        self._preview_button = QToolButton(
            toolbar, objectName="markdown-preview-button", text=self.tr("Preview"), checkable=True, autoRaise=True,
            accessibleName=self.tr("Preview"),
            toolTip=_fill(self.tr("Show the formatted answer (%1)"), _native("Ctrl+Shift+P")), toggled=self.set_preview,
        )
        self._source_button = QToolButton(
            toolbar, objectName="markdown-source-button", text=self.tr("Markdown"), checkable=True, autoRaise=True,
            accessibleName=self.tr("Show the Markdown source"),
            toolTip=self.tr("Show the answer as Markdown source, without formatting"),
            toggled=lambda on: self.set_styled(not on))
        row.addWidget(self._source_button)
        row.addWidget(self._preview_button)
        return toolbar

    def _format_button(self, glyph: str, name: str, shortcut: str | None, action: Action,
                       font: QFont | None = None) -> QToolButton:
        tip = _fill(self.tr("%1 (%2)"), name, _native(shortcut)) if shortcut else name
        button = QToolButton(self, text=glyph, autoRaise=True, accessibleName=name, toolTip=tip,
                             clicked=lambda: self._apply(action, refocus=True))
        if font is not None:
            button.setFont(font)
        self._format_buttons.append(button)
        return button

    def _add_shortcuts(self) -> None:
        # Scoped to this widget and its children, so several editors on one page do not fight over keys.
        bindings = [
            ("Ctrl+B", lambda: self._apply(actions.toggle_bold)),
            ("Ctrl+I", lambda: self._apply(actions.toggle_italic)),
            ("Ctrl+K", lambda: self._apply(actions.insert_link)),
            ("Ctrl+Shift+P", lambda: self.set_preview(not self.is_preview())),
        ]
        for keys, slot in bindings:
            _add_shortcut(self, keys, Qt.ShortcutContext.WidgetWithChildrenShortcut, slot)
            self._editor.reserved_keys.append(QKeySequence(keys))
        # Both redo keys everywhere: people switch between Windows and Linux desktops. Where one of them is
        # the platform's own, the text control takes the key first and this action stays silent.
        for keys in ("Ctrl+Y", "Ctrl+Shift+Z"):
            _add_shortcut(self._editor, keys, Qt.ShortcutContext.WidgetShortcut, self._editor.redo)

    def _apply_typing(self, action: Action) -> bool:
        """A typing edit (Enter in a list, Tab on an item): applied when it has one, else the key does as usual."""
        cursor, old = self._editor.textCursor(), self.text()
        result = action(old, actions.utf16_to_index(old, cursor.selectionStart()),
                        actions.utf16_to_index(old, cursor.selectionEnd()))
        if result is None:
            return False
        self._apply(lambda _text, _start, _end: result)
        return True

    def _apply(self, action: Action, refocus: bool = False) -> None:
        """Run a toolbar action on the selection as one undo step, replacing only the changed span."""
        if self.is_preview() or self._editor.isReadOnly():
            return
        cursor, old = self._editor.textCursor(), self.text()
        result = action(old, actions.utf16_to_index(old, cursor.selectionStart()),
                        actions.utf16_to_index(old, cursor.selectionEnd()))
        new = result.text
        if new != old:
            start, old_end, new_end = actions.changed_span(old, new)
            cursor.beginEditBlock()
            cursor.setPosition(actions.index_to_utf16(old, start))
            cursor.setPosition(actions.index_to_utf16(old, old_end), cursor.MoveMode.KeepAnchor)
            cursor.insertText(new[start:new_end])
            cursor.endEditBlock()
        cursor.setPosition(actions.index_to_utf16(new, result.start))
        cursor.setPosition(actions.index_to_utf16(new, result.end), cursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        if refocus:
            self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        # Highlighters re-format without changing characters; only real edits count and notify.
        if self._loading or (removed == 0 and added == 0):
            return
        self._show_count(self._estimated_count())
        self._count_timer.start()
        self.text_edited.emit()

    def _build_context_menu(self, position: QPoint) -> QMenu:
        menu = self._editor.createStandardContextMenu(position)
        # Spelling suggestions replace words: none in a text that cannot be changed.
        if self._context_menu_hook is not None and not self._editor.isReadOnly():
            self._context_menu_hook(menu, position)
        return menu

    def _raw_length(self) -> int:
        return self._editor.document().characterCount() - 1  # O(1); the count includes a final separator

    def _estimated_count(self) -> int:
        return max(0, self._exact_count + self._raw_length() - self._exact_raw_length)

    def _count_exactly(self) -> None:
        self._count_timer.stop()
        text = self.text()
        # The Markdown parser is imported on first real use: an empty editor (a new draft) needs none,
        # which keeps it off the start-up path.
        if text:
            from dpi_consult.markdown import plain_length

            self._exact_count = plain_length(text)
        else:
            self._exact_count = 0
        self._exact_raw_length = self._raw_length()
        self._show_count(self._exact_count)

    def _show_count(self, count: int) -> None:
        locale = QLocale()
        shown = locale.toString(count)
        limit = self._max_chars
        if limit is None:
            message = _fill(self.tr("%1 characters"), shown)
        elif count <= limit:
            message = _fill(self.tr("%1 / %2 characters"), shown, locale.toString(limit))
        else:
            message = _fill(self.tr("%1 / %2 characters — %3 over the limit"),
                            shown, locale.toString(limit), locale.toString(count - limit))
        if message != self._counter.text():
            self._counter.setText(message)
            self._counter.setAccessibleName(message)
        over = limit is not None and count > limit
        if over != self._over_limit:
            # Icon and words carry the warning; colour and weight only add to them.
            self._over_limit = over
            self._warning.setVisible(over)
            self._counter.setStyleSheet(_OVER_LIMIT_STYLE if over else "")
            self._counter.setAccessibleDescription(self.tr("Over the character limit") if over else "")

    def is_over_limit(self) -> bool:
        return self._over_limit

    def _fit_editor_height(self) -> None:
        """Grow with the text between MIN_LINES and MAX_LINES, so short answers need no inner scroll bar."""
        if self._fill_height:
            return
        document = self._editor.document()
        if document.blockCount() > MAX_LINES:
            lines = MAX_LINES
        else:
            # The plain-text layout lays out lazily; a handful of paragraphs is cheap to lay out now.
            layout = document.documentLayout()
            block = document.firstBlock()
            while block.isValid():
                layout.ensureBlockLayout(block)
                block = block.next()
            lines = min(max(document.lineCount(), MIN_LINES), MAX_LINES)
        # The plain-text layout rounds every line up to whole pixels; +1: QPlainTextEdit wants one spare
        # pixel below the last line before it drops its scroll bar.
        line = math.ceil(QFontMetricsF(self._editor.font()).lineSpacing())
        height = self._chrome_height(self._editor) + lines * line + 1
        if self._editor.minimumHeight() != height or self._editor.maximumHeight() != height:
            self._editor.setFixedHeight(height)

    def _fit_preview_height(self) -> None:
        if self._fill_height:
            return
        document = self._preview.document()
        document.setTextWidth(self._preview.viewport().width() or self._editor.viewport().width())
        line = self._preview.fontMetrics().lineSpacing()
        content = int(document.size().height()) + self._chrome_height(self._preview)
        chrome = self._chrome_height(self._editor)
        self._preview.setFixedHeight(max(chrome + MIN_LINES * line, min(content, chrome + MAX_LINES * line)))

    @staticmethod
    def _chrome_height(widget: QPlainTextEdit | QTextBrowser) -> int:
        margins = widget.contentsMargins()
        return margins.top() + margins.bottom() + int(2 * widget.document().documentMargin())

    def _render_preview(self) -> None:
        from dpi_consult.markdown import parse, to_html

        self._preview.setHtml(to_html(parse(self.text())))
        self._fit_preview_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapping changes with the width; refit once the editor has laid itself out again.
        self._refit_timer.start()

    def _refit(self) -> None:
        self._fit_editor_height()
        if self.is_preview():
            self._fit_preview_height()


def _add_shortcut(owner: QWidget, keys: str, context: Qt.ShortcutContext, slot: Callable[[], object]) -> None:
    owner.addAction(QAction(owner, shortcut=QKeySequence(keys), shortcutContext=context, triggered=slot))
