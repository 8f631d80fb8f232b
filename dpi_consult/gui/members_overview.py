"""Contributions > Vue d’ensemble des membres: members by sheets, sortable and filtered, and who left a sheet blank."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.collective.matrix import Matrix, answer_matrix, section_short_name
from dpi_consult.draft.member import MemberContribution, normalised_name
from dpi_consult.form.identification import REGION, TYPE
from dpi_consult.form.model import Form
from dpi_consult.gui.document import DraftDocument
from dpi_consult.gui.frozen_table import FrozenColumnTableView
from dpi_consult.gui.screen_fit import fit_to_screen

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
FIRST_COUNT = 3  # member, type, region, then one column per sheet, then the total
# Widest the name, type and region columns start at: the counts must stay in view; the full text is in the tooltip.
TEXT_WIDTHS = (240, 170, 120)


def identity_label(form: Form, member: MemberContribution, question_id: str) -> str:
    value = member.identity.get(question_id)
    question = form.question(question_id)
    if isinstance(value, str):
        return question.option_label(value) if question is not None and question.kind.is_choice else value
    if isinstance(value, list):
        return ", ".join(question.option_label(v) if question is not None else v for v in value)
    return "" if value is None else str(value)


class MatrixModel(QAbstractTableModel):
    """One row per member, then a totals row (the totals of the rows the filter shows, set by the dialog)."""

    def __init__(self, form: Form, matrix: Matrix, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = matrix
        self.texts = [(row.member.label, identity_label(form, row.member, TYPE),
                       identity_label(form, row.member, REGION)) for row in matrix.rows]
        self.keys = [tuple(normalised_name(text) for text in texts) for texts in self.texts]
        self.totals: tuple[int, ...] = (*matrix.column_totals, matrix.total)
        self.totals_label = self.tr("Total")
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def totals_row(self) -> int:
        return len(self.matrix.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(self.matrix.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else FIRST_COUNT + len(self.matrix.sections) + 1

    def value(self, row: int, column: int) -> str | int:
        if row == self.totals_row:
            if column < FIRST_COUNT:
                return self.totals_label if column == 0 else ""
            return self.totals[column - FIRST_COUNT]
        if column < FIRST_COUNT:
            return self.texts[row][column]
        matrix_row = self.matrix.rows[row]
        counts = matrix_row.counts
        return counts[column - FIRST_COUNT] if column - FIRST_COUNT < len(counts) else matrix_row.total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column < FIRST_COUNT:
            return self.value(row, column) or None
        if role == SORT_ROLE:
            # Names without case or accents; counts as numbers, so that 10 comes after 9.
            if column < FIRST_COUNT and row != self.totals_row:
                return self.keys[row][column]
            return self.value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIRST_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row == self.totals_row:
            return self._bold
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        sections = self.matrix.sections
        if role == Qt.ItemDataRole.DisplayRole:
            if section < FIRST_COUNT:
                return [self.tr("Member"), self.tr("Type"), self.tr("Region")][section]
            index = section - FIRST_COUNT
            return section_short_name(sections[index]) if index < len(sections) else self.tr("Total")
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_COUNT <= section < FIRST_COUNT + len(sections):
            return sections[section - FIRST_COUNT].display_title
        return None

    def set_totals(self, totals: tuple[int, ...]) -> None:
        self.totals = totals
        self.dataChanged.emit(self.index(self.totals_row, 0), self.index(self.totals_row, self.columnCount() - 1))


class MatrixFilter(QSortFilterProxyModel):
    """Filters members by name, type or region; the totals row stays last whatever the sort."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needle = ""
        self.setSortRole(SORT_ROLE)

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later; invalidateRowsFilter is deprecated there
            self.beginFilterChange()
            self.needle = normalised_name(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.needle = normalised_name(text)
            self.invalidateRowsFilter()

    def accepts(self, source_row: int) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MatrixModel)
        if source_row == model.totals_row or not self.needle:
            return True
        return any(self.needle in key for key in model.keys[source_row])

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 (Qt override)
        return self.accepts(source_row)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 (Qt override)
        totals_row = self.sourceModel().totals_row  # type: ignore[attr-defined]
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        if left.row() == totals_row:
            return not ascending
        if right.row() == totals_row:
            return ascending
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a == b:
            return left.row() < right.row()  # ties stay in collection order
        return a < b


