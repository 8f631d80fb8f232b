"""What an import did to each file: imported, updated, duplicate or refused and why; sortable and copyable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.collective.collect import CollectReport, FileReport, Outcome
from dpi_consult.gui.screen_fit import fit_to_screen

COLUMNS = 4


class ImportReportDialog(QDialog):
    def __init__(self, report: CollectReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import report"))
        self.resize(900, 520)
        fit_to_screen(self)
        self.summary = QLabel(self.summary_text(), self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(len(report.files), COLUMNS, self)
        self.table.setAccessibleName(self.tr("Imported files"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Member"),
                                              self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, file_report in enumerate(report.files):
            cells = self.row_texts(file_report)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(file_report.path) if column == 0 else text)
                if file_report.outcome is Outcome.REFUSED:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(COLUMNS - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        header.setStretchLastSection(True)
        # No sort column before sorting is enabled: enabling it sorts at once by the header's indicator
        # (the first column, descending, by default), and the files should show in the order they were read.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table, self.copy_selection)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("&Copy the report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def outcome_label(self, outcome: Outcome) -> str:
        return {Outcome.IMPORTED: self.tr("imported"), Outcome.UPDATED: self.tr("updated"),
                Outcome.DUPLICATE: self.tr("duplicate"), Outcome.REFUSED: self.tr("refused")}[outcome]

    def row_texts(self, file_report: FileReport) -> list[str]:
        details = " ; ".join(part for part in (file_report.reason, *file_report.notes) if part)
        return [file_report.path.name, self.outcome_label(file_report.outcome), file_report.member, details]

    def summary_text(self) -> str:
        report = self.report
        # Each count agrees with its noun, as French writes it (0 and 1 singular): no "fichier(s)".
        parts = (self.tr("%n file(s)", "", len(report.files)),
                 self.tr("%n imported", "", report.count(Outcome.IMPORTED)),
                 self.tr("%n updated", "", report.count(Outcome.UPDATED)),
                 self.tr("%n duplicate(s)", "", report.count(Outcome.DUPLICATE)),
                 self.tr("%n refused", "", report.count(Outcome.REFUSED)),
                 self.tr("%n member(s)", "", report.members))
        text = self.tr("%1: %2, %3, %4, %5. The collective contribution now holds %6.")
        for number, part in enumerate(parts, start=1):
            text = text.replace(f"%{number}", part)
        return text

    def _rows_text(self, rows: list[int]) -> str:
        header = [self.table.horizontalHeaderItem(c).text() for c in range(COLUMNS)]
        lines = ["\t".join(header)]
        for row in rows:
            texts = [self.table.item(row, c).text() for c in range(COLUMNS)]
            texts[0] = self.table.item(row, 0).toolTip()  # the full path, so the file can be found again
            lines.append("\t".join(texts))
        return "\n".join(lines) + "\n"

    def report_text(self) -> str:
        """The summary and every row, in the table's current order, tab-separated for a spreadsheet."""
        return self.summary_text() + "\n\n" + self._rows_text(list(range(self.table.rowCount())))

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())

    def copy_selection(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        if rows:
            QGuiApplication.clipboard().setText(self._rows_text(rows))
