"""The Word contribution: cover and contents, one heading per answered sheet and question, optional annex."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

from dpi_consult.atomic import write_atomic
from dpi_consult.draft.answer_text import option_labels
from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import Value
from dpi_consult.errors import InputError
from dpi_consult.export.body_ops import (
    ANNEX_LOOK,
    AnswerTable,
    BodyOp,
    ChosenOptions,
    Heading,
    Items,
    MarkdownAnswer,
    NoAnswer,
    Paragraph,
    PlainAnswer,
    SectionBreak,
)
from dpi_consult.export.content import (
    NO_ANSWER,
    AnnexEntry,
    MemberAnswers,
    annex_sections,
    answered_count,
    body_sections,
    organisation,
    value_text,
)
from dpi_consult.export.docx_blocks import BodyWriter
from dpi_consult.export.docx_body import (
    Assembler,
    render_chunks,
)
from dpi_consult.export.docx_front import SENDER_LABEL, TocEntry, write_cover, write_toc
from dpi_consult.export.docx_package import Sections, package_bytes, set_properties
from dpi_consult.export.docx_template import open_template, prepare
from dpi_consult.export.docx_xml import xml_safe
from dpi_consult.form.model import Form, Question, QuestionKind
from dpi_consult.french_formats import french_number
from dpi_consult.progress import Progress

ANNEX_TITLE = "Annexe — Contributions des membres"
ANNEX_SHORT_TITLE = "Annexe"
MEMBERS_TITLE = "Membres contributeurs"
NOTHING_ANSWERED = "Aucune question n’a encore reçu de réponse."
# Markdown "# Titre" inside an answer: Heading 3 under a question (Heading 2). In the annex, where the navigation
# lists sheets and questions only, a bold paragraph of its own style (ANNEX_LOOK), as is the member's name above an
# answer; the annex's answers are in its own, smaller, styles.
ANSWER_HEADING_BASE = 3
ANNEX_MEMBER_STYLE = "annex_member"
ANNEX_TABLE_STYLE = "annex_table"
# The columns of an annex table of choice answers: the member's name, its type and region, its answer.
ANNEX_TABLE_HEADER = ("Membre", "Type", "Région", "Réponse")
# Above this much body XML (an annex of many members), zlib level 1: five times faster, 40 % larger.
LARGE_BODY_BYTES = 2_000_000


class BodyPlan:
    """The body as operations, with the level 1-2 headings the table of contents lists."""

    def __init__(self, sender: str = "") -> None:
        self.ops: list[BodyOp] = []
        self.toc: list[TocEntry] = []
        self.sender = sender
        # The header of the section being planned (None: still in the cover and contents).
        self.current_header: str | None = None

    def start_section(self, name: str) -> None:
        """A new section, starting on a new page, whose header names the organisation and `name`."""
        if self.current_header is not None:
            self.ops.append(SectionBreak(self.current_header))
        self.current_header = f"{self.sender} — {name}" if self.sender else name

    def heading(self, level: int, text: str, page_break: bool = False) -> None:
        bookmark = None
        if level <= 2:
            number = len(self.toc) + 1
            bookmark = (number, f"_Toc{number:08d}")
            self.toc.append(TocEntry(level, text, bookmark[1]))
        self.ops.append(Heading(level, text, bookmark, page_break))

    def answer(self, question: Question, value: Value | None, heading_base: int) -> None:
        if value is None:
            self.ops.append(NoAnswer(NO_ANSWER))
        elif question.kind is QuestionKind.MULTIPLE_CHOICE:
            self.ops.append(ChosenOptions(tuple(option_labels(question, value))))
        elif question.kind is QuestionKind.LONG_TEXT and isinstance(value, str):
            self.ops.append(MarkdownAnswer(value, heading_base))
        else:
            self.ops.append(PlainAnswer(value_text(question, value)))

    def paragraph(self, text: str) -> None:
        self.ops.append(Paragraph(text))


def plan_body(form: Form, draft: Draft, all_questions: bool = False,
              annex: list[MemberAnswers] | None = None) -> BodyPlan:
    plan = BodyPlan(organisation(draft))
    sections = body_sections(form, draft, all_questions)
    if not sections:
        plan.paragraph(NOTHING_ANSWERED)
    for section, entries in sections:
        plan.start_section(section.display_title)
        plan.heading(1, section.display_title)
        for entry in entries:
            plan.heading(2, entry.question.prompt)
            plan.answer(entry.question, entry.value, ANSWER_HEADING_BASE)
    if annex:
        _plan_annex(plan, form, annex)
    return plan


def _plan_annex(plan: BodyPlan, form: Form, members: list[MemberAnswers]) -> None:
    plan.start_section(ANNEX_SHORT_TITLE)
    plan.heading(1, ANNEX_TITLE)
    count = len(members)
    plan.paragraph(f"{french_number(count)} membre{'s' if count > 1 else ''} ont contribué à cette réponse "
                   "collective. Leurs réponses sont reproduites telles qu’ils les ont rédigées, question par "
                   "question\u00a0: en tableau pour les questions à choix, sous le nom de chaque membre pour les "
                   "réponses rédigées." if count > 1 else
                   "Un membre a contribué à cette réponse collective. Ses réponses sont reproduites telles "
                   "qu’il les a rédigées, question par question.")
    plan.heading(2, MEMBERS_TITLE)
    plan.ops.append(Items(tuple(
        f"{member.name} — {_answers_label(answered_count(form, member))}" for member in members)))
    # The type and region columns, unless no member gave one.
    shown = (True, any(member.kind for member in members), any(member.region for member in members), True)
    for section, entries in annex_sections(form, members):
        # Page 800 says where it is: each sheet of the annex is a section whose header names it.
        plan.start_section(f"{ANNEX_SHORT_TITLE} — {section.display_title}")
        plan.heading(2, section.display_title)
        for entry in entries:
            plan.heading(3, entry.question.prompt)
            if entry.question.kind.is_choice:
                plan.paragraph(_distribution(entry.question, [value for _, value in entry.answers]))
                plan.ops.append(_choice_table(entry, shown))
                continue
            for name, value in entry.answers:
                plan.ops.append(Paragraph(name, ANNEX_MEMBER_STYLE))
                if entry.question.kind is QuestionKind.LONG_TEXT and isinstance(value, str):
                    plan.ops.append(MarkdownAnswer(value, ANSWER_HEADING_BASE, ANNEX_LOOK))
                else:
                    plan.ops.append(PlainAnswer(value_text(entry.question, value), ANNEX_LOOK.text))


def _choice_table(entry: AnnexEntry, shown: tuple[bool, ...]) -> AnswerTable:
    """One row per member: its name ("Membre 12" when it did not consent to be named), type, region and answer
    (one chosen option per line); `shown`: which of those columns the table has."""
    def kept(cells: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(cell for cell, show in zip(cells, shown, strict=True) if show)

    rows = tuple(kept((member.table_name, member.kind, member.region, "\n".join(option_labels(entry.question, value))))
                 for member, (_, value) in zip(entry.members, entry.answers, strict=True))
    return AnswerTable(kept(ANNEX_TABLE_HEADER), rows, ANNEX_TABLE_STYLE)


def _answers_label(count: int) -> str:
    return f"{french_number(count)} réponse{'s' if count > 1 else ''}"


def _distribution(question: Question, values: list[Value]) -> str:
    """"Répartition des réponses : Oui : 12 · Plutôt oui : 3", options in the form's order."""
    counts: Counter[str] = Counter()
    for value in values:
        counts.update(value if isinstance(value, list) else [str(value)])
    order = [option.id for option in question.options] + sorted(set(counts) - {o.id for o in question.options})
    parts = [f"{question.option_label(option)}\u00a0: {counts[option]}" for option in order if counts[option]]
    return "Répartition des réponses\u00a0: " + " · ".join(parts)


