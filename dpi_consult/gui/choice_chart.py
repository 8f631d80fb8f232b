"""The members' choices on one question as horizontal bars, following the filters."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from dpi_consult.collective.tally import ChoiceCount

BAR_COLOUR = QColor("#2f6db5")
TRACK_COLOUR = QColor("#e4e9f0")
ROW_HEIGHT = 20


class ChoiceChart(QWidget):
    """One row per option: its label, a bar as long as its share of the members shown, and « n / total »."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: ChoiceCount | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Answers by option"))

    def set_counts(self, counts: ChoiceCount | None) -> None:
        self.counts = counts
        self.setAccessibleDescription("" if counts is None else "; ".join(counts.lines()))
        self.setToolTip("" if counts is None else "\n".join(counts.lines()))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        rows = 0 if self.counts is None else len(self.counts.counts)
        return QSize(240, rows * ROW_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if self.counts is None or not self.counts.counts:
            return
        painter = QPainter(self)
        metrics = self.fontMetrics()
        label_width = min(max(metrics.horizontalAdvance(label) for _id, label, _n in self.counts.counts) + 8,
                          self.width() // 3)
        total = max(self.counts.answered, 1)
        figure_width = metrics.horizontalAdvance(f" {total} / {total} ")
        bar_width = max(self.width() - label_width - figure_width, 10)
        for row, (_id, label, count) in enumerate(self.counts.counts):
            top = row * ROW_HEIGHT + 2
            text_rect = QRectF(0, top, label_width - 6, ROW_HEIGHT)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 6))
            track = QRectF(label_width, top + 4, bar_width, ROW_HEIGHT - 8)
            painter.fillRect(track, TRACK_COLOUR)
            painter.fillRect(QRectF(track.left(), track.top(), bar_width * count / total, track.height()), BAR_COLOUR)
            painter.drawText(QRectF(label_width + bar_width + 4, top, figure_width, ROW_HEIGHT),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             f"{count} / {self.counts.answered}")
        painter.end()
