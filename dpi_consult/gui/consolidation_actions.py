"""Opening the consolidation window on the open collective draft, at the question being edited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from dpi_consult.gui.consolidation_window import ConsolidationWindow
    from dpi_consult.gui.window_host import EditorHost


class ConsolidationActions:
    """One consolidation window per open document, made on first use and closed with the document."""

    def __init__(self, host: EditorHost) -> None:
        self.host = host
        self.view: ConsolidationWindow | None = None

    def available(self) -> bool:
        document = self.host.document
        return document is not None and document.draft.is_collective

    def open(self, question_id: str | None = None) -> ConsolidationWindow | None:
        document = self.host.document
        if document is None or not self.available():
            return None
        if self.view is None or self.view.document is not document:
            self.close()
            from dpi_consult.gui.consolidation_window import ConsolidationWindow

            self.view = ConsolidationWindow(document, self.host.window(), self.host.state.window)
            editor = self.view.collective_pane.markdown
            editor.set_font_point_size(self.host.settings.font_size)
            editor.set_styled(not self.host.settings.show_markdown)
            self.host.spelling.attach(editor)
        question_id = question_id or self._question_in_focus()
        if not (question_id and self.view.show_question(question_id)) and self.view.current_question() is None:
            first = next(iter(self.view.question_items()), None)
            if first is not None:
                self.view.show_question(first)
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        return self.view

    def _question_in_focus(self) -> str | None:
        """The question whose editor has the keyboard focus in the main window, if any."""
        widget = QApplication.focusWidget()
        from dpi_consult.gui.section_page import QuestionCard

        while widget is not None:
            if isinstance(widget, QuestionCard):
                return widget.question.id
            widget = widget.parentWidget()
        return None

    def flush(self) -> None:
        """Finish the consolidation work in progress (before a save)."""
        if self.view is not None:
            self.view.collective_pane.flush()

    def close(self) -> None:
        if self.view is not None:
            self.view.collective_pane.flush()
            self.view.close()
            self.view.deleteLater()
            self.view = None
