"""Every member's answer to one question, filtered, counted for choices, with the passage to insert."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.collective.tally import MemberFilter, answer_text, count_choices, filter_choices, member_answers
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.values import Value
from dpi_consult.form.identification import REGION, TYPE
from dpi_consult.form.model import Form, Question, QuestionKind

MEMBER_ROLE = Qt.ItemDataRole.UserRole


class MemberAnswersPane(QWidget):
    """`passage_chosen` carries the member and the text to insert: the selection, or the whole answer."""

    passage_chosen = Signal(object, str)  # MemberContribution, text

    def __init__(self, form: Form, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.members: list[MemberContribution] = []
        self.question: Question | None = None
        self.shown: list[tuple[MemberContribution, Value]] = []

        self.type_box = self._filter_box(self.tr("All respondent types"), TYPE, self.tr("Respondent type"))
        self.region_box = self._filter_box(self.tr("All regions"), REGION, self.tr("Region"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search members and answers"))
        self.search.setAccessibleName(self.tr("Search members and answers"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        filters = QHBoxLayout()
        for box in (self.type_box, self.region_box):
            # The longest type or region would otherwise leave no room for the search field.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)
            filters.addWidget(box, 1)
        self.search.setMinimumWidth(160)
        filters.addWidget(self.search, 2)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Type"), self.tr("Region"),
                                              self.tr("Answer")])
        self.table.setAccessibleName(self.tr("Members' answers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        # Members by name to start with (without it, enabling sorting would order them by name descending).
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 120)
        self.table.setColumnWidth(2, 120)
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.viewer = QPlainTextEdit(self)
        self.viewer.setReadOnly(True)
        self.viewer.setAccessibleName(self.tr("Answer of the selected member"))
        self.viewer.setPlaceholderText(self.tr("Select a member to read the whole answer, then select a passage."))
        self.viewer.selectionChanged.connect(self._update_buttons)
        self.insert_selection = QPushButton(self.tr("Insert the &selected passage"), self)
        self.insert_selection.clicked.connect(self._insert_selection)
        self.insert_whole = QPushButton(self.tr("Insert the &whole answer"), self)
        self.insert_whole.clicked.connect(self._insert_whole)
        buttons = QHBoxLayout()
        buttons.addWidget(self.insert_selection)
        buttons.addWidget(self.insert_whole)
        buttons.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        reader = QWidget(splitter)
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.viewer)
        reader_layout.addLayout(buttons)
        splitter.addWidget(reader)
        splitter.setSizes([320, 200])
        self.reader = reader

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _filter_box(self, everyone: str, question_id: str, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        box.addItem(everyone, "")
        for option_id, label in filter_choices(self.form, question_id):
            box.addItem(label, option_id)
        box.currentIndexChanged.connect(self.refresh)
        return box

    def set_members(self, members: list[MemberContribution]) -> None:
        self.members = members
        self.refresh()

    def set_question(self, question: Question) -> None:
        self.question = question
        # Passages are taken from long answers; for choices the table and the counts say everything.
        self.reader.setVisible(question.kind is QuestionKind.LONG_TEXT)
        self.refresh()

    def current_filter(self) -> MemberFilter:
        return MemberFilter(self.type_box.currentData() or "", self.region_box.currentData() or "",
                            self.search.text())

    def refresh(self) -> None:
        question = self.question
        if question is None:
            return
        everyone = member_answers(question, self.members)
        self.shown = member_answers(question, self.members, self.current_filter())
        self.table.setSortingEnabled(False)
        self.table.clearContents()
        self.table.setRowCount(len(self.shown))
        for row, (member, value) in enumerate(self.shown):
            cells = [member.label, self._option_label(TYPE, member), self._option_label(REGION, member),
                     _one_line(answer_text(question, value))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(MEMBER_ROLE, row)
                item.setToolTip(text if column < 3 else answer_text(question, value)[:2000])
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.summary.setText(self._summary(question, everyone))
        self.viewer.clear()
        self._update_buttons()

    def _summary(self, question: Question, everyone: list[tuple[MemberContribution, Value]]) -> str:
        answered = self.tr("%1 of %2 members answered; %3 shown.").replace("%1", str(len(everyone))) \
            .replace("%2", str(len(self.members))).replace("%3", str(len(self.shown)))
        if not question.kind.is_choice:
            return answered
        # Counted over the members shown, so that a filter by type or region gives that group's counts.
        counts = count_choices(question, self.shown)
        return answered + "\n" + "\n".join(counts.lines())

    def _option_label(self, question_id: str, member: MemberContribution) -> str:
        value = member.identity.get(question_id)
        question = self.form.question(question_id)
        if not isinstance(value, str) or question is None:
            return ""
        return question.option_label(value)

    def selected(self) -> tuple[MemberContribution, Value] | None:
        items = self.table.selectedItems()
        if not items:
            return None
        return self.shown[items[0].data(MEMBER_ROLE)]

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _show_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self.question is None:
            self.viewer.clear()
        else:
            self.viewer.setPlainText(answer_text(self.question, chosen[1]))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.insert_whole.setEnabled(chosen)
        self.insert_selection.setEnabled(chosen and self.viewer.textCursor().hasSelection())

    def _insert_selection(self) -> None:
        chosen = self.selected()
        # QPlainTextEdit marks paragraph breaks in a selection with U+2029.
        text = self.viewer.textCursor().selectedText().replace("\u2029", "\n")
        if chosen is not None and text.strip():
            self.passage_chosen.emit(chosen[0], text)

    def _insert_whole(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.question is not None:
            self.passage_chosen.emit(chosen[0], answer_text(self.question, chosen[1]))


def _one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
