"""Spell checking for every long-answer editor of the window, switched on and off as one."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject

from dpi_consult.gui.markdown_editor import MarkdownEditor
from dpi_consult.gui.spell_highlighter import SpellHighlighter, add_spelling_actions
from dpi_consult.spelling import get_speller


class SpellingSupport(QObject):
    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._highlighters: weakref.WeakSet[SpellHighlighter] = weakref.WeakSet()

    def attach(self, editor: MarkdownEditor) -> SpellHighlighter:
        text_edit = editor.editor
        highlighter = SpellHighlighter(text_edit.document(), get_speller(), enabled=self.enabled)
        self._highlighters.add(highlighter)
        editor.set_context_menu_hook(lambda menu, pos: add_spelling_actions(menu, text_edit, highlighter, pos))
        return highlighter

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        for highlighter in list(self._highlighters):
            highlighter.set_enabled(enabled)
