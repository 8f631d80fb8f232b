"""The Markdown source of an answer shown formatted while it is typed: bold bold, markers discreet, lists as lists.

Only the look changes: the text stays the Markdown, character for character, so every offset (counter,
search, spelling, the paragraph under the cursor, undo, recovery) stays exact. Lines of fenced code show
in a fixed font; with `styled` off, the source shows as typed.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from dpi_consult.markdown.source_styles import Look, Run, is_table_delimiter, line_runs

MARKER_COLOUR = QColor("#9aa5b1")
LIST_COLOUR = QColor("#2f6db5")
LINK_COLOUR = QColor("#1a5fb4")
QUOTE_COLOUR = QColor("#4a5560")
CODE_BACKGROUND = QColor("#eef1f5")
HEADING_SCALE = {1: 1.45, 2: 1.3, 3: 1.15}
# Block states: outside code, or inside a fenced code block (its marker's length, + 1000 for "~~~").
TEXT = -1
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _fence_state(marker: str) -> int:
    return len(marker) + (1000 if marker[0] == "~" else 0)


def _closes(match: re.Match[str], text: str, state: int) -> bool:
    # A fence closes with its own character, repeated at least as often, and nothing else on the line.
    marker = match.group(1)
    return (marker[0] == "~") == (state >= 1000) and _fence_state(marker) >= state and not text[match.end():].strip()


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, styled: bool = True, attach: bool = True) -> None:
        """`attach` False: the subclass sets itself up first, then calls setDocument(document)."""
        super().__init__(None)
        self.setParent(document)  # owned by the document, as QSyntaxHighlighter(document) would be
        self._styled = styled
        self._formats: dict[tuple[frozenset[Look], int], QTextCharFormat] = {}
        self._code_format = QTextCharFormat()
        self._code_format.setFontFamilies(["monospace"])
        self._code_format.setBackground(CODE_BACKGROUND)
        if attach:
            self.setDocument(document)

    def refresh(self) -> None:
        """The text's size changed (a preference): headings are drawn again at their new size."""
        self._formats.clear()
        self.rehighlight()

    @property
    def styled(self) -> bool:
        return self._styled

    def set_styled(self, styled: bool) -> None:
        """Formatted (the default) or the Markdown source as typed (the preference for those who want it)."""
        if styled != self._styled:
            self._styled = styled
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        self.style_block(text)

    def style_block(self, text: str) -> bool:
        """Style one line; True when it is code (fence or inside a fenced block), where nothing else applies."""
        previous = self.previousBlockState()
        match = _FENCE.match(text)
        if previous != TEXT:  # inside a fenced code block
            self.setCurrentBlockState(TEXT if match and _closes(match, text, previous) else previous)
            if self._styled:
                self.setFormat(0, len(text), self._code_format)
            return True
        self.setCurrentBlockState(_fence_state(match.group(1)) if match else TEXT)
        if match:
            if self._styled:
                self.setFormat(0, len(text), self._code_format)
            return True
        if self._styled and text:
            following = self.currentBlock().next()
            header = following.isValid() and is_table_delimiter(following.text())
            for run in line_runs(text, table_header=header):
                if run.looks:
                    self.setFormat(run.start, run.end - run.start, self._format(run))
        return False

    def _format(self, run: Run) -> QTextCharFormat:
        key = (run.looks, run.heading_level)
        cached = self._formats.get(key)
        if cached is not None:
            return cached
        looks = run.looks
        char_format = QTextCharFormat()
        if Look.BOLD in looks or Look.TABLE_HEADER in looks or Look.HEADING in looks:
            char_format.setFontWeight(QFont.Weight.Bold)
        if Look.ITALIC in looks or Look.QUOTE in looks:
            char_format.setFontItalic(True)
        if Look.QUOTE in looks:
            char_format.setForeground(QUOTE_COLOUR)
        if Look.CODE in looks:
            char_format.setFontFamilies(["monospace"])
            char_format.setBackground(CODE_BACKGROUND)
        if Look.LINK in looks:
            char_format.setForeground(LINK_COLOUR)
            char_format.setFontUnderline(True)
        if Look.LIST_MARKER in looks:
            char_format.setForeground(LIST_COLOUR)
            char_format.setFontWeight(QFont.Weight.Bold)
        if Look.MARKER in looks or Look.URL in looks:
            char_format.setForeground(MARKER_COLOUR)
        if Look.HEADING in looks or (Look.MARKER in looks and run.heading_level):
            point_size = self.document().defaultFont().pointSizeF()
            if point_size > 0:
                char_format.setFontPointSize(point_size * HEADING_SCALE.get(run.heading_level, 1.05))
        self._formats[key] = char_format
        return char_format
