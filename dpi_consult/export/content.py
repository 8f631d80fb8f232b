"""What a contribution export contains, whatever the format: cover facts, sections, answers, annex."""

from __future__ import annotations

from dataclasses import dataclass, field

from dpi_consult.draft.answer_text import option_labels
from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import Value, is_empty
from dpi_consult.draft.visibility import is_visible
from dpi_consult.form.identification import MEMBERS, ORGANISATION, REGION, ROLES, TYPE
from dpi_consult.form.model import OPINION_SECTION_KINDS, Form, Question, QuestionKind, Section, SectionKind
from dpi_consult.french_formats import french_number

COLLECTIVE_TYPES = ("federation", "ght")
NO_ANSWER = "Pas de réponse."
NO_ORGANISATION = "organisation non renseignée"

PUBLICATION_SENTENCES = {
    "nominative": "La contribution peut être publiée en mentionnant le nom de l’organisation.",
    "anonyme": "La contribution peut être publiée de façon anonyme.",
    "non": "La contribution ne doit pas être publiée.",
}
NO_PUBLICATION_CHOICE = "Aucune préférence de publication n’a été indiquée."



@dataclass(frozen=True, slots=True)
class MemberAnswers:
    """One member's contribution to a collective draft, as the annex shows it."""

    name: str  # the member's name, or "Membre 12 (Établissement public de santé, Occitanie)"
    answers: dict[str, Value] = field(default_factory=dict)  # question id -> value
    # Its type and region as option labels ("" when not given), and its name without them ("Membre 12"; ""
    # when the name is just that): the columns of the annex's tables of choice answers.
    kind: str = ""
    region: str = ""
    short_name: str = ""

    @property
    def table_name(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True, slots=True)
class Entry:
    """One question to print and its answer (None: unanswered, printed with --all-questions)."""

    question: Question
    value: Value | None


@dataclass(frozen=True, slots=True)
class AnnexEntry:
    question: Question
    answers: list[tuple[str, Value]]  # (member name, value), in member order
    members: list[MemberAnswers] = field(default_factory=list)  # who gave each of those answers


def organisation(draft: Draft) -> str:
    return draft.organisation.strip() or NO_ORGANISATION


def value_text(question: Question, value: Value | None) -> str:
    """A value on one line: option labels joined by commas, integers with French grouping."""
    if value is None:
        return ""
    if question.kind.is_choice:
        return ", ".join(option_labels(question, value))
    if isinstance(value, int):
        return french_number(value)
    if isinstance(value, list):
        return ", ".join(value)
    return value


def collective_members(form: Form, draft: Draft) -> int | None:
    """N in "Contribution collective au nom de N membres", for a federation or GHT that gave N."""
    kind = draft.value(form, TYPE)
    count = draft.value(form, MEMBERS)
    if kind in COLLECTIVE_TYPES and isinstance(count, int) and count > 0:
        return count
    return None


def collective_sentence(count: int) -> str:
    return f"Contribution collective au nom de {french_number(count)} membre{'s' if count > 1 else ''}"


def cover_labels(form: Form, draft: Draft) -> list[str]:
    """Respondent type and roles, as option labels."""
    lines = []
    for qid in (TYPE, ROLES):
        question = form.question(qid)
        value = draft.value(form, qid)
        if question is not None and not is_empty(value):
            lines.append(value_text(question, value))
    return lines


def identification_rows(form: Form, draft: Draft) -> list[tuple[str, str]]:
    """(prompt, value) of each answered identification question; the organisation always."""
    section = form.identification()
    rows: list[tuple[str, str]] = []
    if section is None:
        return [("Organisation", organisation(draft))]
    for question in section.questions:
        value = draft.value(form, question.id)
        if question.id == ORGANISATION:
            rows.append((question.prompt, organisation(draft)))
        elif not is_empty(value) and is_visible(form, draft, question):
            rows.append((question.prompt, value_text(question, value)))
    return rows


def publication(form: Form, draft: Draft) -> tuple[str, list[Entry]]:
    """The publication choice stated plainly, and the section's other answers (e.g. reservations)."""
    sentence = NO_PUBLICATION_CHOICE
    others: list[Entry] = []
    for section in form.sections:
        if section.kind is not SectionKind.PUBLICATION:
            continue
        consent_seen = False
        for question in section.questions:
            value = draft.value(form, question.id)
            if question.kind is QuestionKind.SINGLE_CHOICE and not consent_seen:
                consent_seen = True
                if isinstance(value, str) and value:
                    sentence = PUBLICATION_SENTENCES.get(
                        value, f"{question.prompt} {question.option_label(value)}.")
            elif not is_empty(value):
                others.append(Entry(question, value))
    return sentence, others


def body_sections(form: Form, draft: Draft, all_questions: bool = False) -> list[tuple[Section, list[Entry]]]:
    """The sheets and general remarks with at least one answer (every one with all_questions)."""
    result = []
    for section in form.sections:
        if section.kind not in OPINION_SECTION_KINDS:
            continue
        entries = []
        for question in section.questions:
            if not is_visible(form, draft, question):
                continue
            value = draft.value(form, question.id)
            if is_empty(value):
                if all_questions:
                    entries.append(Entry(question, None))
            else:
                entries.append(Entry(question, value))
        if all_questions or any(entry.value is not None for entry in entries):
            result.append((section, entries))
    return result


def annex_sections(form: Form, members: list[MemberAnswers]) -> list[tuple[Section, list[AnnexEntry]]]:
    """Per sheet and question, each member's answer; sections and questions nobody answered are left out."""
    result = []
    for section in form.sections:
        if section.kind not in OPINION_SECTION_KINDS:
            continue
        entries = []
        for question in section.questions:
            answering = [member for member in members if not is_empty(member.answers.get(question.id))]
            if answering:
                entries.append(AnnexEntry(question, [(member.name, member.answers[question.id])
                                                     for member in answering], answering))
        if entries:
            result.append((section, entries))
    return result


def answered_count(form: Form, member: MemberAnswers) -> int:
    return sum(1 for section in form.sections if section.kind in OPINION_SECTION_KINDS
               for question in section.questions if not is_empty(member.answers.get(question.id)))


def member_answers(form: Form, draft: Draft, number: int) -> MemberAnswers:
    """A member draft as the annex shows it: named only if the member said yes to being named in the
    annex (``draft.annex_naming``); otherwise "Membre 12 (type, région)"."""
    name = draft.organisation.strip()
    kind, region = (_identification_label(form, draft, qid) for qid in (TYPE, REGION))
    short_name = ""
    if draft.annex_naming is not True or not name:
        details = [detail for detail in (kind, region) if detail]
        short_name = f"Membre {number}"
        name = short_name + (f" ({', '.join(details)})" if details else "")
    answers = {qid: value for qid, value in draft.answers.items() if not is_empty(value)}
    return MemberAnswers(name, answers, kind, region, short_name)


def _identification_label(form: Form, draft: Draft, question_id: str) -> str:
    question = form.question(question_id)
    value = draft.value(form, question_id) if question is not None else None
    return "" if question is None or is_empty(value) else value_text(question, value)


def members_from_sources(form: Form, draft: Draft) -> list[MemberAnswers]:
    """The member contributions a collective draft keeps, as the annex shows them, in collection order."""
    return [member_answers(form, Draft(form_ref=draft.form_ref, identity=dict(member.identity),
                                       answers=dict(member.answers), annex_naming=member.annex_naming),
                           number)
            for number, member in enumerate(draft.members, start=1)]
