"""A notice across the top of the pages: read-only, or the file changed elsewhere, with what can be done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBanner(QFrame):
    def __init__(self, object_name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setStyleSheet(f"#{object_name} {{ background: #fff4d6; border-bottom: 1px solid #d9b44a; }}")
        self.setAccessibleName(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 6, 24, 6)
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []

    def add_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        self.layout().addWidget(button)
        self.buttons.append(button)
        return button
