"""One section of the form on screen: summary, status, question cards and internal notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.draft.model import ProposalDecision, SheetStatus
from dpi_consult.draft.visibility import is_visible
from dpi_consult.form.model import Question, Section, SectionKind
from dpi_consult.gui.answer_widgets import AnswerWidget, LongTextWidget, make_answer_widget
from dpi_consult.gui.document import DraftDocument
from dpi_consult.gui.labels import status_label
from dpi_consult.gui.look import (
    ACCENT,
    HELP_TEXT,
    OPTIONAL_TEXT,
    PAGE_BACKGROUND,
    CardFrame,
    SummaryPanel,
    set_background,
    set_font,
    set_text_colour,
    style_section_title,
)
from dpi_consult.kit import proposals
from dpi_consult.summary_cache import summary_html

if TYPE_CHECKING:
    from dpi_consult.gui.kit_question import KitQuestionPanel

EditorHook = Callable[[LongTextWidget], None]


class QuestionCard(CardFrame):
    """Prompt, whether it is optional, help, and the editor that fits the question."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionCard")
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        prompt = QLabel(question.prompt, self)
        prompt.setObjectName("questionPrompt")
        set_font(prompt, bold=True)
        prompt.setWordWrap(True)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        marker = QLabel(self.tr("Required") if question.required else self.tr("Optional"), self)
        marker.setObjectName("requiredMarker" if question.required else "optionalMarker")
        if question.required:
            set_font(marker, bold=True)
            set_text_colour(marker, ACCENT)
        else:
            set_font(marker, italic=True)
            set_text_colour(marker, OPTIONAL_TEXT)
        # An italic last letter leans past the label's edge: a little room keeps it whole.
        marker.setContentsMargins(0, 0, 2, 0)
        marker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        header.addWidget(prompt, 1)
        header.addWidget(marker, 0)
        layout.addLayout(header)
        if question.help:
            help_label = QLabel(question.help, self)
            help_label.setObjectName("questionHelp")
            set_text_colour(help_label, HELP_TEXT)
            help_label.setWordWrap(True)
            help_label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(help_label)
        self.answer: AnswerWidget = make_answer_widget(question, self)
        layout.addWidget(self.answer)
        prompt.setBuddy(self.answer)

    def add_above_answer(self, widget: QWidget) -> None:
        """Between the help and the editor (a kit's guidance and proposal)."""
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.answer), widget)


