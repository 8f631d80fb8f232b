"""What the window shows when no draft is open: start a contribution, open one, or a recent file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(12)
        title = QLabel(self.tr("Contribution to the CNIL consultation on the patient record"), self)
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        intro = QLabel(self.tr("Draft your answers sheet by sheet, offline. Nobody has to answer every question: "
                               "answer the sheets that concern you."), self)
        intro.setWordWrap(True)
        new_button = QPushButton(self.tr("New contribution"), self)
        open_button = QPushButton(self.tr("Open a draft…"), self)
        new_button.clicked.connect(self.new_requested.emit)
        open_button.clicked.connect(self.open_requested.emit)
        self.recent_label = QLabel(self.tr("Recent drafts"), self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent drafts"))
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent_label.setBuddy(self.recent)
        for widget in (title, intro, new_button, open_button, self.recent_label):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.recent)
        layout.addStretch(1)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}   ({Path(path).parent})", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, path)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
