"""A non-modal window that searches every answer as you type and jumps to the one picked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.gui.screen_fit import fit_to_screen
from dpi_consult.search import SearchHit

DEBOUNCE_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchDialog(QDialog):
    """Type to search; Enter or double-click on a result emits `hit_activated` and keeps the window open,
    so the user can go through the results one after the other."""

    hit_activated = Signal(object)  # SearchHit

    def __init__(self, search: Callable[[str], list[SearchHit]], parent: QWidget | None = None,
                 limit: int | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._limit = limit
        self._last_query = ""
        self.setWindowTitle(self.tr("Search the answers"))
        self.setModal(False)
        self.resize(640, 480)
        fit_to_screen(self)

        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(self.tr("Search the answers"))
        self.query_edit.setAccessibleName(self.tr("Search the answers"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.installEventFilter(self)

        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)

        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(2)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.itemActivated.connect(self._activate_item)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Enter belongs to the search field and the results; it must never close the window.
        for button in buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.count_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.query_edit.textChanged.connect(lambda _text: self._timer.start())
        self.query_edit.returnPressed.connect(self._activate_current)
        self.refresh()

    def set_query(self, text: str) -> None:
        """Fill the field and search at once (e.g. with the editor's selection)."""
        self.query_edit.setText(text)
        self.refresh()

    def focus_query(self) -> None:
        """Bring the window forward with the query selected, ready to be typed over."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def hits(self) -> list[SearchHit]:
        return [self.results.item(row).data(HIT_ROLE) for row in range(self.results.count())]

    def refresh(self) -> None:
        """Search again now; call it also when the draft changed under an open window."""
        self._timer.stop()
        query = self.query_edit.text()
        hits = self._search(query) if query.strip() else []
        # The same query searched again (the draft changed) keeps the user's place in the results.
        row = max(self.results.currentRow(), 0) if query == self._last_query else 0
        self._last_query = query
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.section_title} — {hit.prompt}\n{hit.snippet}")
            item.setData(HIT_ROLE, hit)
            item.setToolTip(f"{hit.section_title}\n{hit.prompt}")
            self.results.addItem(item)
        self.count_label.setText(self._count_text(query, len(hits)))
        if hits:
            self.results.setCurrentRow(min(row, len(hits) - 1))

    def _count_text(self, query: str, count: int) -> str:
        if not query.strip():
            return self.tr("Type the words to find. Capitals and accents do not matter.")
        if count == 0:
            return self.tr("No results")
        if self._limit is not None and count >= self._limit:
            return self.tr("The first %1 results; type more words to narrow the search.").replace("%1", str(count))
        if count == 1:
            return self.tr("1 result")
        return self.tr("%1 results").replace("%1", str(count))

    def _activate_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.hit_activated.emit(hit)

    def _activate_current(self) -> None:
        # Results may be one keystroke behind the field: Enter searches first, then jumps.
        if self._timer.isActive():
            self.refresh()
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._activate_item(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (watched is self.query_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            if self._timer.isActive():
                self.refresh()
            if self.results.count():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)
