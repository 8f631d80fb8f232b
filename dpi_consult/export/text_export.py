"""Plain-text and Markdown exports, for pasting answers one by one into the consultation's web form."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from dpi_consult.atomic import write_atomic
from dpi_consult.draft.answer_text import option_labels
from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import Value
from dpi_consult.errors import InputError
from dpi_consult.export.content import (
    NO_ANSWER,
    MemberAnswers,
    annex_sections,
    body_sections,
    collective_members,
    collective_sentence,
    cover_labels,
    identification_rows,
    organisation,
    publication,
    value_text,
)
from dpi_consult.form.model import Form, Question, QuestionKind
from dpi_consult.french_formats import french_date, french_number
from dpi_consult.markdown import (
    Document,
    Heading,
    Paragraph,
    Text,
    iter_blocks,
    parse,
    plain_length,
    to_markdown,
    to_plain_text,
)
from dpi_consult.markdown.plain import BULLET
from dpi_consult.progress import Progress, silent

Format = Literal["txt", "md"]
ANNEX_TITLE = "Annexe — Contributions des membres"
_REPORT_EVERY = 200


def character_count(form: Form, question: Question, value: str) -> str:
    """"(1 234 / 4 000 caractères)": the rendered plain text, as the limits count it."""
    count = plain_length(value) if question.kind is QuestionKind.LONG_TEXT else len(value)
    limit = question.max_chars or (form.default_max_chars if question.kind is QuestionKind.LONG_TEXT else None)
    if limit is None:
        return f"({french_number(count)} caractère{'s' if count > 1 else ''})"
    over = f" — {french_number(count - limit)} de trop" if count > limit else ""
    return f"({french_number(count)} / {french_number(limit)} caractères{over})"


class _Writer:
    """Accumulates blocks of text separated by blank lines, in one of the two formats."""

    def __init__(self, fmt: Format) -> None:
        self.md = fmt == "md"
        self.blocks: list[str] = []

    def heading(self, level: int, text: str) -> None:
        if self.md:
            self.blocks.append(to_markdown(Document([Heading(min(level, 6), [Text(text)])])))
        else:
            rule = "=" if level == 1 else "-" if level == 2 else ""
            self.blocks.append(f"{text}\n{rule * len(text)}" if rule else text)

    def line(self, text: str, emphasis: bool = False) -> None:
        if self.md:
            text = to_markdown(Document([Paragraph([Text(text, italic=emphasis)])])) if text else ""
        if text:
            self.blocks.append(text)

    def pairs(self, rows: list[tuple[str, str]]) -> None:
        if self.md:
            items = [to_markdown(Document([Paragraph([Text(label, bold=True), Text(f"\u00a0: {value}")])]))
                     for label, value in rows]
            self.blocks.append("\n".join(f"- {item}" for item in items))
        else:
            self.blocks.append("\n".join(f"{label} : {value}" for label, value in rows))

    def answer(self, question: Question, value: Value | None, heading_shift: int) -> None:
        if value is None:
            self.line(NO_ANSWER, emphasis=True)
        elif question.kind is QuestionKind.MULTIPLE_CHOICE:
            marker = "- " if self.md else BULLET
            labels = option_labels(question, value)
            self.blocks.append("\n".join(marker + (self._escaped(label) if self.md else label) for label in labels))
        elif question.kind is QuestionKind.LONG_TEXT and isinstance(value, str):
            doc = parse(value)
            if self.md:
                for block in iter_blocks(doc):
                    if isinstance(block, Heading):
                        block.level = min(block.level + heading_shift, 6)
                text = to_markdown(doc)
            else:
                text = to_plain_text(doc)
            if text:
                self.blocks.append(text)
        else:
            self.line(value_text(question, value))

    @staticmethod
    def _escaped(text: str) -> str:
        return to_markdown(Document([Paragraph([Text(text)])]))

    def text(self) -> str:
        return "\n\n".join(self.blocks) + "\n"


def contribution_text(form: Form, draft: Draft, fmt: Format = "txt", all_questions: bool = False,
                      annex: list[MemberAnswers] | None = None, progress: Progress | None = None, *,
                      today: date | None = None) -> str:
    """The contribution as plain text or normalised Markdown: cover facts, then per question the prompt,
    the answer and its character count against the limit; member answers after, with ``annex``."""
    progress = silent(progress)
    out = _Writer(fmt)
    out.heading(1, form.title)
    out.line(f"Contribution de {organisation(draft)}")
    count = collective_members(form, draft)
    for line in ([collective_sentence(count)] if count else []) + cover_labels(form, draft):
        out.line(line)
    out.line(french_date(today or date.today()))
    sentence, others = publication(form, draft)
    out.heading(2, "Identification")
    out.pairs(identification_rows(form, draft) + [("Publication", sentence)])
    for entry in others:
        out.line(f"{entry.question.prompt} :")
        out.answer(entry.question, entry.value, 3)
    sections = body_sections(form, draft, all_questions)
    annexed = annex_sections(form, annex) if annex else []
    total = sum(len(entries) for _, entries in sections) + sum(
        len(entry.answers) for _, entries in annexed for entry in entries)
    done = 0
    for section, entries in sections:
        out.heading(2 if out.md else 1, section.display_title)
        for entry in entries:
            out.heading(3 if out.md else 2, entry.question.prompt)
            out.answer(entry.question, entry.value, 3)
            if entry.value is not None and entry.question.kind.is_text and isinstance(entry.value, str):
                out.line(character_count(form, entry.question, entry.value), emphasis=True)
            done += 1
            if done % _REPORT_EVERY == 0:
                progress.report(done, total)
    if annex:
        out.heading(2 if out.md else 1, ANNEX_TITLE)
        for section, entries in annexed:
            out.heading(3 if out.md else 1, section.display_title)
            for entry in entries:
                out.heading(4 if out.md else 2, entry.question.prompt)
                for name, value in entry.answers:
                    out.heading(5 if out.md else 3, name)
                    out.answer(entry.question, value, 5)
                    done += 1
                    if done % _REPORT_EVERY == 0:
                        progress.report(done, total)
    progress.report(total, total)
    return out.text()


def write_text(form: Form, draft: Draft, out: str | Path, fmt: Format = "txt", all_questions: bool = False,
               annex: list[MemberAnswers] | None = None, progress: Progress | None = None, *,
               today: date | None = None) -> None:
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("dossier de destination introuvable", folder)
    text = contribution_text(form, draft, fmt, all_questions, annex, progress, today=today)
    try:
        write_atomic(out, text.encode("utf-8"))
    except OSError as exc:
        raise InputError(f"écriture impossible ({exc.strerror or exc})", out) from None
