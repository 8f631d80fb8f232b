"""A member's answer read as formatted text, the search words highlighted, passages already taken marked."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from dpi_consult.collective.taken import taken_passages
from dpi_consult.draft.paragraphs import split_paragraphs
from dpi_consult.markdown import parse, to_html, to_plain_text

HIGHLIGHT = QColor("#ffe58a")
TAKEN_STYLE = "color:#1e6b34;font-size:small;"


class AnswerReader(QTextBrowser):
    """Shows one answer; `passage()` gives the Markdown of what the coordinator selected in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Answer of the selected member"))
        self.setPlaceholderText(self.tr("Select an answer to read it, then select a passage."))
        self.markdown = ""
        self.paragraphs: list[str] = []
        self.taken: dict[int, int] = {}

    def show_answer(self, markdown: str, collective_paragraphs: list[str], search: str = "") -> None:
        """Each paragraph rendered as the preview renders it; those the collective answer already holds are
        marked « déjà repris dans ¶N »."""
        self.markdown = markdown
        self.paragraphs = split_paragraphs(markdown)
        self.taken = {t.index: t.number for t in taken_passages(markdown, collective_paragraphs)}
        parts = []
        for index, paragraph in enumerate(self.paragraphs):
            if index in self.taken:
                mark = self.tr("already taken in ¶%1").replace("%1", str(self.taken[index]))
                parts.append(f'<p style="{TAKEN_STYLE}">✓ {escape(mark)}</p>')
            parts.append(to_html(parse(paragraph)))
        self.setHtml("".join(parts))
        self._highlight(search)

    def clear_answer(self) -> None:
        self.markdown = ""
        self.paragraphs = []
        self.taken = {}
        self.clear()

    def _highlight(self, search: str) -> None:
        selections = []
        char_format = QTextCharFormat()
        char_format.setBackground(HIGHLIGHT)
        for word in search.split():
            cursor = QTextCursor(self.document())
            while True:
                cursor = self.document().find(word, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = char_format
                selections.append(selection)
        self.setExtraSelections(selections)

    def has_selection(self) -> bool:
        return self.textCursor().hasSelection()

    def passage(self) -> str:
        """The selected passage as Markdown: whole paragraphs keep their formatting, a part of one is its words."""
        selected = self.textCursor().selectedText().replace("\u2029", "\n").strip()
        if not selected:
            return ""
        chosen = [p for p in self.paragraphs if _flat(to_plain_text(parse(p))) in _flat(selected)]
        return "\n\n".join(chosen) if chosen and _covers(chosen, selected) else selected


def _flat(text: str) -> str:
    return " ".join(text.split())


def _covers(paragraphs: list[str], selected: str) -> bool:
    """The selection is these paragraphs and nothing more (the marks « déjà repris » aside)."""
    words = sum(len(to_plain_text(parse(p)).split()) for p in paragraphs)
    return words >= 0.9 * len(selected.split())
