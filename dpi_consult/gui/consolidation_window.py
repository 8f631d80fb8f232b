"""The coordinator's consolidation view: per question, the members' answers beside the collective answer."""

from __future__ import annotations

import base64
from collections import Counter
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.collective import consolidation as work_ops
from dpi_consult.collective.question_answers import answers_left
from dpi_consult.draft.consolidation import work_for
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.values import is_empty
from dpi_consult.errors import InputError
from dpi_consult.form.model import OPINION_SECTION_KINDS, Question
from dpi_consult.gui.collective_answer_pane import CollectiveAnswerPane
from dpi_consult.gui.document import DraftDocument
from dpi_consult.gui.member_answers_pane import ATTRIBUTE_KEYS, MemberAnswersPane
from dpi_consult.gui.screen_fit import fit_to_screen
from dpi_consult.gui.themes_pane import ATTRIBUTE_THEME_KEYS, ThemesPane

QUESTION_ROLE = Qt.ItemDataRole.UserRole
# How long after the last edit the review flags of an edited question are counted again.
STATE_DELAY_MS = 300


class ConsolidationWindow(QDialog):
    """Non-modal; follows the document's edits made in the main window, and makes its own through it.

    `state` is where its size and splitters are remembered between sessions (the window state of the settings).
    """

    def __init__(self, document: DraftDocument, parent: QWidget | None = None,
                 state: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.state = {} if state is None else state
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
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
        self.questions.setHeaderLabels([self.tr("Question"), self.tr("Answers"), self.tr("Left")])
        self.questions.setAccessibleName(self.tr("Questions to consolidate"))
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions.setColumnWidth(0, 250)
        self.questions.header().setStretchLastSection(False)
        self.questions.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.questions.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.questions.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.questions.headerItem().setToolTip(2, self.tr("Members' answers left to deal with"))
        self.questions.currentItemChanged.connect(self._question_picked)

        self.prompt = QLabel(self)
        self.prompt.setObjectName("consolidationPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.answers_pane = MemberAnswersPane(document.form, self)
        self.collective_pane = CollectiveAnswerPane(document, self)
        self.answers_pane.passage_chosen.connect(self.insert_passage)
        self.answers_pane.attribute_requested.connect(self.attribute)
        self.answers_pane.set_aside_requested.connect(self.set_aside)
        self.answers_pane.unhandle_requested.connect(self.collective_pane.unhandle)
        self.answers_pane.changes_requested.connect(self.show_changes)
        self.answers_pane.table.itemSelectionChanged.connect(self._preselect)
        self.collective_pane.changes_requested.connect(self.show_changes)
        self.collective_pane.work_changed.connect(self._work_changed)
        attribute_key = QShortcut(QKeySequence(ATTRIBUTE_KEYS), self)
        attribute_key.setContext(Qt.ShortcutContext.WindowShortcut)
        attribute_key.activated.connect(self.answers_pane.attribute)
        self.themes_pane = ThemesPane(document, self)
        self.themes_pane.theme_chosen.connect(self.answers_pane.show_theme)
        self.themes_pane.attribute_requested.connect(self.attribute)
        self.answers_pane.filters_changed.connect(
            lambda: self.themes_pane.set_filter(self.answers_pane.base_filter()))
        self.answers_pane.table.itemSelectionChanged.connect(
            lambda: self.themes_pane.set_selected_answers(self.answers_pane.selected_members()))
        theme_key = QShortcut(QKeySequence(ATTRIBUTE_THEME_KEYS), self)
        theme_key.setContext(Qt.ShortcutContext.WindowShortcut)
        theme_key.activated.connect(self.themes_pane.attribute)
        self.status = QLabel(self)
        self.status.setObjectName("consolidationStatus")
        self.status.setWordWrap(True)
        document.value_changed.connect(self._value_changed)
        document.sources_changed.connect(self._sources_changed)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(QLabel(self.tr("Members' answers"), middle))
        # Themes above the answers: choosing one shows its answers below, to read theme by theme.
        self.middle_splitter = QSplitter(Qt.Orientation.Vertical, middle)
        self.middle_splitter.addWidget(self.themes_pane)
        self.middle_splitter.addWidget(self.answers_pane)
        self.middle_splitter.setStretchFactor(0, 2)
        self.middle_splitter.setStretchFactor(1, 3)
        self.middle_splitter.setChildrenCollapsible(False)
        middle_layout.addWidget(self.middle_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.questions)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.collective_pane)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.prompt)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self.reload_members()
        self._fill_questions()
        self._update_title()
        self._restore_layout()

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
        self.themes_pane.set_members(self.members)

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
        # Short in the columns (counts and signs), in words in the tooltip.
        answered = self.answered[question.id]
        short = [str(answered)]
        words = [self.tr("%1 answers").replace("%1", str(answered))]
        work = work_for(self.document.draft, question.id)
        left = answers_left(question, self.members, work, self.current)
        if left:
            words.append(self.tr("%1 left to deal with").replace("%1", str(left)))
        flagged = len(work.flagged(self.current))
        if flagged:
            short.append(f"⚑ {flagged}")
            words.append(self.tr("%1 to review").replace("%1", str(flagged)))
        elif work.consolidated:
            # Not shown as done while a paragraph waits for review.
            short.append("✓")
            words.append(self.tr("consolidated"))
        item.setText(1, " ".join(short))
        item.setText(2, str(left) if left else "")
        item.setToolTip(1, " · ".join(words))
        item.setToolTip(2, " · ".join(words))
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
        self.status.clear()
        self.collective_pane.set_question(question)
        self.answers_pane.set_question(question)
        self.answers_pane.set_work(self.collective_pane.work, self.current)
        self.themes_pane.keep = self.answers_pane.base_filter()
        self.themes_pane.set_question(question)
        self._update_title()

    def current_question(self) -> Question | None:
        return self.collective_pane.question

    # ----- working on the answers
    def _work_changed(self, question_id: str) -> None:
        self._refresh_question_state(question_id)
        question = self.collective_pane.question
        if question is not None and question.id == question_id:
            self.answers_pane.set_work(self.collective_pane.work, self.current)

    # Each way of dealing with answers moves on to the next group left, so that reading goes on without a click.
    def insert_passage(self, members: list[MemberContribution], passage: str) -> None:
        if self.collective_pane.insert_passage(members, passage):
            self.status.setText(self.tr("Taken into the collective answer: %1 answers dealt with.")
                                .replace("%1", str(len(members))))
            self.answers_pane.advance()

    def set_aside(self, members: list[MemberContribution]) -> None:
        self.collective_pane.set_aside(members)
        self.status.setText(self.tr("%1 answers set aside.").replace("%1", str(len(members))))
        self.answers_pane.advance()

    def attribute(self, members: list[MemberContribution]) -> bool:
        """The selected answers support the paragraph under the collective answer's cursor (Ctrl+Return)."""
        if self.collective_pane.attribute(members):
            self.status.setText(self.tr("%1 answers attributed to the paragraph and dealt with.")
                                .replace("%1", str(len(members))))
            self.answers_pane.advance()
            return True
        self.status.setText(self.tr("Put the cursor of the collective answer in the paragraph these answers "
                                    "support, then attribute them."))
        return False

    def _preselect(self) -> None:
        members = self.answers_pane.selected_members()
        self.collective_pane.preselect = members[0].member_id if members else None

    def show_changes(self, member: MemberContribution) -> None:
        """The member's new answer beside the version dealt with (or the paragraph taken from it)."""
        question = self.collective_pane.question
        if question is None:
            return
        work = self.collective_pane.work
        handled = work.handled.get(member.member_id)
        if handled is not None:
            old = handled.text
        else:
            old = "\n\n".join(p.text for p in work.paragraphs if member.member_id in p.sources)
        new = member.answers.get(question.id)
        from dpi_consult.gui.answer_changes_dialog import AnswerChangesDialog

        AnswerChangesDialog(member.label, old, new if isinstance(new, str) else "", self).exec()

    # ----- size and place on the screen
    def _restore_layout(self) -> None:
        """Remembered size and splitters, always within the screen: a laptop's 1366×768 holds every control."""
        saved = self.state.get("consolidation", {})
        geometry = saved.get("geometry") if isinstance(saved, dict) else None
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
        else:
            self.resize(1360, 820)
        fit_to_screen(self)
        width = self.width()
        sizes = saved.get("splitter") if isinstance(saved, dict) else None
        if isinstance(sizes, list) and len(sizes) == 3 and all(isinstance(s, int) and s > 0 for s in sizes):
            self.splitter.setSizes(sizes)
        else:
            self.splitter.setSizes([int(width * 0.2), int(width * 0.42), int(width * 0.38)])

    def _save_layout(self) -> None:
        self.state["consolidation"] = {
            "geometry": base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii"),
            "splitter": self.splitter.sizes(),
        }

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
            # After the answers pane, which it restricts to the theme read: newcomers placed, the theme kept.
            self.themes_pane.set_question(question)
            self.collective_pane.reload()
        self._update_title()

    def _update_title(self) -> None:
        name = self.document.display_name or self.tr("untitled")
        self.setWindowTitle(self.tr("Consolidation — %1 (%2 members)").replace("%1", name)
                            .replace("%2", str(len(self.members))))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.collective_pane.flush()
        self._save_layout()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Closed with Escape, or by the main window: the size is kept all the same.
        self._save_layout()
        super().hideEvent(event)
