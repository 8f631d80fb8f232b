"""The collective answer to one question, each paragraph with the members it comes from."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.collective import consolidation as work_ops
from dpi_consult.collective.question_answers import answers_left
from dpi_consult.collective.taken import taken_passages
from dpi_consult.draft.consolidation import HandledAs, QuestionWork, work_for
from dpi_consult.draft.consolidation import store as store_work
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.paragraphs import Paragraph, paragraph_at, split_paragraphs
from dpi_consult.form.model import Question, QuestionKind
from dpi_consult.gui.answer_widgets import AnswerWidget, make_answer_widget
from dpi_consult.gui.document import DraftDocument

# Provenance is re-aligned once typing pauses: aligning compares paragraphs, too much for every keystroke.
ALIGN_DELAY_MS = 250
ATTRIBUTE = "attribute"
INSERT = "insert"


class CollectiveAnswerPane(QWidget):
    """Edits the document's answer; for long answers, keeps the consolidation work (sources, review, done)."""

    work_changed = Signal(str)  # question id
    changes_requested = Signal(object)  # MemberContribution whose new version the coordinator wants to see

    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.question: Question | None = None
        self.work = QuestionWork()
        self.members: dict[str, MemberContribution] = {}
        self.current: dict[str, str] = {}
        # The member selected among the answers, ticked first in the paragraph's members dialog.
        self.preselect: str | None = None
        self._choice_widget: AnswerWidget | None = None
        # True while this pane writes to the document, so that it does not reload its own change.
        self._writing = False

        self.title = QLabel(self.tr("Collective answer"), self)
        self.title.setObjectName("collectiveAnswerTitle")
        from dpi_consult.gui.markdown_editor import MarkdownEditor

        # The answer the federation exports: the same editor as in the main window (toolbar, limit, spelling).
        self.markdown = MarkdownEditor(self, fill_height=True)
        self.editor = self.markdown.editor
        self.editor.setAccessibleName(self.tr("Collective answer"))
        self.editor.setPlaceholderText(self.tr("Write the federation's answer, or insert members' passages."))
        self.markdown.text_edited.connect(self._text_edited)
        self.editor.cursorPositionChanged.connect(self._cursor_moved)
        self.editor.viewport().installEventFilter(self)
        self.choice_holder = QVBoxLayout()

        self.paragraph_list = QListWidget(self)
        self.paragraph_list.setAccessibleName(self.tr("Paragraphs and their members"))
        self.paragraph_list.setWordWrap(True)
        self.paragraph_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.paragraph_list.currentRowChanged.connect(self._paragraph_picked)
        self.sources_button = QPushButton(self.tr("&Members of this paragraph…"), self)
        self.sources_button.clicked.connect(self._edit_sources)
        self.reviewed_button = QPushButton(self.tr("Mark as &reviewed"), self)
        self.reviewed_button.setToolTip(self.tr("The paragraph was checked against the members' newer versions"))
        self.reviewed_button.clicked.connect(self._mark_reviewed)
        self.all_reviewed_button = QPushButton(self.tr("Mark &all as reviewed"), self)
        self.all_reviewed_button.setToolTip(self.tr("Every flagged paragraph of this answer was checked"))
        self.all_reviewed_button.clicked.connect(self._mark_all_reviewed)
        self.changes_button = QPushButton(self.tr("What c&hanged…"), self)
        self.changes_button.setToolTip(self.tr("The member's new version beside the one the paragraph was taken from"))
        self.changes_button.clicked.connect(self._show_changes)
        self.consolidated = QCheckBox(self.tr("Question &consolidated"), self)
        self.consolidated.toggled.connect(self._consolidated_toggled)

        self._align_timer = QTimer(self)
        self._align_timer.setSingleShot(True)
        self._align_timer.setInterval(ALIGN_DELAY_MS)
        self._align_timer.timeout.connect(self.realign)

        provenance = QWidget(self)
        provenance_layout = QVBoxLayout(provenance)
        provenance_layout.setContentsMargins(0, 0, 0, 0)
        provenance_layout.addWidget(QLabel(self.tr("Where each paragraph comes from:"), provenance))
        provenance_layout.addWidget(self.paragraph_list, 1)
        # Two rows: in one, the three buttons would widen this pane at the expense of the members' answers.
        sources_row = QHBoxLayout()
        sources_row.addWidget(self.sources_button)
        sources_row.addStretch(1)
        review_row = QHBoxLayout()
        review_row.addWidget(self.reviewed_button)
        review_row.addWidget(self.all_reviewed_button)
        sources_row.addWidget(self.changes_button)
        review_row.addStretch(1)
        provenance_layout.addLayout(sources_row)
        provenance_layout.addLayout(review_row)
        self.provenance = provenance

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.markdown)
        self.splitter.addWidget(provenance)
        self.splitter.setSizes([380, 220])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.choice_holder)
        layout.addWidget(self.splitter, 1)
        # Keeps a choice at the top of the pane when there is no text editor to fill it.
        self.filler = QWidget(self)
        layout.addWidget(self.filler, 1)
        layout.addWidget(self.consolidated)

    # ----- question and members
    @property
    def is_text(self) -> bool:
        return self.question is not None and self.question.kind is QuestionKind.LONG_TEXT

    def set_members(self, members: list[MemberContribution]) -> None:
        self.members = {m.member_id: m for m in members}
        self.current = work_ops.current_versions(members)
        self._show_paragraphs()

    def set_question(self, question: Question) -> None:
        self.flush()
        self.question = question
        if self._choice_widget is not None:
            self._choice_widget.deleteLater()
            self._choice_widget = None
        self.splitter.setVisible(self.is_text)
        self.filler.setVisible(not self.is_text)
        self.markdown.set_max_chars(question.max_chars)
        if not self.is_text:
            self._choice_widget = make_answer_widget(question, self)
            self._choice_widget.set_value(self.document.value(question.id))
            self._choice_widget.edited.connect(self._choice_edited)
            self.choice_holder.addWidget(self._choice_widget)
        self.reload()

    def reload(self) -> None:
        """Show the document's answer and work for the question (after an edit made elsewhere)."""
        if self.question is None or self._writing:
            return
        self.work = work_for(self.document.draft, self.question.id)
        if self.is_text:
            value = self.document.value(self.question.id)
            text = value if isinstance(value, str) else ""
            if text != self.markdown.text():
                self.markdown.set_text(text)
        elif self._choice_widget is not None and self._choice_widget.value() != self.document.value(self.question.id):
            self._choice_widget.set_value(self.document.value(self.question.id))
        self.consolidated.blockSignals(True)
        self.consolidated.setChecked(self.work.consolidated)
        self.consolidated.blockSignals(False)
        self._show_paragraphs()

    # ----- edits
    def _text_edited(self) -> None:
        if self.question is None or self._writing:
            return
        text = self.markdown.text()
        self._set_document_value(text if text.strip() else None)
        self._align_timer.start()

    def _set_document_value(self, value) -> None:
        assert self.question is not None
        self._writing = True
        try:
            self.document.set_value(self.question.id, value)
        finally:
            self._writing = False

    def flush(self) -> None:
        """Align now if typing left an alignment pending (before switching question or saving)."""
        if self._align_timer.isActive():
            self._align_timer.stop()
            self.realign()

    def realign(self) -> None:
        if self.question is None or not self.is_text:
            return
        self.work = work_for(self.document.draft, self.question.id)
        self._store(touch=False)

    def _choice_edited(self) -> None:
        if self.question is not None and self._choice_widget is not None:
            self._set_document_value(self._choice_widget.value())

    def insert_passage(self, members: list[MemberContribution], passage: str) -> bool:
        """Insert after the paragraph holding the cursor (at the end when there is none), as one undoable edit.

        Nothing is inserted twice: paragraphs the answer already holds are attributed to the members where
        they are, the others inserted; a passage wholly there already asks before it is inserted again.
        False when nothing was done.
        """
        if self.question is None or not self.is_text or not passage.strip():
            return False
        self.flush()
        self.work = work_for(self.document.draft, self.question.id)
        taken = taken_passages(passage, [p.text for p in self.work.paragraphs])
        parts = split_paragraphs(passage)
        numbers = sorted({t.number for t in taken})
        if taken and len(taken) == len(parts):
            choice = self.ask_taken_again(numbers)
            if choice is None:
                return False
            if choice == INSERT:
                taken = []
        for number in numbers if taken else []:
            work_ops.attribute(self.work, self.work.paragraphs[number - 1], members, self.question.id)
        fresh = [part for index, part in enumerate(parts) if index not in {t.index for t in taken}]
        if not fresh:
            self._store()
            return True
        passage = "\n\n".join(fresh)
        text = self.markdown.text()
        cursor_paragraph = paragraph_at(text, self.editor.textCursor().position()) if text.strip() else None
        index = None if cursor_paragraph is None else cursor_paragraph + 1
        before = len(self.work.paragraphs)
        work_ops.insert_passage(self.work, passage, members, self.question.id, index)
        inserted_at = len(self.work.paragraphs) - 1 if index is None else index + len(self.work.paragraphs) - before - 1
        new_text = self.work.text
        # Stored before the answer changes, so that anything aligning on that change finds the passage's
        # paragraphs with their member already there.
        store_work(self.document.draft, self.question.id, self.work)
        self._writing = True
        try:
            cursor = self.editor.textCursor()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(new_text)  # one step for Ctrl+Z
            self.document.set_value(self.question.id, new_text)
        finally:
            self._writing = False
        self._show_paragraphs()
        self.paragraph_list.setCurrentRow(inserted_at)
        self.work_changed.emit(self.question.id)
        return True

    def ask_taken_again(self, numbers: list[int]) -> str | None:
        """Attribute, Insert again or Cancel for a passage the answer already holds; a method for tests to answer."""
        from PySide6.QtWidgets import QMessageBox

        where = ", ".join(f"¶{n}" for n in numbers)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Passage already taken"), self.tr(
            "The collective answer already holds this passage (%1). Attribute it to these members there, or "
            "insert it again?").replace("%1", where), QMessageBox.StandardButton.Cancel, self)
        attribute = box.addButton(self.tr("&Attribute to %1").replace("%1", where), QMessageBox.ButtonRole.AcceptRole)
        insert = box.addButton(self.tr("&Insert again"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(attribute)
        box.exec()
        return {attribute: ATTRIBUTE, insert: INSERT}.get(box.clickedButton())

    def attribute(self, members: list[MemberContribution]) -> bool:
        """The members support the paragraph under the cursor; their answers are dealt with. False without one."""
        if self.question is None or not self.is_text or not members:
            return False
        self.flush()
        self.work = work_for(self.document.draft, self.question.id)
        text = self.markdown.text()
        index = paragraph_at(text, self.editor.textCursor().position()) if text.strip() else None
        if index is None or index >= len(self.work.paragraphs):
            return False
        work_ops.attribute(self.work, self.work.paragraphs[index], members, self.question.id)
        self._store()
        self.paragraph_list.setCurrentRow(index)
        return True

    def set_aside(self, members: list[MemberContribution]) -> None:
        self._handle(lambda work: work_ops.mark_handled(work, members, self.question.id, HandledAs.SET_ASIDE))

    def unhandle(self, members: list[MemberContribution]) -> None:
        self._handle(lambda work: work_ops.mark_unhandled(work, members))

    def _handle(self, change) -> None:
        if self.question is None:
            return
        self.flush()
        self.work = work_for(self.document.draft, self.question.id)
        change(self.work)
        self._store()

    def left(self) -> int:
        """Members' answers to this question still to deal with."""
        if self.question is None:
            return 0
        return answers_left(self.question, list(self.members.values()), self.work, self.current)

    def _store(self, touch: bool = True) -> None:
        assert self.question is not None
        before = self.document.draft.consolidation.get(self.question.id)
        store_work(self.document.draft, self.question.id, self.work)
        if touch and before != self.document.draft.consolidation.get(self.question.id):
            self.document.mark_edited()
        self._show_paragraphs()
        self.work_changed.emit(self.question.id)

    def _consolidated_toggled(self, on: bool) -> None:
        if self.question is None:
            return
        self.flush()
        left = self.left()
        if on and left and not self.confirm_consolidated(left):
            self.consolidated.blockSignals(True)
            self.consolidated.setChecked(False)
            self.consolidated.blockSignals(False)
            return
        self.work.consolidated = on
        self._store()

    def confirm_consolidated(self, left: int) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Question consolidated?"), self.tr(
            "%1 members' answers to this question have not been dealt with yet. Mark it consolidated anyway?")
            .replace("%1", str(left)), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def selected_paragraph(self) -> Paragraph | None:
        row = self.paragraph_list.currentRow()
        return self.work.paragraphs[row] if 0 <= row < len(self.work.paragraphs) else None

    def _show_changes(self) -> None:
        paragraph = self.selected_paragraph()
        if paragraph is not None:
            for member_id in paragraph.flagged(self.current):
                self.changes_requested.emit(self.members[member_id])

    def set_paragraph_sources(self, paragraph: Paragraph, members: list[MemberContribution]) -> None:
        work_ops.set_sources(self.work, paragraph, members, self.question.id)
        self._store()

    def _edit_sources(self) -> None:
        self.flush()
        paragraph = self.selected_paragraph()
        if paragraph is None:
            return
        from dpi_consult.gui.sources_dialog import SourcesDialog

        dialog = SourcesDialog(list(self.members.values()), set(paragraph.sources), self, self.preselect)
        if dialog.exec():
            self.set_paragraph_sources(paragraph, dialog.chosen())

    def _mark_reviewed(self) -> None:
        self.flush()
        paragraph = self.selected_paragraph()
        if paragraph is not None:
            work_ops.mark_reviewed(self.work, paragraph, self.members, self.question.id)
            self._store()

    def _mark_all_reviewed(self) -> None:
        self.flush()
        for paragraph in self.work.flagged(self.current):
            work_ops.mark_reviewed(self.work, paragraph, self.members, self.question.id)
        self._store()

    # ----- showing provenance
    def sources_text(self, paragraph: Paragraph) -> str:
        if not paragraph.sources:
            return self.tr("Written by the federation (no member)")
        names = [self.members[m].label if m in self.members else self.tr("member no longer collected")
                 for m in paragraph.sources]
        text = self.tr("Members (%1): ").replace("%1", str(len(names))) + ", ".join(names)
        flagged = paragraph.flagged(self.current)
        if flagged:
            text += "\n⚑ " + self.tr("To review: newer version sent by %1").replace(
                "%1", ", ".join(self.members[m].label for m in flagged))
        return text

    def _show_paragraphs(self) -> None:
        row = self.paragraph_list.currentRow()
        self.paragraph_list.blockSignals(True)
        self.paragraph_list.clear()
        for number, paragraph in enumerate(self.work.paragraphs, start=1):
            excerpt = " ".join(paragraph.text.split())
            excerpt = excerpt if len(excerpt) <= 90 else excerpt[:89] + "…"
            item = QListWidgetItem(f"¶ {number} — {excerpt}\n{self.sources_text(paragraph)}")
            item.setToolTip(self.sources_text(paragraph))
            self.paragraph_list.addItem(item)
        if 0 <= row < self.paragraph_list.count():
            self.paragraph_list.setCurrentRow(row)
        self.paragraph_list.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        paragraph = self.selected_paragraph()
        self.sources_button.setEnabled(paragraph is not None)
        self.reviewed_button.setEnabled(paragraph is not None and bool(paragraph.flagged(self.current)))
        self.changes_button.setEnabled(paragraph is not None and bool(paragraph.flagged(self.current)))
        self.all_reviewed_button.setEnabled(bool(self.work.flagged(self.current)))

    def _paragraph_picked(self, _row: int) -> None:
        self._update_buttons()

    def _cursor_moved(self) -> None:
        index = paragraph_at(self.markdown.text(), self.editor.textCursor().position())
        if index is not None and index < self.paragraph_list.count() and index != self.paragraph_list.currentRow():
            self.paragraph_list.blockSignals(True)
            self.paragraph_list.setCurrentRow(index)
            self.paragraph_list.blockSignals(False)
            self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.editor.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            position = self.editor.cursorForPosition(event.pos()).position()
            index = paragraph_at(self.markdown.text(), position)
            if index is not None and index < len(self.work.paragraphs):
                QToolTip.showText(event.globalPos(), self.sources_text(self.work.paragraphs[index]), self.editor)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)
