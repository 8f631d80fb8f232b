"""Spell checking for every long-answer editor of the window, switched on and off as one.

Underlines appear once the window is up: editors are queued until `start()` (called after the first
paint), so neither the checker's code nor its dictionary delays the window's first frame.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from dpi_consult.gui.markdown_editor import MarkdownEditor
    from dpi_consult.gui.spell_highlighter import SpellHighlighter


class SpellingSupport(QObject):
    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.started = False
        self._waiting: list[weakref.ref[MarkdownEditor]] = []
        self._highlighters: weakref.WeakSet[SpellHighlighter] = weakref.WeakSet()

    def attach(self, editor: MarkdownEditor) -> None:
        if self.started:
            self._attach_now(editor)
        else:
            self._waiting.append(weakref.ref(editor))

    def start(self) -> None:
        """Attach the queued editors and start loading the dictionary in the background."""
        if self.started:
            return
        self.started = True
        waiting, self._waiting = self._waiting, []
        for ref in waiting:
            editor = ref()
            if editor is not None and shiboken6.isValid(editor):
                self._attach_now(editor)

    def _attach_now(self, editor: MarkdownEditor) -> None:
        from dpi_consult.gui.spell_highlighter import SpellHighlighter, add_spelling_actions
        from dpi_consult.spelling import get_speller

        text_edit = editor.editor
        highlighter = editor.use_highlighter(
            lambda document, styled: SpellHighlighter(document, get_speller(), enabled=self.enabled, styled=styled))
        assert isinstance(highlighter, SpellHighlighter)
        self._highlighters.add(highlighter)
        editor.set_context_menu_hook(lambda menu, pos: add_spelling_actions(menu, text_edit, highlighter, pos))

    def highlighter_count(self) -> int:
        return len(self._highlighters)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        for highlighter in list(self._highlighters):
            highlighter.set_enabled(enabled)
