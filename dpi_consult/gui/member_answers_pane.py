"""Every member's answer to one question, grouped when alike, filtered, with what is left to deal with."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.collective.consolidation import AnswerState
from dpi_consult.collective.question_answers import GroupRow, QuestionAnswers, handled_one_by_one
from dpi_consult.collective.tally import MemberFilter, count_choices, filter_choices
from dpi_consult.draft.answer_text import answer_text
from dpi_consult.draft.consolidation import QuestionWork
from dpi_consult.draft.member import MemberContribution
from dpi_consult.form.identification import REGION, TYPE
from dpi_consult.form.model import Form, Question, QuestionKind
from dpi_consult.gui.answer_reader import AnswerReader
from dpi_consult.gui.choice_chart import ChoiceChart
from dpi_consult.markdown import parse, to_plain_text

ROW_ROLE = Qt.ItemDataRole.UserRole
ATTRIBUTE_KEYS = "Ctrl+Return"


class MemberAnswersPane(QWidget):
    """The coordinator picks answers here; the collective pane does what is asked with them."""

    passage_chosen = Signal(list, str)  # the members who wrote it, the Markdown to insert
    attribute_requested = Signal(list)  # members, for the paragraph under the collective answer's cursor
    set_aside_requested = Signal(list)
    unhandle_requested = Signal(list)
    changes_requested = Signal(object)  # MemberContribution
    filters_changed = Signal()  # type, region or words: the themes' counts follow them

    def __init__(self, form: Form, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.members: list[MemberContribution] = []
        self.question: Question | None = None
        self.answers: QuestionAnswers | None = None
        self.work = QuestionWork()
        self.current: dict[str, str] = {}
        self.rows: list[GroupRow] = []
        # Grouping a large question takes a few hundred milliseconds: once per question and set of members.
        self._grouped: dict[str, QuestionAnswers] = {}
        self.theme_members: frozenset[str] | None = None

        self.type_box = self._filter_box(self.tr("All respondent types"), TYPE, self.tr("Respondent type"))
        self.region_box = self._filter_box(self.tr("All regions"), REGION, self.tr("Region"))
        self.state_box = QComboBox(self)
        self.state_box.setAccessibleName(self.tr("Answers shown"))
        for label, states in ((self.tr("All answers"), None),
                              (self.tr("Left to deal with"), (AnswerState.TO_HANDLE, AnswerState.NEW_VERSION)),
                              (self.tr("To deal with"), (AnswerState.TO_HANDLE,)),
                              (self.tr("New versions"), (AnswerState.NEW_VERSION,)),
                              (self.tr("Dealt with"), (AnswerState.HANDLED,))):
            self.state_box.addItem(label, states)
        self.state_box.currentIndexChanged.connect(self.refresh)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search members and answers"))
        self.search.setAccessibleName(self.tr("Search members and answers"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.search.textChanged.connect(self.filters_changed)
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for column, box in enumerate((self.type_box, self.region_box, self.state_box)):
            # The longest type or region would otherwise push the other filters out of a laptop's screen.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
            filters.addWidget(box, 0, column)
        filters.addWidget(self.search, 1, 0, 1, 3)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = ChoiceChart(self)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Members"), self.tr("Count"), self.tr("State"),
                                              self.tr("Answer")])
        self.table.setAccessibleName(self.tr("Members' answers, alike ones grouped"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # One line per group: more groups in view on a laptop's screen.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # Largest groups first, as grouped, until the coordinator sorts on a column.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (1, 50), (2, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.shown_member = QComboBox(self)
        self.shown_member.setAccessibleName(self.tr("Answer shown"))
        self.shown_member.currentIndexChanged.connect(self._show_member_text)
        self.group_members = QLabel(self)
        self.group_members.setWordWrap(True)
        self.group_members.setTextFormat(Qt.TextFormat.PlainText)
        self.reader = AnswerReader(self)
        self.reader.selectionChanged.connect(self._update_buttons)

        self.insert_selection = self._button(self.tr("Insert the &selected passage"), self._insert_selection)
        self.insert_whole = self._button(self.tr("Insert the &whole answer"), self._insert_whole)
        self.attribute_button = self._button(self.tr("&Attribute to the paragraph"), self.attribute)
        self.attribute_button.setToolTip(self.tr(
            "The selected answers support the paragraph under the cursor of the collective answer (%1)")
            .replace("%1", QKeySequence(ATTRIBUTE_KEYS).toString(QKeySequence.SequenceFormat.NativeText)))
        self.aside_button = self._button(self.tr("Set &aside"), lambda: self.set_aside_requested.emit(
            self.selected_members()))
        self.aside_button.setToolTip(self.tr("Read, and deliberately left out of the collective answer"))
        self.unhandle_button = self._button(self.tr("Back to &do"), lambda: self.unhandle_requested.emit(
            self.selected_members()))
        self.changes_button = self._button(self.tr("What &changed…"), self._show_changes)
        self.changes_button.setToolTip(self.tr("The new version beside the one dealt with, word by word"))
        take_row = QHBoxLayout()
        for button in (self.insert_selection, self.insert_whole, self.attribute_button):
            take_row.addWidget(button)
        take_row.addStretch(1)
        state_row = QHBoxLayout()
        for button in (self.aside_button, self.unhandle_button, self.changes_button):
            state_row.addWidget(button)
        state_row.addStretch(1)

        self.reading = QWidget(self)
        reading_layout = QVBoxLayout(self.reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        shown_row = QHBoxLayout()
        shown_row.addWidget(QLabel(self.tr("Text of:"), self.reading))
        shown_row.addWidget(self.shown_member, 1)
        reading_layout.addLayout(shown_row)
        reading_layout.addWidget(self.group_members)
        reading_layout.addWidget(self.reader, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.reading)
        self.splitter.setSizes([260, 240])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(take_row)
        layout.addLayout(state_row)
        self._update_buttons()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _filter_box(self, everyone: str, question_id: str, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        box.addItem(everyone, "")
        for option_id, label in filter_choices(self.form, question_id):
            box.addItem(label, option_id)
        box.currentIndexChanged.connect(self.refresh)
        box.currentIndexChanged.connect(self.filters_changed)
        return box

    # ----- what is shown
    def set_members(self, members: list[MemberContribution]) -> None:
        self.members = members
        self._grouped.clear()
        self.answers = None if self.question is None else self._answers_to(self.question)
        self.refresh()

    def _answers_to(self, question: Question) -> QuestionAnswers:
        answers = self._grouped.get(question.id)
        if answers is None:
            answers = self._grouped[question.id] = QuestionAnswers(question, self.members)
        return answers

    def set_question(self, question: Question) -> None:
        self.question = question
        self.theme_members = None
        self.answers = self._answers_to(question)
        is_text = handled_one_by_one(question)
        # Passages are taken from long answers, each dealt with in turn; choices and figures are counted,
        # and the groups, counts and chart say everything.
        self.reading.setVisible(is_text)
        for widget in (self.insert_selection, self.insert_whole, self.attribute_button, self.aside_button,
                       self.unhandle_button, self.changes_button, self.state_box):
            widget.setVisible(is_text)
        self.table.setColumnHidden(2, not is_text)
        if not is_text:
            self.state_box.setCurrentIndex(0)
        self.chart.setVisible(question.kind.is_choice)
        self.refresh()

    def set_work(self, work: QuestionWork, current: dict[str, str]) -> None:
        """The question's consolidation as it stands: states and passages already taken follow it."""
        states_unchanged = work.handled == self.work.handled and current == self.current and \
            [p.sources for p in work.paragraphs] == [p.sources for p in self.work.paragraphs]
        self.work = work
        self.current = current
        if states_unchanged:
            # Only the collective answer's words moved (typing): the marks « déjà repris » may have.
            self._show_member_text()
        else:
            self.refresh()

    def base_filter(self) -> MemberFilter:
        """The filters the coordinator set here: respondent type, region, words."""
        return MemberFilter(self.type_box.currentData() or "", self.region_box.currentData() or "",
                            self.search.text())

    def current_filter(self) -> MemberFilter:
        """The filters, and the theme whose answers are read when one is chosen."""
        return replace(self.base_filter(), members=self.theme_members)

    def show_theme(self, member_ids: frozenset[str] | None) -> None:
        """Only these members' answers (a theme's), or everyone's with None."""
        if member_ids != self.theme_members:
            self.theme_members = member_ids
            self.refresh()

    def refresh(self) -> None:
        question, answers = self.question, self.answers
        if question is None or answers is None:
            return
        selected = {self.rows[i].group.members[0].member_id for i in self._selected_rows()}
        self.rows = answers.rows(self.current_filter(), self.work, self.current, self.state_box.currentData())
        self.table.setSortingEnabled(False)
        self.table.clearContents()
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            first = row.members[0].label
            members = first if len(row.members) == 1 else self.tr("%1 and %2 others").replace("%1", first) \
                .replace("%2", str(len(row.members) - 1))
            plain = " ".join(self._plain(row.answers[0]).split())
            cells: list[str | int] = [members, len(row.members), self._state_text(row), plain[:300]]
            for column, value in enumerate(cells):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setData(ROW_ROLE, number)
                item.setToolTip(", ".join(m.label for m in row.members) if column == 0 else plain[:2000])
                self.table.setItem(number, column, item)
        self.table.setSortingEnabled(True)
        for row in range(self.table.rowCount()):
            if self.rows[self.table.item(row, 0).data(ROW_ROLE)].group.members[0].member_id in selected:
                self.table.selectRow(row)
        shown = sum(len(row.members) for row in self.rows)
        if handled_one_by_one(question):
            summary = self.tr("%1 of %2 members answered, in %3 groups; %4 shown; %5 left to deal with.") \
                .replace("%3", str(len(answers.groups))).replace("%5", str(answers.left(self.work, self.current)))
        else:
            summary = self.tr("%1 of %2 members answered; %4 shown.")
        self.summary.setText(summary.replace("%1", str(len(answers.answers))).replace("%2", str(len(self.members)))
                             .replace("%4", str(shown)))
        if question.kind.is_choice:
            # Counted over the members shown, so that a filter by type or region gives that group's counts.
            self.chart.set_counts(count_choices(question, [(m, v) for row in self.rows
                                                           for m, v in zip(row.members, row.answers, strict=True)]))
        self._show_selected()

    def _plain(self, value) -> str:
        assert self.question is not None
        if self.question.kind is QuestionKind.LONG_TEXT and isinstance(value, str):
            return to_plain_text(parse(value))
        return answer_text(self.question, value, keep_markdown=True)

    def _state_text(self, row: GroupRow) -> str:
        new = sum(1 for state in row.states if state is AnswerState.NEW_VERSION)
        todo = sum(1 for state in row.states if state is AnswerState.TO_HANDLE)
        if not new and not todo:
            return self.tr("dealt with")
        parts = []
        if todo:
            parts.append(self.tr("%1 to do").replace("%1", str(todo)))
        if new:
            parts.append("⚑ " + self.tr("%1 new").replace("%1", str(new)))
        return ", ".join(parts)

    # ----- selection
    def _selected_rows(self) -> list[int]:
        rows = {item.data(ROW_ROLE) for item in self.table.selectedItems()}
        return sorted(row for row in rows if row is not None and row < len(self.rows))

    def selected_rows(self) -> list[GroupRow]:
        return [self.rows[i] for i in self._selected_rows()]

    def selected_members(self) -> list[MemberContribution]:
        return [member for row in self.selected_rows() for member in row.members]

    def select_row(self, row: int) -> None:
        self.table.clearSelection()
        self.table.selectRow(row)

    def select_member(self, member_id: str) -> bool:
        """Select the group holding the member (from the members overview or a flagged paragraph)."""
        for row in range(self.table.rowCount()):
            group = self.rows[self.table.item(row, 0).data(ROW_ROLE)]
            if any(m.member_id == member_id for m in group.members):
                self.select_row(row)
                index = next(i for i, m in enumerate(group.members) if m.member_id == member_id)
                self.shown_member.setCurrentIndex(index)
                return True
        return False

    def _show_selected(self) -> None:
        rows = self.selected_rows()
        self.shown_member.blockSignals(True)
        self.shown_member.clear()
        if len(rows) == 1:
            for member in rows[0].members:
                self.shown_member.addItem(member.label)
        self.shown_member.blockSignals(False)
        self._show_member_text()

    def _show_member_text(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.question is None:
            self.reader.clear_answer()
            self.group_members.setText(self.tr("%1 groups selected: %2 members.").replace("%1", str(len(rows)))
                                       .replace("%2", str(len(self.selected_members()))) if rows else "")
            self._update_buttons()
            return
        row = rows[0]
        index = max(self.shown_member.currentIndex(), 0)
        value = row.answers[index]
        if len(row.members) > 1:
            alike = self.tr("identical") if row.group.identical else self.tr("identical or nearly")
            self.group_members.setText(self.tr("%1 answers %2: %3").replace("%1", str(len(row.members)))
                                       .replace("%2", alike).replace("%3", ", ".join(m.label for m in row.members)))
        else:
            self.group_members.setText("")
        if self.question.kind is QuestionKind.LONG_TEXT and isinstance(value, str):
            self.reader.show_answer(value, [p.text for p in self.work.paragraphs], self.search.text())
        else:
            self.reader.clear_answer()
        self._update_buttons()

    def advance(self) -> None:
        """After dealing with the selected answers, the next group with answers left, as in a reading list."""
        selected = self._selected_rows()
        if not selected:
            return
        table_rows = [self.table.item(r, 0).data(ROW_ROLE) for r in range(self.table.rowCount())]
        after = max(table_rows.index(i) for i in selected if i in table_rows) if selected else -1
        order = list(range(after + 1, len(table_rows))) + list(range(0, after + 1))
        for position in order:
            if self.rows[table_rows[position]].left:
                self.select_row(position)
                return

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        one = len(rows) == 1
        self.insert_whole.setEnabled(one)
        self.insert_selection.setEnabled(one and self.reader.has_selection())
        self.attribute_button.setEnabled(bool(rows))
        states = [state for row in rows for state in row.states]
        self.aside_button.setEnabled(any(state is not AnswerState.HANDLED for state in states))
        self.unhandle_button.setEnabled(any(state is not AnswerState.TO_HANDLE for state in states))
        self.changes_button.setEnabled(self._changed_member() is not None)

    def _changed_member(self) -> MemberContribution | None:
        """The member shown, when its answer is a new version of one dealt with."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        row = rows[0]
        index = max(self.shown_member.currentIndex(), 0)
        if index < len(row.states) and row.states[index] is AnswerState.NEW_VERSION:
            return row.members[index]
        return None

    # ----- actions
    def _insert_selection(self) -> None:
        rows = self.selected_rows()
        passage = self.reader.passage()
        if len(rows) == 1 and passage.strip():
            self.passage_chosen.emit(list(rows[0].members), passage)

    def _insert_whole(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and self.reader.markdown.strip():
            self.passage_chosen.emit(list(rows[0].members), self.reader.markdown)

    def attribute(self) -> None:
        members = self.selected_members()
        if members:
            self.attribute_requested.emit(members)

    def _show_changes(self) -> None:
        member = self._changed_member()
        if member is not None:
            self.changes_requested.emit(member)
