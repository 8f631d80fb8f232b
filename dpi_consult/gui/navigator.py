"""The list of sections on the left, each with its progress and status, updated live."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from dpi_consult.form.model import SectionKind
from dpi_consult.gui.document import DraftDocument
from dpi_consult.gui.labels import status_label
from dpi_consult.gui.look import style_selection


class SectionNavigator(QListWidget):
    section_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Sections of the form"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(False)
        # Titles wrap to the pane's width; Adjust re-lays the items out when the splitter moves.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(3)
        style_selection(self)
        self.document: DraftDocument | None = None
        self._section_ids: list[str] = []
        self.currentRowChanged.connect(self._row_changed)

    def set_document(self, document: DraftDocument) -> None:
        self.document = document
        self.blockSignals(True)
        self.clear()
        self._section_ids = [section.id for section in document.form.sections]
        for _section in document.form.sections:
            QListWidgetItem(self)
        self.blockSignals(False)
        self.refresh_all()

    def refresh_all(self) -> None:
        if self.document is None:
            return
        for row, section in enumerate(self.document.form.sections):
            self._refresh_row(row, section.id)

    def refresh_section(self, section_id: str) -> None:
        if self.document is None:
            return
        for row, section in enumerate(self.document.form.sections):
            if section.id == section_id:
                self._refresh_row(row, section_id)
                return

    def _refresh_row(self, row: int, section_id: str) -> None:
        assert self.document is not None
        section = self.document.form.section(section_id)
        assert section is not None
        answered, total = self.document.draft.answered_count(self.document.form, section_id)
        detail = f"{answered}/{total}"
        if section.kind is not SectionKind.IDENTIFICATION:
            detail += " · " + status_label(self.document.status(section_id))
        item = self.item(row)
        item.setText(f"{section.display_title}\n{detail}")
        tip = self.tr("%1: %2 of %3 question answered") if answered <= 1 else self.tr("%1: %2 of %3 questions answered")
        item.setToolTip(tip.replace("%1", section.display_title).replace("%2", str(answered)).replace("%3", str(total)))

    def section_at(self, row: int) -> str | None:
        return self._section_ids[row] if 0 <= row < len(self._section_ids) else None

    def select_section(self, section_id: str) -> None:
        for row in range(self.count()):
            if self.section_at(row) == section_id:
                self.setCurrentRow(row)
                return

    def step(self, delta: int) -> None:
        row = self.currentRow() + delta
        if 0 <= row < self.count():
            self.setCurrentRow(row)

    def _row_changed(self, row: int) -> None:
        section_id = self.section_at(row)
        if section_id is not None:
            self.section_chosen.emit(section_id)
