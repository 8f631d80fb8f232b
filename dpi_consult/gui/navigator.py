"""The list of sections on the left, each with its progress, status and what to correct, updated live."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from dpi_consult.form.model import SectionKind
from dpi_consult.gui.document import DraftDocument
from dpi_consult.gui.labels import status_label
from dpi_consult.gui.look import style_selection

# Counting what to correct measures long answers: done once typing pauses, not at each keystroke.
PROBLEMS_DELAY_MS = 400


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
        self._problems: dict[str, int] = {}
        self._pending: set[str] = set()
        self._problem_timer = QTimer(self)
        self._problem_timer.setSingleShot(True)
        self._problem_timer.setInterval(PROBLEMS_DELAY_MS)
        self._problem_timer.timeout.connect(self.count_problems)
        self.currentRowChanged.connect(self._row_changed)

    def set_document(self, document: DraftDocument) -> None:
        self.document = document
        self.blockSignals(True)
        self.clear()
        self._section_ids = [section.id for section in document.form.sections]
        for _section in document.form.sections:
            QListWidgetItem(self)
        self.blockSignals(False)
        self._problems.clear()
        self._pending = set(self._section_ids)
        self.refresh_all()
        self._problem_timer.start()

    def refresh_all(self) -> None:
        if self.document is None:
            return
        for row, section in enumerate(self.document.form.sections):
            self._refresh_row(row, section.id)

    def refresh_section(self, section_id: str) -> None:
        if self.document is None:
            return
        self._pending.add(section_id)
        self._problem_timer.start()
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
        problems = self._problems.get(section_id, 0)
        if problems:
            detail += " · ⚠ " + self.tr("%1 to check").replace("%1", str(problems))
        item = self.item(row)
        item.setText(f"{section.display_title}\n{detail}")
        tip = self.tr("%1: %2 of %3 question answered") if answered <= 1 else self.tr("%1: %2 of %3 questions answered")
        tip = tip.replace("%1", section.display_title).replace("%2", str(answered)).replace("%3", str(total))
        if problems:
            more = self.tr("%1 answer to check (required and missing, too long or malformed)") if problems == 1 else \
                self.tr("%1 answers to check (required and missing, too long or malformed)")
            tip += "\n" + more.replace("%1", str(problems))
        item.setToolTip(tip)

    def problem_count(self, section_id: str) -> int:
        return self._problems.get(section_id, 0)

    def count_problems(self) -> None:
        """Count again what to correct in the sections changed since the last count, and show it."""
        self._problem_timer.stop()
        if self.document is None:
            self._pending.clear()
            return
        from dpi_consult.send_checks import section_problem_count

        pending, self._pending = self._pending, set()
        for row, section_id in enumerate(self._section_ids):
            if section_id in pending:
                count = section_problem_count(self.document.form, self.document.draft, section_id)
                if count != self._problems.get(section_id, 0):
                    self._problems[section_id] = count
                    self._refresh_row(row, section_id)

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