class MembersOverview(QDialog):
    """A window of its own, kept open beside the draft and refreshed when members are imported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Members overview"))
        self.resize(1240, 680)
        fit_to_screen(self)
        self.form: Form | None = None
        self.model: MatrixModel | None = None
        self.proxy = MatrixFilter(self)
        self.member_dialog: QDialog | None = None

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by member name, type or region"))
        self.filter_edit.setAccessibleName(self.tr("Filter the members"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.shown_label = QLabel(self)

        # The member's name stays in view while the sheets scroll sideways.
        self.table = FrozenColumnTableView(self)
        self.table.setAccessibleName(self.tr("Questions answered by each member, sheet by sheet"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.setToolTip(self.tr("Double-click a member to read its answers"))
        self.table.doubleClicked.connect(self._open_member)

        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.currentIndexChanged.connect(self._refresh_missing)
        self.missing_label = QLabel(self)
        self.missing_list = QListWidget(self)
        self.missing_list.setAccessibleName(self.tr("Members who have not answered this sheet"))
        self.missing_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        copy_missing = QPushButton(self.tr("&Copy the list"), self)
        copy_missing.clicked.connect(self.copy_missing)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.shown_label)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        sheet_label = QLabel(self.tr("Members without an answer to:"), side)
        sheet_label.setBuddy(self.sheet_combo)
        side_layout.addWidget(sheet_label)
        side_layout.addWidget(self.sheet_combo)
        side_layout.addWidget(self.missing_label)
        side_layout.addWidget(self.missing_list, 1)
        side_layout.addWidget(copy_missing)
        # Members the kit was prepared for who have sent nothing yet (only when kits listed members).
        self.silent_label = QLabel(side)
        self.silent_label.setWordWrap(True)
        self.silent_list = QListWidget(side)
        self.silent_list.setAccessibleName(self.tr("Expected members who have sent nothing"))
        side_layout.addWidget(self.silent_label)
        side_layout.addWidget(self.silent_list, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([980, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def member_at(self, proxy_row: int) -> MemberContribution | None:
        if self.model is None:
            return None
        row = self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()
        return self.model.matrix.rows[row].member if 0 <= row < len(self.model.matrix.rows) else None

    def _open_member(self, index: QModelIndex) -> None:
        member = self.member_at(index.row())
        if member is not None and self.form is not None:
            from dpi_consult.gui.member_answers_dialog import MemberAnswersDialog

            self.member_dialog = MemberAnswersDialog(self.form, member, self)
            self.member_dialog.show()

    def set_document(self, document: DraftDocument | None) -> None:
        """Show the members of `document` (again, after an import); None closes the window."""
        if document is None:
            self.model = None
            self.proxy.setSourceModel(None)
            self.hide()
            return
        self.form = document.form
        members = document.draft.members
        self._show_silent(document, members)
        matrix = answer_matrix(document.form, members)
        self.model = MatrixModel(document.form, matrix, self)
        self.proxy.setSourceModel(self.model)
        header = self.table.horizontalHeader()
        # Widths from the header texts, not resizeColumnsToContents: that asks the model for every cell
        # (0.4 s for 1,000 members), and the counts are never wider than their header and the sort arrow.
        metrics = header.fontMetrics()
        for column in range(self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = metrics.horizontalAdvance(text) + 2 * metrics.averageCharWidth() + 12
            self.table.setColumnWidth(column, TEXT_WIDTHS[column] if column < FIRST_COUNT else max(width, 36))
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        current = self.sheet_combo.currentData()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for section in matrix.sections:
            self.sheet_combo.addItem(section.display_title, section.id)
        found = self.sheet_combo.findData(current)
        self.sheet_combo.setCurrentIndex(max(found, 0))
        self.sheet_combo.blockSignals(False)
        self._filter_changed(self.filter_edit.text())

    def _show_silent(self, document: DraftDocument, members: list[MemberContribution]) -> None:
        from dpi_consult.collective.expected import members_without_contribution

        kit = document.draft.kit
        expected = len(kit.members) if kit is not None else 0
        silent = members_without_contribution(document.draft, members)
        self.silent_label.setVisible(expected > 0)
        self.silent_list.setVisible(expected > 0)
        self.silent_label.setText(self.tr("Have sent nothing: %1 of the %2 members the kits were prepared for")
                                  .replace("%1", str(len(silent))).replace("%2", str(expected)))
        self.silent_list.clear()
        for member in silent:
            self.silent_list.addItem(f"{member.name} ({member.finess})" if member.finess else member.name)

    def visible_rows(self) -> list[int]:
        """Source rows of the members the filter shows, in the table's order (the totals row left out)."""
        assert self.model is not None
        rows = [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount())]
        return [r for r in rows if r != self.model.totals_row]

    def _filter_changed(self, text: str) -> None:
        if self.model is None:
            return
        self.proxy.set_needle(text)
        rows = self.visible_rows()
        matrix_rows = self.model.matrix.rows
        width = len(self.model.matrix.sections)
        columns = tuple(sum(matrix_rows[r].counts[i] for r in rows) for i in range(width))
        self.model.set_totals((*columns, sum(columns)))
        self.shown_label.setText(self.tr("%1 of %2 members shown").replace("%1", str(len(rows)))
                                 .replace("%2", str(len(matrix_rows))))
        self._refresh_missing()

    def missing_members(self) -> list[MemberContribution]:
        """Members the filter shows who answered no question of the chosen sheet, in collection order."""
        section_id = self.sheet_combo.currentData()
        if self.model is None or section_id is None:
            return []
        shown = {id(self.model.matrix.rows[r].member) for r in self.visible_rows()}
        return [m for m in self.model.matrix.without_answer(section_id) if id(m) in shown]

    def _refresh_missing(self) -> None:
        members = self.missing_members()
        self.missing_list.clear()
        self.missing_list.addItems([m.label for m in members])
        self.missing_label.setText(self.tr("%n member(s)", "", len(members)))

    def copy_missing(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(m.label for m in self.missing_members()) + "\n")
