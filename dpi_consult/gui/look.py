"""The window's colours and fonts, set with palettes and fonts. Colours always come with words or icons, never
alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

ACCENT = "#1f3c88"
CARD_BACKGROUND = "#ffffff"
CARD_BORDER = "#d5dae6"
PAGE_BACKGROUND = "#eef1f7"
SUMMARY_BACKGROUND = "#f4f6fb"
HELP_TEXT = "#4a5468"
OPTIONAL_TEXT = "#5b6478"
PROBLEM_TEXT = "#a52714"
SUMMARY_RULE_WIDTH = 4


def set_text_colour(widget: QWidget, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)


def set_background(widget: QWidget, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def set_font(widget: QWidget, *, bold: bool = False, italic: bool = False, point_size: int | None = None) -> None:
    font = QFont(widget.font())
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    font.setItalic(italic)
    if point_size is not None:
        font.setPointSize(point_size)
    widget.setFont(font)


def style_section_title(label: QLabel) -> None:
    set_font(label, bold=True, point_size=17)
    set_text_colour(label, ACCENT)


def style_selection(widget: QWidget) -> None:
    """The current item in the accent colour, white on blue."""
    palette = widget.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(ACCENT))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    widget.setPalette(palette)


class CardFrame(QFrame):
    """A white card with a thin border around one question."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        set_background(self, CARD_BACKGROUND)


class SummaryPanel(QWidget):
    """The sheet's summary on a light background, with a rule in the accent colour on its left."""

    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_background(self, SUMMARY_BACKGROUND)
        rule = QWidget(self)
        rule.setFixedWidth(SUMMARY_RULE_WIDTH)
        set_background(rule, ACCENT)
        self.label = QLabel(html, self)
        self.label.setObjectName("sectionSummary")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setContentsMargins(12, 8, 12, 8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(rule)
        layout.addWidget(self.label, 1)
