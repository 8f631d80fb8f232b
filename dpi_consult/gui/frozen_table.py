"""A table whose first column stays in place while the others scroll sideways (who a row is about)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class FrozenColumnTableView(QTableView):
    """Qt's frozen-column pattern: a second view over the first column, sharing model, selection and scrolling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozenColumn")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setStyleSheet("QTableView#frozenColumn { border: none; border-right: 1px solid palette(mid); }")
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.verticalHeader().sectionResized.connect(lambda row, _old, new: self.frozen.setRowHeight(row, new))
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        # Sorting from the frozen header sorts the whole table.
        self.frozen.horizontalHeader().sectionClicked.connect(
            lambda column: self.sortByColumn(column, self._next_order(column)))

    def _next_order(self, column: int) -> Qt.SortOrder:
        header = self.horizontalHeader()
        if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
            return Qt.SortOrder.DescendingOrder
        return Qt.SortOrder.AscendingOrder

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt override)
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        self.frozen.setSelectionBehavior(self.selectionBehavior())
        if model is not None:
            model.modelReset.connect(self._hide_other_columns)
            model.layoutChanged.connect(self._hide_other_columns)
        self._hide_other_columns()
        self.frozen.doubleClicked.connect(self.doubleClicked.emit)

    def _hide_other_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        for column in range(1, model.columnCount()):
            self.frozen.setColumnHidden(column, True)
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        self.frozen.horizontalHeader().setSortIndicatorShown(self.horizontalHeader().isSortIndicatorShown())
        self._place()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column == 0:
            self.frozen.setColumnWidth(0, new)
            self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place()

    def scrollTo(self, index: QModelIndex,  # noqa: N802 (Qt override)
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        # The frozen column hides what is under it: never scroll sideways to show a cell of column 0.
        if index.column() > 0:
            super().scrollTo(index, hint)

    def _place(self) -> None:
        frame = self.frameWidth()
        self.frozen.setGeometry(self.verticalHeader().width() + frame, frame, self.columnWidth(0),
                                self.viewport().height() + self.horizontalHeader().height())
