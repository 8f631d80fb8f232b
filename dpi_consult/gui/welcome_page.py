"""The start page: a new contribution, open one, or one of the recent documents with whose it is and how far along."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.gui.look import ACCENT, HELP_TEXT, set_font, style_section_title, style_selection
from dpi_consult.recent_documents import started_from_kit
from dpi_consult.ui_state import RecentDocument

# A double click is a click then an activation: one request, not two.
REQUEST_DEBOUNCE_S = 0.5
ITEM_PADDING = 8


class RecentDocumentDelegate(QStyledItemDelegate):
    """The first line (whose document it is) in bold, the details below it in a quieter colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        # The item's own text: the style option has turned its line ends into line separators.
        lines = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n")
        option.text = ""
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        painter.save()
        area = option.rect.adjusted(ITEM_PADDING, ITEM_PADDING // 2, -ITEM_PADDING, 0)
        for number, line in enumerate(lines):
            font = QFont(option.font)
            font.setBold(number == 0)
            painter.setFont(font)
            colour = option.palette.highlightedText().color() if selected else (
                QColor(ACCENT) if number == 0 else QColor(HELP_TEXT))
            if not enabled:
                colour = option.palette.color(option.palette.ColorGroup.Disabled, option.palette.ColorRole.Text)
            painter.setPen(colour)
            height = QFontMetrics(font).height()
            painter.drawText(QRect(area.left(), area.top(), area.width(), height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             QFontMetrics(font).elidedText(line, Qt.TextElideMode.ElideMiddle, area.width()))
            area.setTop(area.top() + height)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt override)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        lines = str(index.data(Qt.ItemDataRole.DisplayRole) or "").count("\n") + 1
        bold = QFont(option.font)
        bold.setBold(True)
        height = QFontMetrics(bold).height() + (lines - 1) * QFontMetrics(option.font).height()
        return QSize(200, height + ITEM_PADDING)


class WelcomePage(QScrollArea):
    new_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(48, 40, 48, 24)
        layout.setSpacing(12)
        title = QLabel(self.tr("Contribution to the CNIL consultation on the patient record"), body)
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        style_section_title(title)
        self.intro = QLabel(self.tr("Draft your answers sheet by sheet, offline. Nobody has to answer every "
                                    "question: answer the sheets that concern you."), body)
        self.intro.setWordWrap(True)
        # Word-wrapped labels take the page's width: aligned left they would keep their first width and be cut.
        layout.addWidget(title)
        layout.addWidget(self.intro)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New contribution"), body)
        self.open_button = QPushButton(self.tr("Open a document…"), body)
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button.clicked.connect(self.open_requested.emit)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.recent_label = QLabel(self.tr("Recent documents"), body)
        set_font(self.recent_label, bold=True)
        self.recent = QListWidget(body)
        self.recent.setItemDelegate(RecentDocumentDelegate(self.recent))
        self.recent.setMouseTracking(True)
        style_selection(self.recent)
        self.recent.setAccessibleName(self.tr("Recent documents"))
        self.recent.setSpacing(2)
        self.recent.setMinimumHeight(160)
        self.recent.itemClicked.connect(self._request)
        self.recent.itemActivated.connect(self._request)
        self.recent_label.setBuddy(self.recent)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        self.setWidget(body)
        self._entries: list[RecentDocument] = []
        self._reachable: dict[str, bool] = {}
        self._last_request = (0.0, "")

    def set_recent(self, entries: list[RecentDocument]) -> None:
        self._entries = list(entries)
        self.recent.clear()
        for entry in self._entries:
            item = QListWidgetItem(self.recent)
            item.setData(Qt.ItemDataRole.UserRole, entry.path)
            self._describe(item, entry)
        self.recent.setVisible(bool(entries))
        self.recent_label.setVisible(bool(entries))

    def set_reachable(self, path: str, reachable: bool) -> None:
        """A document opens from the list only once its drive has answered that it is there."""
        self._reachable[path] = reachable
        for row, entry in enumerate(self._entries):
            if entry.path == path:
                self._describe(self.recent.item(row), entry)

    def item_for(self, path: str) -> QListWidgetItem | None:
        rows = [row for row, entry in enumerate(self._entries) if entry.path == path]
        return self.recent.item(rows[0]) if rows else None

    def _describe(self, item: QListWidgetItem, entry: RecentDocument) -> None:
        reachable = self._reachable.get(entry.path)
        lines = [self._title(entry), self._detail(entry)]
        if reachable is None:
            lines.append(self.tr("Checking that the file is there…"))
        elif not reachable:
            lines.append(self.tr("Unavailable: the file was moved or deleted, or its drive does not answer"))
        lines.append(str(Path(entry.path).parent))
        item.setText("\n".join(line for line in lines if line))
        item.setToolTip(entry.path)
        flags = item.flags()
        item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if reachable else flags & ~Qt.ItemFlag.ItemIsEnabled)

    def _title(self, entry: RecentDocument) -> str:
        name = Path(entry.path).name
        if entry.is_kit:
            kit = self.tr("Kit sent by %1").replace("%1", entry.organisation) if entry.organisation else self.tr("Kit")
            return f"{kit} — {name}"
        return f"{entry.organisation} — {name}" if entry.organisation else name

    def _detail(self, entry: RecentDocument) -> str:
        if entry.is_kit:
            text = self.tr("Opening it starts a new contribution.")
            started = started_from_kit(self._entries, entry)
            if started:
                text += " " + self.tr("Already started from it: %1").replace(
                    "%1", ", ".join(Path(draft.path).name for draft in started))
            return text
        parts = []
        if entry.kind == "collective":
            parts.append(self.tr("Collective contribution"))
        saved = QDateTime.fromString(entry.saved_at or "", Qt.DateFormat.ISODate)
        if saved.isValid():
            local, locale = saved.toLocalTime(), QLocale()
            parts.append(self.tr("saved on %1 at %2").replace("%1", locale.toString(local.date(), "d MMMM yyyy"))
                         .replace("%2", locale.toString(local.time(), "HH:mm")))
        if entry.answered is not None and entry.total is not None:
            progress = self.tr("%1 of %2 question answered") if entry.answered <= 1 else \
                self.tr("%1 of %2 questions answered")
            parts.append(progress.replace("%1", str(entry.answered)).replace("%2", str(entry.total)))
        text = " · ".join(parts)
        return text[:1].upper() + text[1:]

    def _request(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        now = time.monotonic()
        last_time, last_path = self._last_request
        if path == last_path and now - last_time < REQUEST_DEBOUNCE_S:
            return
        self._last_request = (now, path)
        self.recent_requested.emit(path)
