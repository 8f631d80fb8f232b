"""Above a question of a member's draft: the federation's guidance and its proposed answer, adopt/edit/ignore."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dpi_consult.draft.model import ProposalDecision
from dpi_consult.draft.values import Value
from dpi_consult.form.model import Question, QuestionKind


def markdown_html(text: str) -> str:
    """The project's own Markdown rendering, so guidance reads as members' answers do in the preview and Word."""
    from dpi_consult.markdown import parse, to_html

    return to_html(parse(text))


def proposal_html(question: Question, value: Value) -> str:
    if question.kind is QuestionKind.LONG_TEXT and isinstance(value, str):
        return markdown_html(value)
    if isinstance(value, list):
        return escape(", ".join(question.option_label(v) for v in value))
    if question.kind is QuestionKind.SINGLE_CHOICE and isinstance(value, str):
        return escape(question.option_label(value))
    return escape(str(value))


def _rich_label(html: str, parent: QWidget) -> QLabel:
    label = QLabel(html, parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


class KitQuestionPanel(QFrame):
    """Read-only guidance, and the proposal with its three choices; the section page applies them."""

    adopt_requested = Signal()
    edit_requested = Signal()
    ignore_requested = Signal()
    undo_requested = Signal()

    def __init__(self, question: Question, guidance: str | None, proposal: Value | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.proposal = proposal
        self.setObjectName("kitQuestionPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.guidance: QLabel | None = None
        if guidance and guidance.strip():
            box = QFrame(self)
            box.setObjectName("kitGuidance")
            box.setStyleSheet("#kitGuidance { background: #eef4fb; border-left: 4px solid #2f6db5; }")
            box_layout = QVBoxLayout(box)
            title = QLabel(self.tr("Guidance from the federation"), box)
            title.setStyleSheet("font-weight: bold;")
            self.guidance = _rich_label(markdown_html(guidance), box)
            self.guidance.setAccessibleName(self.tr("Guidance from the federation"))
            box_layout.addWidget(title)
            box_layout.addWidget(self.guidance)
            layout.addWidget(box)
        self.proposal_box: QFrame | None = None
        if proposal is not None:
            self.proposal_box = QFrame(self)
            self.proposal_box.setObjectName("kitProposal")
            self.proposal_box.setStyleSheet("#kitProposal { background: #f6f3e8; border-left: 4px solid #b58a2f; }")
            box_layout = QVBoxLayout(self.proposal_box)
            title = QLabel(self.tr("Answer proposed by the federation"), self.proposal_box)
            title.setStyleSheet("font-weight: bold;")
            self.proposal_text = _rich_label(proposal_html(question, proposal), self.proposal_box)
            self.proposal_text.setAccessibleName(self.tr("Answer proposed by the federation"))
            self.decision_label = QLabel(self.proposal_box)
            self.decision_label.setWordWrap(True)
            row = QHBoxLayout()
            self.adopt_button = QPushButton(self.tr("Adopt"), self.proposal_box)
            self.adopt_button.setToolTip(self.tr("Make this proposal your answer"))
            self.edit_button = QPushButton(self.tr("Edit"), self.proposal_box)
            self.edit_button.setToolTip(self.tr("Copy this proposal into your answer to adapt it"))
            self.ignore_button = QPushButton(self.tr("Ignore"), self.proposal_box)
            self.ignore_button.setToolTip(self.tr("Answer without this proposal"))
            self.undo_button = QPushButton(self.tr("Undo this choice"), self.proposal_box)
            self.adopt_button.clicked.connect(lambda: self.adopt_requested.emit())
            self.edit_button.clicked.connect(lambda: self.edit_requested.emit())
            self.ignore_button.clicked.connect(lambda: self.ignore_requested.emit())
            self.undo_button.clicked.connect(lambda: self.undo_requested.emit())
            for button in (self.adopt_button, self.edit_button, self.ignore_button, self.undo_button):
                row.addWidget(button)
            row.addStretch(1)
            box_layout.addWidget(title)
            box_layout.addWidget(self.proposal_text)
            box_layout.addWidget(self.decision_label)
            box_layout.addLayout(row)
            layout.addWidget(self.proposal_box)
            self.show_decision(None)

    def set_read_only(self) -> None:
        if self.proposal_box is not None:
            for button in (self.adopt_button, self.edit_button, self.ignore_button, self.undo_button):
                button.setEnabled(False)

    def show_decision(self, decision: str | None) -> None:
        if self.proposal_box is None:
            return
        texts = {
            ProposalDecision.ADOPTED: self.tr("You adopted this proposal: it is your answer."),
            ProposalDecision.EDITED: self.tr("You took this proposal up and adapted it in your answer."),
            ProposalDecision.IGNORED: self.tr("You ignored this proposal: it is not part of your answer."),
        }
        self.decision_label.setText(texts.get(decision or "", self.tr("Not part of your answer unless you adopt "
                                                                      "or edit it.")))
        undecided = decision is None
        for button in (self.adopt_button, self.edit_button, self.ignore_button):
            button.setVisible(undecided)
        self.undo_button.setVisible(not undecided)
