"""Asking for the user's name at first start, since every change is recorded with its author."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class UserNameDialog(QDialog):
    """A name field with an explanation; OK stays disabled while the name is blank."""

    def __init__(self, parent: QWidget | None = None, current: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your name"))

        explanation = QLabel(self.tr(
            "Your name is recorded as the author of your changes, so colleagues can see who wrote what "
            "when drafts are brought together. You can change it later in the preferences."), self)
        explanation.setWordWrap(True)

        label = QLabel(self.tr("Your &name:"), self)
        self.name_edit = QLineEdit(current, self)
        self.name_edit.setPlaceholderText(self.tr("First name and last name"))
        label.setBuddy(self.name_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.name_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def name(self) -> str:
        """The name as typed, without surrounding spaces."""
        return " ".join(self.name_edit.text().split())

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name()))

    def accept(self) -> None:
        # Enter in the field must not get past a disabled OK.
        if self.name():
            super().accept()


def ask_user_name(parent: QWidget | None = None, current: str = "") -> str | None:
    """The name entered, trimmed; None when the user cancels."""
    dialog = UserNameDialog(parent, current)
    try:
        return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
