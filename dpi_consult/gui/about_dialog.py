"""Aide > À propos: the version, the licence, the form the open document answers, and where files are kept."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from dpi_consult import __version__
from dpi_consult.crash_report import crash_dir
from dpi_consult.form.model import Form
from dpi_consult.gui.screen_fit import fit_to_screen
from dpi_consult.settings import data_dir, documents_dir, recovery_dir, settings_path

LICENCE = "EUPL-1.2"


class AboutDialog(QDialog):
    def __init__(self, form: Form, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About dpi-consult"))
        folders = [(self.tr("Drafts, by default"), documents_dir()), (self.tr("Program data"), data_dir()),
                   (self.tr("Recovery copies"), recovery_dir()), (self.tr("Crash reports"), crash_dir()),
                   (self.tr("Preferences"), settings_path())]
        rows = "".join(f"<tr><td style='padding-right:12px'>{escape(label)}</td><td>{escape(str(path))}</td></tr>"
                       for label, path in folders)
        text = self.tr(
            "<p><b>dpi-consult %1</b> — licence %2</p><p>Draft, bring together and export contributions to the "
            "CNIL public consultation on the electronic patient record (DPI).</p><p>Works offline: nothing you "
            "type leaves this computer unless you send the file yourself.</p><p>Form: %3, version %4.</p>"
            "<p>Where files are kept:</p>").replace("%1", __version__).replace("%2", LICENCE) \
            .replace("%3", escape(form.id)).replace("%4", escape(form.version))
        self.label = QLabel(text + f"<table>{rows}</table>", self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.resize(640, 360)
        fit_to_screen(self)
