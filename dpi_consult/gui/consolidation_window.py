"""The coordinator's consolidation view: per question, the members' answers beside the collective answer."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.collective import consolidation as work_ops
from dpi_consult.draft.consolidation import work_for
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.values import is_empty
from dpi_consult.errors import InputError
from dpi_consult.form.model import OPINION_SECTION_KINDS, Question
from dpi_consult.gui.collective_answer_pane import CollectiveAnswerPane
from dpi_consult.gui.document import DraftDocument
from dpi_consult.gui.member_answers_pane import MemberAnswersPane

QUESTION_ROLE = Qt.ItemDataRole.UserRole
# How long after the last edit the review flags of an edited question are counted again.
STATE_DELAY_MS = 300


class ConsolidationWindow(QDialog):
    """Non-modal; follows the document's edits made in the main window, and makes its own through it."""

    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1360, 820)
        self.members: list[MemberContribution] = []
        # Member id to the SHA-256 of its collected file: what flags paragraphs for review.
        self.current: dict[str, str] = {}
        # Members' answers per question: they change only with the members, never with the collective's answer.
        self.answered: Counter[str] = Counter()
        self.items: dict[str, QTreeWidgetItem] = {}
        # Review flags follow the collective's answer; they are counted again once typing pauses, not per key.
        self._stale_states: set[str] = set()
        self._state_timer = QTimer(self)
        self._state_timer.setSingleShot(True)
        self._state_timer.setInterval(STATE_DELAY_MS)
        self._state_timer.timeout.connect(self._refresh_stale_states)

        self.questions = QTreeWidget(self)
        self.questions.setHeaderLabels([self.tr("Question"), self.tr("Answers")])
        self.questions.setAccessibleName(self.tr("Questions to consolidate"))
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions.setColumnWidth(0, 250)
        self.questions.header().setStretchLastSection(False)
        self.questions.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.questions.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.questions.currentItemChanged.connect(self._question_picked)

        self.prompt = QLabel(self)
        self.prompt.setObjectName("consolidationPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.answers_pane = MemberAnswersPane(document.form, self)
        self.collective_pane = CollectiveAnswerPane(document, self)
        self.answers_pane.passage_chosen.connect(self.collective_pane.insert_passage)
        self.collective_pane.work_changed.connect(self._refresh_question_state)
        document.value_changed.connect(self._value_changed)
        document.sources_changed.connect(self._sources_changed)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(QLabel(self.tr("Members' answers"), middle))
        middle_layout.addWidget(self.answers_pane, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.questions)
        splitter.addWidget(middle)
        splitter.addWidget(self.collective_pane)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([300, 560, 500])

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        body = QHBoxLayout()
        body.addWidget(splitter)
        layout.addLayout(body, 1)

        self.reload_members()
        self._fill_questions()
        self._update_title()

    # ----- members and questions
    def reload_members(self) -> None:
        """Read the collective's members again (after an import); a damaged entry shows as an error."""
        try:
            self.members = self.document.draft.members
        except InputError as exc:
            self.members = []
            self.prompt.setText(str(exc))
        self.current = work_ops.current_versions(self.members)
        self.answered = Counter(question_id for member in self.members
                                for question_id, value in member.answers.items() if not is_empty(value))
        self.answers_pane.set_members(self.members)
        self.collective_pane.set_members(self.members)

    def _fill_questions(self) -> None:
        self.questions.clear()
        self.items = {}
        form = self.document.form
        for section in form.sections:
            if section.kind not in OPINION_SECTION_KINDS:
                continue
            parent = QTreeWidgetItem(self.questions, [section.display_title])
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            parent.setToolTip(0, section.display_title)
            for question in section.questions:
                item = QTreeWidgetItem(parent, [question.prompt])
                item.setData(0, QUESTION_ROLE, question.id)
                item.setToolTip(0, question.prompt)
                self.items[question.id] = item
                self._set_state(item, question)
            parent.setExpanded(True)

    def question_items(self) -> dict[str, QTreeWidgetItem]:
        return self.items

    def _set_state(self, item: QTreeWidgetItem, question: Question) -> None:
        # Short in the column (a count and signs), in words in the tooltip.
        answered = self.answered[question.id]
        short = [str(answered)]
        words = [self.tr("%1 answers").replace("%1", str(answered))]
        stored = self.document.draft.consolidation.get(question.id)
        if stored is not None:
            work = work_for(self.document.draft, question.id)
            flagged = len(work.flagged(self.current))
            if flagged:
                short.append(f"⚑ {flagged}")
                words.append(self.tr("%1 to review").replace("%1", str(flagged)))
            if work.consolidated:
                short.append("✓")
                words.append(self.tr("consolidated"))
        item.setText(1, " ".join(short))
        item.setToolTip(1, " · ".join(words))
        item.setToolTip(0, question.prompt + "\n" + " · ".join(words))

    def _refresh_question_state(self, question_id: str) -> None:
        item = self.items.get(question_id)
        question = self.document.form.question(question_id)
        if item is not None and question is not None:
            self._set_state(item, question)

    def show_question(self, question_id: str) -> bool:
        item = self.items.get(question_id)
        if item is None:
            return False
        self.questions.setCurrentItem(item)
        return True

    def _question_picked(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        question_id = None if item is None else item.data(0, QUESTION_ROLE)
        question = None if question_id is None else self.document.form.question(question_id)
        if question is None:
            return
        self.prompt.setText(question.prompt)
        self.answers_pane.set_question(question)
        self.collective_pane.set_question(question)
        self._update_title()

    def current_question(self) -> Question | None:
        return self.collective_pane.question

    # ----- following the document
    def _value_changed(self, question_id: str) -> None:
        question = self.collective_pane.question
        if question is not None and question.id == question_id:
            self.collective_pane.reload()
        if question_id in self.document.draft.consolidation:
            self._stale_states.add(question_id)
            self._state_timer.start()

    def _refresh_stale_states(self) -> None:
        for question_id in self._stale_states:
            self._refresh_question_state(question_id)
        self._stale_states.clear()

    def _sources_changed(self) -> None:
        """Contributions imported while this window is open: new answers, counts and review flags."""
        self.reload_members()
        for question_id in self.question_items():
            self._refresh_question_state(question_id)
        question = self.collective_pane.question
        if question is not None:
            self.answers_pane.set_question(question)
            self.collective_pane.reload()
        self._update_title()

    def _update_title(self) -> None:
        name = self.document.display_name or self.tr("untitled")
        self.setWindowTitle(self.tr("Consolidation — %1 (%2 members)").replace("%1", name)
                            .replace("%2", str(len(self.members))))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.collective_pane.flush()
        super().closeEvent(event)
