"""The preferences window: name, language, automatic saving, spelling, text size."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.settings import Settings

FONT_SIZE_MIN = 8
FONT_SIZE_MAX = 24
# Each language is named in itself, so a user who cannot read the current one still finds theirs.
LANGUAGES = (("fr", "Français"), ("en", "English"))


def _hint(text: str, parent: QWidget) -> QLabel:
    # Normal colour, smaller size: a greyed hint would be too faint to read for many users.
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(max(font.pointSizeF() - 1, 7))
    label.setFont(font)
    return label


class PreferencesDialog(QDialog):
    """Edits a copy of the settings; `result_settings()` gives the new ones once accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)

        self.name_edit = QLineEdit(settings.user_name, self)
        name_hint = self.tr("Recorded as the author of your changes.")
        self.name_edit.setAccessibleDescription(name_hint)

        self.language_combo = QComboBox(self)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        language_hint = self.tr("Takes effect the next time the application starts.")
        self.language_combo.setAccessibleDescription(language_hint)

        self.autosave_check = QCheckBox(self.tr("&Save the file automatically"), self)
        self.autosave_check.setChecked(settings.autosave_file)
        autosave_hint = self.tr("The working state is always kept for recovery; this also saves the file itself "
                                "a few seconds after each change.")
        self.autosave_check.setAccessibleDescription(autosave_hint)

        self.reopen_check = QCheckBox(self.tr("&Reopen the last document at start"), self)
        self.reopen_check.setChecked(settings.reopen_last)
        self.spellcheck_check = QCheckBox(self.tr("Check &spelling"), self)
        self.spellcheck_check.setChecked(settings.spellcheck)
        self.markdown_check = QCheckBox(self.tr("Show the answers as &Markdown source, without formatting"), self)
        self.markdown_check.setChecked(settings.show_markdown)

        self.font_size_spin = QSpinBox(self)
        self.font_size_spin.setRange(FONT_SIZE_MIN, FONT_SIZE_MAX)
        self.font_size_spin.setSuffix(self.tr(" pt"))
        self.font_size_spin.setValue(settings.font_size)
        self.font_size_spin.setAccessibleDescription(self.tr("Size of the text of the answers, in points."))

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow("", _hint(name_hint, self))
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", _hint(language_hint, self))
        form.addRow("", self.autosave_check)
        form.addRow("", _hint(autosave_hint, self))
        form.addRow("", self.reopen_check)
        form.addRow("", self.spellcheck_check)
        form.addRow("", self.markdown_check)
        form.addRow(self.tr("&Text size:"), self.font_size_spin)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._blank_name_note = QLabel(self.tr("Enter your name to save the preferences."), self)
        self._blank_name_note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._blank_name_note)
        layout.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update_ok(self) -> None:
        # A disabled OK alone does not say why: the note says it in words.
        blank = not self.name_edit.text().strip()
        self.ok_button.setEnabled(not blank)
        self._blank_name_note.setVisible(blank)

    def accept(self) -> None:
        if self.name_edit.text().strip():
            super().accept()

    def result_settings(self) -> Settings:
        """New settings with the edited values; any other preference as it was."""
        return replace(
            self._settings,
            user_name=" ".join(self.name_edit.text().split()),
            language=self.language_combo.currentData(),
            autosave_file=self.autosave_check.isChecked(),
            spellcheck=self.spellcheck_check.isChecked(),
            reopen_last=self.reopen_check.isChecked(),
            show_markdown=self.markdown_check.isChecked(),
            font_size=self.font_size_spin.value(),
        )
