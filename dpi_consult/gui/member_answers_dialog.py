"""One member's answers, sheet by sheet, as formatted text: what a coordinator opens from the members overview."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from dpi_consult.draft.answer_text import answer_text
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.values import is_empty
from dpi_consult.form.model import OPINION_SECTION_KINDS, Form, QuestionKind
from dpi_consult.gui.screen_fit import fit_to_screen
from dpi_consult.markdown import parse, to_html


def member_html(form: Form, member: MemberContribution) -> str:
    parts = []
    for section in form.sections:
        if section.kind not in OPINION_SECTION_KINDS:
            continue
        answered = [q for q in section.questions if not is_empty(member.answers.get(q.id))]
        if not answered:
            continue
        parts.append(f"<h3>{escape(section.display_title)}</h3>")
        for question in answered:
            value = member.answers[question.id]
            parts.append(f"<p><b>{escape(question.prompt)}</b></p>")
            if question.kind is QuestionKind.LONG_TEXT and isinstance(value, str):
                parts.append(to_html(parse(value)))
            else:
                parts.append(f"<p>{escape(answer_text(question, value, keep_markdown=True))}</p>")
    return "".join(parts)


class MemberAnswersDialog(QDialog):
    def __init__(self, form: Form, member: MemberContribution, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answers of %1").replace("%1", member.label))
        self.resize(760, 620)
        fit_to_screen(self)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Answers of %1").replace("%1", member.label))
        self.text.setHtml(member_html(form, member) or self.tr("This member answered no question of the sheets."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