def build_contribution(form: Form, draft: Draft, template: str | Path | None = None, all_questions: bool = False,
                       annex: list[MemberAnswers] | None = None, progress: Progress | None = None, *,
                       today: date | None = None, workers: int | None = None,
                       compresslevel: int | None = None) -> bytes:
    """The .docx bytes of the contribution; internal notes and sheet statuses are never read.

    ``template``: the user's .docx/.dotx (styles, page setup, header and footer kept, body dropped),
    else the bundled one. ``annex``: member answers, printed after the contribution under each member's
    name. ``progress`` counts answers; a cancel there raises Cancelled, nothing written. ``workers``:
    processes rendering the body (None: decided by size). ``compresslevel``: zlib level of the zip
    (None: 6, or 1 for a body over 2 MB of XML).
    """
    document = open_template(template)
    styles, lists = prepare(document)
    plan = plan_body(form, draft, all_questions, annex)
    front = BodyWriter(styles)
    sender = organisation(draft)
    sections = Sections(document, styles)
    write_cover(front, form, draft, today or date.today())
    write_toc(front, plan.toc)
    front.section_break(sections.closing(sender, title_page=True))
    ops = [SectionBreak(op.header, sections.closing(op.header)) if isinstance(op, SectionBreak) else op
           for op in plan.ops]
    sections.last(plan.current_header or sender)
    assembler = Assembler(document, lists)
    assembler.add(front.chunk())
    for chunk in render_chunks(ops, styles, progress, workers):
        assembler.add(chunk)
    moment = datetime.combine(today, datetime.min.time()) if today else datetime.now().replace(microsecond=0)
    # Core properties are set through python-docx, which refuses control characters: they are dropped.
    set_properties(document, xml_safe(SENDER_LABEL + sender), xml_safe(form.title), xml_safe(sender), moment)
    if compresslevel is None:
        compresslevel = 1 if sum(len(piece) for piece in assembler.pieces) > LARGE_BODY_BYTES else 6
    return package_bytes(document, assembler.pieces, compresslevel)


def write_contribution(form: Form, draft: Draft, out: str | Path, template: str | Path | None = None,
                       all_questions: bool = False, annex: list[MemberAnswers] | None = None,
                       progress: Progress | None = None, *, today: date | None = None,
                       workers: int | None = None, compresslevel: int | None = None) -> None:
    """Build the contribution in memory, then replace ``out`` atomically: never a half-written file."""
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("dossier de destination introuvable", folder)
    data = build_contribution(form, draft, template, all_questions, annex, progress, today=today, workers=workers,
                              compresslevel=compresslevel)
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise InputError(f"écriture impossible ({exc.strerror or exc})", out) from None
