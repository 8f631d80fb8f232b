"""The choices before a Word export: template, which questions, and the annex of members' answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class ExportDialog(QDialog):
    def __init__(self, has_members: bool, template: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Word"))
        self.template_edit = QLineEdit(template, self)
        self.template_edit.setPlaceholderText(self.tr("Bundled template"))
        self.template_edit.setAccessibleName(self.tr("Word template"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(browse)
        self.answered_only = QRadioButton(self.tr("&Answered questions only"), self)
        self.all_questions = QRadioButton(self.tr("A&ll questions (“Pas de réponse.” where unanswered)"), self)
        self.answered_only.setChecked(True)
        self.annex = QCheckBox(self.tr("Add an &annex with the members’ answers"), self)
        self.annex.setEnabled(has_members)
        if not has_members:
            self.annex.setToolTip(self.tr("Only a collective draft holds members’ answers"))
        form = QFormLayout()
        # A row holding a layout gets no buddy from the form: the label is given its field, else "&" shows.
        template_label = QLabel(self.tr("&Template:"), self)
        template_label.setBuddy(self.template_edit)
        form.addRow(template_label, template_row)
        questions = QVBoxLayout()
        questions.addWidget(self.answered_only)
        questions.addWidget(self.all_questions)
        form.addRow(self.tr("Questions:"), questions)
        form.addRow("", self.annex)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        start = self.template_edit.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a Word template"), start,
                                              self.tr("Word documents and templates (*.docx *.dotx)"))
        if path:
            self.template_edit.setText(path)

    def template(self) -> str | None:
        return self.template_edit.text().strip() or None

    def include_all_questions(self) -> bool:
        return self.all_questions.isChecked()

    def include_annex(self) -> bool:
        return self.annex.isEnabled() and self.annex.isChecked()
