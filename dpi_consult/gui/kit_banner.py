"""The banner of a member's draft started from a kit: federation, deadline and the annex naming question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dpi_consult.gui.document import DraftDocument

# Stored values of draft.annex_naming, in the order of the drop-down list.
NAMING_VALUES: tuple[bool | None, ...] = (None, True, False)


class KitBanner(QFrame):
    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        kit = document.draft.kit
        assert kit is not None
        self.setObjectName("kitBanner")
        self.setStyleSheet("#kitBanner { background: #eef4fb; border-bottom: 1px solid #9db8d9; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        self.heading = QLabel(kit.heading, self)
        self.heading.setObjectName("kitHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        if kit.federation_email:
            contact = QLabel(self.tr("Questions to the federation: %1").replace("%1", kit.federation_email), self)
            contact.setTextFormat(Qt.TextFormat.PlainText)
            contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(contact)
        row = QHBoxLayout()
        question = QLabel(self.tr("May the federation name you in the annex of its contribution?"), self)
        question.setWordWrap(True)
        self.naming = QComboBox(self)
        self.naming.addItems([self.tr("No answer (anonymous)"), self.tr("Yes"), self.tr("No (anonymous)")])
        self.naming.setAccessibleName(self.tr("Naming in the federation’s annex"))
        question.setBuddy(self.naming)
        self.naming.setCurrentIndex(NAMING_VALUES.index(document.draft.annex_naming))
        self.naming.currentIndexChanged.connect(lambda index: document.set_annex_naming(NAMING_VALUES[index]))
        row.addWidget(question, 1)
        row.addWidget(self.naming)
        layout.addLayout(row)