class SectionPage(QScrollArea):
    def __init__(self, section: Section, document: DraftDocument, editor_hook: EditorHook | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.document = document
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("sectionBody")
        set_background(body, PAGE_BACKGROUND)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(12)

        title = QLabel(section.display_title, body)
        title.setObjectName("sectionTitle")
        style_section_title(title)
        title.setWordWrap(True)
        layout.addWidget(title)

        self.progress = QLabel(body)
        self.status_box: QComboBox | None = None
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addStretch(1)
        if section.kind is not SectionKind.IDENTIFICATION:
            status_caption = QLabel(self.tr("Status:"), body)
            self.status_box = QComboBox(body)
            for status in SheetStatus:
                self.status_box.addItem(status_label(status), status.value)
            self.status_box.setAccessibleName(self.tr("Status of this section"))
            status_caption.setBuddy(self.status_box)
            self.status_box.currentIndexChanged.connect(self._status_picked)
            status_row.addWidget(status_caption)
            status_row.addWidget(self.status_box)
        layout.addLayout(status_row)

        self.summary_toggle: QToolButton | None = None
        self.summary: SummaryPanel | None = None
        if section.summary.strip():
            self.summary_toggle = QToolButton(body)
            self.summary_toggle.setText(self.tr("What is known of this sheet") if section.kind is SectionKind.SHEET
                                        else self.tr("About this section"))
            self.summary_toggle.setCheckable(True)
            self.summary_toggle.setChecked(True)
            self.summary_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.summary_toggle.setArrowType(Qt.ArrowType.DownArrow)
            self.summary_toggle.setAccessibleName(self.tr("Show or hide the summary of the sheet"))
            self.summary = SummaryPanel(summary_html(document.form, section.id), body)
            self.summary_toggle.toggled.connect(self.set_summary_visible)
            layout.addWidget(self.summary_toggle)
            layout.addWidget(self.summary)

        self.cards: dict[str, QuestionCard] = {}
        self.kit_panels: dict[str, KitQuestionPanel] = {}
        for question in section.questions:
            card = QuestionCard(question, body)
            self.cards[question.id] = card
            layout.addWidget(card)
            # Decorating an editor swaps its highlighter, which re-formats it: done before listening to edits,
            # while the editor is still empty and the draft holds the answer.
            if editor_hook is not None and isinstance(card.answer, LongTextWidget):
                editor_hook(card.answer)
            card.answer.edited.connect(lambda q=question.id: self._answer_edited(q))
        if document.is_member_of_kit:
            self._add_kit_panels()

        notes_label = QLabel(self.tr("Internal notes for the team (never exported)"), body)
        notes_label.setObjectName("notesLabel")
        self.notes = QPlainTextEdit(body)
        self.notes.setObjectName("sectionNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Reminders, points to check with colleagues…"))
        self.notes.setFixedHeight(90)
        self.notes.setAccessibleName(self.tr("Internal notes"))
        notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self._notes_edited)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self.setWidget(body)
        self.refresh()
        if document.read_only:
            self._set_read_only()

    def _set_read_only(self) -> None:
        """A draft opened read-only: every answer, status, note and proposal choice shows, none can change."""
        for card in self.cards.values():
            card.answer.set_read_only()
        for panel in self.kit_panels.values():
            panel.set_read_only()
        if self.status_box is not None:
            self.status_box.setEnabled(False)
        self.notes.setReadOnly(True)

    def set_summary_visible(self, visible: bool) -> None:
        if self.summary is None or self.summary_toggle is None:
            return
        self.summary.setVisible(visible)
        self.summary_toggle.setChecked(visible)
        self.summary_toggle.setArrowType(Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow)

    def refresh(self) -> None:
        """Show the document's values (after opening or restoring), without marking anything modified."""
        for question_id, card in self.cards.items():
            card.answer.set_value(self.document.value(question_id))
        if self.status_box is not None:
            self.status_box.blockSignals(True)
            self.status_box.setCurrentIndex(self.status_box.findData(self.document.status(self.section.id).value))
            self.status_box.blockSignals(False)
        self.notes.blockSignals(True)
        self.notes.setPlainText(self.document.note(self.section.id))
        self.notes.blockSignals(False)
        for question_id, panel in self.kit_panels.items():
            panel.show_decision(self.document.proposal_decision(question_id))
        self.update_visibility()
        self.update_progress()

    def sync_question(self, question_id: str) -> None:
        """Show a value changed elsewhere (the consolidation window) unless this card already shows it."""
        card = self.cards.get(question_id)
        value = self.document.value(question_id)
        if card is not None and card.answer.value() != value:
            card.answer.set_value(value)
            self.update_progress()

    def _add_kit_panels(self) -> None:
        from dpi_consult.gui.kit_question import KitQuestionPanel

        kit = self.document.draft.kit
        assert kit is not None
        for question_id, card in self.cards.items():
            guidance, proposal = kit.guidance.get(question_id), kit.proposals.get(question_id)
            if not (guidance and guidance.strip()) and proposal is None:
                continue
            panel = KitQuestionPanel(card.question, guidance, proposal, card)
            card.add_above_answer(panel)
            self.kit_panels[question_id] = panel
            panel.adopt_requested.connect(lambda q=question_id: self.take_proposal(q, ProposalDecision.ADOPTED))
            panel.edit_requested.connect(lambda q=question_id: self.take_proposal(q, ProposalDecision.EDITED))
            panel.ignore_requested.connect(lambda q=question_id: self.ignore_proposal(q))
            panel.undo_requested.connect(lambda q=question_id: self.undo_proposal(q))

    def take_proposal(self, question_id: str, decision: ProposalDecision) -> None:
        """Adopt or edit: the proposal becomes the answer (after asking, when it would replace the member's own)."""
        document = self.document
        if proposals.replaces_own_answer(document.form, document.draft, question_id) and \
                not self.confirm_replace(question_id):
            return
        document.take_proposal(question_id, decision)
        self._after_decision(question_id)
        if decision == ProposalDecision.EDITED:
            self.cards[question_id].answer.focus_answer()

    def ignore_proposal(self, question_id: str) -> None:
        self.document.ignore_proposal(question_id)
        self._after_decision(question_id)

    def undo_proposal(self, question_id: str) -> None:
        self.document.undo_proposal_decision(question_id)
        self._after_decision(question_id)

    def _after_decision(self, question_id: str) -> None:
        """Show what a decision on a proposal did: the answer it wrote or removed, and the decision itself."""
        self.sync_question(question_id)
        self.kit_panels[question_id].show_decision(self.document.proposal_decision(question_id))
        self.update_visibility()

    def confirm_replace(self, question_id: str) -> bool:
        """A method of its own so that tests can answer it."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Replace your answer?"), self.tr(
            "Your answer to this question will be replaced by the federation’s proposal."))
        return answer == QMessageBox.StandardButton.Yes

    def update_visibility(self) -> None:
        for card in self.cards.values():
            card.setVisible(is_visible(self.document.form, self.document.draft, card.question))

    def update_progress(self) -> None:
        answered, total = self.document.draft.answered_count(self.document.form, self.section.id)
        # French puts 0 and 1 in the singular (« 1 question répondue sur 7 »).
        text = self.tr("%1 of %2 question answered") if answered <= 1 else self.tr("%1 of %2 questions answered")
        self.progress.setText(text.replace("%1", str(answered)).replace("%2", str(total)))

    def _answer_edited(self, question_id: str) -> None:
        card = self.cards[question_id]
        self.document.set_value(question_id, card.answer.value())
        panel = self.kit_panels.get(question_id)
        if panel is not None:  # a reworded adopted proposal is now an adapted one
            panel.show_decision(self.document.proposal_decision(question_id))
        if any(c.question.visible_if and c.question.visible_if.question == question_id for c in self.cards.values()):
            self.update_visibility()
        self.update_progress()

    def _status_picked(self, index: int) -> None:
        if self.status_box is not None:
            self.document.set_status(self.section.id, SheetStatus(self.status_box.itemData(index)))

    def _notes_edited(self) -> None:
        self.document.set_note(self.section.id, self.notes.toPlainText())

    def focus_question(self, question_id: str, start: int = -1, length: int = 0) -> None:
        card = self.cards.get(question_id)
        if card is None:
            return
        card.setVisible(True)
        self.ensureWidgetVisible(card, 0, 40)
        card.answer.focus_answer(start, length)
