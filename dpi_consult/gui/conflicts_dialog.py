"""The open merge conflicts, one at a time: both versions side by side, what each changed, and the choice to make."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.french_formats import french_moment
from dpi_consult.gui.changes_html import spans_html
from dpi_consult.gui.document import DraftDocument
from dpi_consult.gui.list_detail import list_beside_detail
from dpi_consult.gui.screen_fit import fit_to_screen
from dpi_consult.merge.report import conflict_lines
from dpi_consult.merge.resolve import ConflictSide, Keep, conflict_view, resolved_value

KEY_ROLE = Qt.ItemDataRole.UserRole


class ConflictsDialog(QDialog):
    """Keep one version, keep both one after the other, or write the combined text; each choice settles one
    conflict, and the list shrinks until none is left."""

    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Merge conflicts"))
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.side_labels = [QLabel(self), QLabel(self)]
        self.side_views = [QTextBrowser(self), QTextBrowser(self)]
        for label in self.side_labels:
            label.setWordWrap(True)
        self.keep_buttons = [QPushButton(self), QPushButton(self)]
        self.keep_buttons[0].clicked.connect(lambda: self.keep(Keep.FIRST))
        self.keep_buttons[1].clicked.connect(lambda: self.keep(Keep.SECOND))
        self.both_button = QPushButton(self.tr("Keep &both, one after the other"), self)
        self.both_button.clicked.connect(lambda: self.keep(Keep.BOTH))
        self.edit_button = QPushButton(self.tr("&Write the combined text…"), self)
        self.edit_button.clicked.connect(self.edit_combined)

        detail = QWidget(self)
        grid = QGridLayout(detail)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.warning, 1, 0, 1, 2)
        for column in (0, 1):
            grid.addWidget(self.side_labels[column], 2, column)
            grid.addWidget(self.side_views[column], 3, column)
            grid.addWidget(self.keep_buttons[column], 4, column)
        grid.setRowStretch(3, 1)
        row = QHBoxLayout()
        row.addWidget(self.both_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        grid.addLayout(row, 5, 0, 1, 2)
        legend = QLabel(self.tr("Against the text both copies started from: added words highlighted, removed words "
                                "struck through."), self)
        legend.setWordWrap(True)
        grid.addWidget(legend, 6, 0, 1, 2)

        list_beside_detail(self, self.list, detail)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for line in conflict_lines(self.document.form, self.document.draft):
            item = QListWidgetItem(f"{line.section_title}\n{line.prompt}" if line.section_title else line.prompt)
            item.setData(KEY_ROLE, line.key)
            item.setToolTip(line.line())
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self._show_current()

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def _side_title(self, side: ConflictSide) -> str:
        return self.tr("Version of %1, %2").replace("%1", side.author).replace("%2", french_moment(side.time))

    def _show_current(self) -> None:
        key = self.current_key()
        enabled = key is not None and key in self.document.draft.conflicts
        for widget in (*self.keep_buttons, self.both_button, self.edit_button):
            widget.setEnabled(enabled and not self.document.read_only)
        if not enabled:
            self.title.setText(self.tr("No conflict left to resolve."))
            self.warning.clear()
            for label, view in zip(self.side_labels, self.side_views, strict=True):
                label.clear()
                view.clear()
            return
        view = conflict_view(self.document.form, self.document.draft, key)
        self.title.setText(self.list.currentItem().toolTip())
        self.warning.setText(self.tr("This answer was changed after the merge: choosing a version replaces that "
                                     "change.") if view.edited_since else "")
        for index, side in enumerate((view.first, view.second)):
            self.side_labels[index].setText(self._side_title(side))
            self.side_views[index].setHtml(spans_html(side.changes))
            self.keep_buttons[index].setText(self.tr("Keep the version of %1").replace("%1", side.author))
        self.both_button.setVisible(view.paragraphs)
        self.edit_button.setVisible(view.paragraphs)

    def keep(self, keep: Keep) -> None:
        key = self.current_key()
        if key is None:
            return
        self._settle(key, resolved_value(self.document.form, self.document.draft, key, keep))

    def edit_combined(self) -> None:
        key = self.current_key()
        if key is None:
            return
        start = resolved_value(self.document.form, self.document.draft, key, Keep.BOTH)
        editor = CombinedTextDialog(start if isinstance(start, str) else "", self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self._settle(key, editor.text() or None)

    def _settle(self, key: str, value: object) -> None:
        row = self.list.currentRow()
        self.document.resolve_conflict(key, value)  # type: ignore[arg-type]
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._show_current()


class CombinedTextDialog(QDialog):
    """The text both versions make, one after the other, to rewrite into one (Markdown, as the answer stores it)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Combined text"))
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Both versions, one after the other: keep what should stay."), self))
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)
        fit_to_screen(self)

    def text(self) -> str:
        return self.editor.toPlainText().strip()
