"""A re-sent answer beside the version the coordinator dealt with, the words that changed marked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QTextBrowser, QWidget

from dpi_consult.gui.changes_html import spans_html
from dpi_consult.gui.screen_fit import fit_to_screen
from dpi_consult.word_changes import word_changes


class AnswerChangesDialog(QDialog):
    def __init__(self, member_label: str, old: str, new: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What %1 changed").replace("%1", member_label))
        self.resize(900, 520)
        fit_to_screen(self)
        before, after = word_changes(old, new)
        self.old_view = QTextBrowser(self)
        self.old_view.setAccessibleName(self.tr("Version dealt with"))
        self.old_view.setHtml(spans_html(before))
        self.new_view = QTextBrowser(self)
        self.new_view.setAccessibleName(self.tr("New version"))
        self.new_view.setHtml(spans_html(after))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QGridLayout(self)
        layout.addWidget(QLabel(self.tr("Version dealt with (removed words struck through)"), self), 0, 0)
        layout.addWidget(QLabel(self.tr("New version (added words highlighted)"), self), 0, 1)
        layout.addWidget(self.old_view, 1, 0)
        layout.addWidget(self.new_view, 1, 1)
        layout.addWidget(buttons, 2, 0, 1, 2)
