"""A dialog laid out as a list beside the detail of its chosen entry, closed by one button, fitted to the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSplitter, QVBoxLayout, QWidget

from dpi_consult.gui.screen_fit import fit_to_screen


def list_beside_detail(dialog: QDialog, entries: QWidget, detail: QWidget, above: QWidget | None = None) -> None:
    """`entries` on the left, `detail` on the right (the wider), `above` both when given, Close below."""
    splitter = QSplitter(dialog)
    splitter.addWidget(entries)
    splitter.addWidget(detail)
    splitter.setSizes([260, 740])
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    if above is not None:
        layout.addWidget(above)
    layout.addWidget(splitter, 1)
    layout.addWidget(buttons)
    dialog.resize(1000, 620)
    fit_to_screen(dialog)
