"""The warning shown before a share or a Word export when answers look like they hold personal data."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from dpi_consult.form.model import Form
from dpi_consult.personal_data import PersonalDataFinding

SHOWN = 15


class PersonalDataWarning(QMessageBox):
    """Lists question and excerpt of each finding; "Export anyway" or "Cancel" (the default)."""

    def __init__(self, form: Form, findings: Sequence[PersonalDataFinding], parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.NoButton, parent)
        self.setWindowTitle(self.tr("Possible personal data"))
        self.setTextFormat(Qt.TextFormat.RichText)
        items = []
        for finding in findings[:SHOWN]:
            question = form.question(finding.question_id)
            prompt = question.prompt if question is not None else finding.question_id
            items.append(f"<li><b>{escape(prompt)}</b> ({escape(finding.label)}) : « {escape(finding.excerpt)} »</li>")
        more = len(findings) - SHOWN
        tail = ""
        if more > 0:
            tail = "<p>" + escape(self.tr("And %1 more.").replace("%1", str(more))) + "</p>"
        intro = self.tr("Some answers seem to contain personal data (of patients or staff). Check them before "
                        "sending your contribution:")
        self.setText(f"<p>{escape(intro)}</p><ul>{''.join(items)}</ul>{tail}")
        self.export_button = self.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)

    def export_anyway(self) -> bool:
        self.exec()
        return self.clickedButton() is self.export_button


def confirm_personal_data(parent: QWidget, form: Form, findings: Sequence[PersonalDataFinding]) -> bool:
    """True when the user chooses to export anyway."""
    return PersonalDataWarning(form, findings, parent).export_anyway()
