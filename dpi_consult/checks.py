"""Checking a draft's answers against its form: limits, choices, formats, required identification."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import Value, is_empty
from dpi_consult.draft.visibility import is_visible
from dpi_consult.form.model import Form, Question, QuestionKind, Section
from dpi_consult.form.version_changes import retired_choice_advice
from dpi_consult.format_checks import FORMAT_CHECKS
from dpi_consult.french_formats import counted, french_number
from dpi_consult.markdown import plain_length

UNKNOWN_SHOWN = 5


class Severity(StrEnum):
    ERROR = "erreur"
    WARNING = "avertissement"


class Problem(StrEnum):
    """What is wrong with an answer, for those who sort or mark findings (the navigator, the check before sending)."""

    MISSING = "missing"
    OVER_LIMIT = "over_limit"
    INVALID = "invalid"
    ORPHAN = "orphan"
    # A choice an older version of the form offered: kept, and to be chosen again.
    RETIRED = "retired"
    # Two copies changed the same paragraph or choice: both versions are kept until someone decides.
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class Finding:
    question_id: str
    severity: Severity
    message: str
    problem: Problem = Problem.INVALID

    def __str__(self) -> str:
        return f"{self.severity.value} : {self.question_id} : {self.message}"


def check_value(question: Question, value: Value) -> list[str]:
    """Problems of one answer against its question (empty list when fine)."""
    return [message for _, message in value_problems(question, value)]


def over_limit(question: Question, text: str) -> str | None:
    """Why a text is too long for the question, or None; long answers count their plain text."""
    if question.max_chars is None:
        return None
    length = plain_length(text) if question.kind is QuestionKind.LONG_TEXT else len(text)
    if length <= question.max_chars:
        return None
    return (f"{french_number(length)} caractères pour une limite de {french_number(question.max_chars)} "
            f"({french_number(length - question.max_chars)} de trop)")


def value_problems(question: Question, value: Value) -> list[tuple[Problem, str]]:
    """Problems of one answer against its question, each with its kind."""
    problems: list[tuple[Problem, str]] = []
    kind = question.kind
    if kind.is_text:
        if not isinstance(value, str):
            return [(Problem.INVALID, "une réponse texte était attendue")]
        too_long = over_limit(question, value)
        if too_long:
            problems.append((Problem.OVER_LIMIT, too_long))
        check = FORMAT_CHECKS.get(question.format or "")
        if check is not None:
            problem = check(value)
            if problem:
                problems.append((Problem.INVALID, problem))
    elif kind is QuestionKind.INTEGER:
        if not isinstance(value, int) or isinstance(value, bool):
            return [(Problem.INVALID, "un nombre entier était attendu")]
        if question.min is not None and value < question.min:
            problems.append((Problem.INVALID, f"{value} est inférieur au minimum {question.min}"))
        if question.max is not None and value > question.max:
            problems.append((Problem.INVALID, f"{value} est supérieur au maximum {question.max}"))
    elif kind is QuestionKind.SINGLE_CHOICE:
        if not isinstance(value, str):
            return [(Problem.INVALID, "un choix unique était attendu")]
        if question.option(value) is None:
            retired = question.retired_option(value)
            if retired is not None:
                problems.append((Problem.RETIRED, retired_choice_advice(question, retired)))
            else:
                problems.append((Problem.INVALID, f"choix inconnu « {value} »"))
    elif kind is QuestionKind.MULTIPLE_CHOICE:
        if not isinstance(value, list):
            return [(Problem.INVALID, "une liste de choix était attendue")]
        for option_id in dict.fromkeys(v for v in value if isinstance(v, str) and question.option(v) is None):
            retired = question.retired_option(option_id)
            if retired is not None:
                problems.append((Problem.RETIRED, retired_choice_advice(question, retired)))
        unknown = list(dict.fromkeys(v for v in value
                                     if question.option(v) is None and question.retired_option(v) is None))
        if unknown:
            noun = "choix inconnu" if len(unknown) == 1 else "choix inconnus"
            # A hostile list can hold millions: the first few say enough.
            shown = ", ".join(f"« {v[:40]} »" for v in unknown[:UNKNOWN_SHOWN])
            more = f" et {counted(len(unknown) - UNKNOWN_SHOWN, 'autre')}" if len(unknown) > UNKNOWN_SHOWN else ""
            problems.append((Problem.INVALID, f"{noun} : {shown}{more}"))
        if len(set(value)) != len(value):
            problems.append((Problem.INVALID, "un même choix figure plusieurs fois"))
    return problems


def section_findings(draft: Draft, form: Form, section: Section) -> list[Finding]:
    """The problems of one section's answers: required answers missing, answers over their limit or malformed.

    A question shown only to some respondents (the members of a federation) is neither required
    nor checked for the others.
    """
    findings: list[Finding] = []
    if draft.conflicts:
        for key, label in ((f"statuses/{section.id}", "statut de la section"),
                           (f"notes/{section.id}", "notes internes")):
            if key in draft.conflicts:
                findings.append(Finding(section.id, Severity.WARNING, conflict_message(draft, key, label),
                                        Problem.CONFLICT))
    for question in section.questions:
        for key in (f"identity/{question.id}", f"answers/{question.id}"):
            if key in draft.conflicts:
                findings.append(Finding(question.id, Severity.WARNING, conflict_message(draft, key),
                                        Problem.CONFLICT))
        if question.visible_if is not None and not is_visible(form, draft, question):
            continue  # hidden from this respondent: neither asked nor sent
        value = draft.value(form, question.id)
        if is_empty(value):
            if question.required:
                findings.append(Finding(question.id, Severity.ERROR, f"réponse obligatoire absente ({question.prompt})",
                                        Problem.MISSING))
            continue
        assert value is not None
        for problem, message in value_problems(question, value):
            severity = Severity.WARNING if problem is Problem.RETIRED else Severity.ERROR
            findings.append(Finding(question.id, severity, message, problem))
    return findings


def conflict_message(draft: Draft, key: str, what: str = "réponse") -> str:
    """« conflit de fusion à résoudre (réponse) : deux versions gardées, de Marie Durand et de Paul Martin »."""
    conflict = draft.conflicts[key]
    revisions = draft.history[key].by_id() if key in draft.history else {}
    authors = [revisions[r].author if r in revisions else "?" for r in conflict.sides]
    who = f"toutes deux de {authors[0]}" if authors[0] == authors[1] else f"de {authors[0]} et de {authors[1]}"
    return f"conflit de fusion à résoudre ({what}) : deux versions gardées, {who}"


def check_draft(draft: Draft, form: Form) -> list[Finding]:
    """Every problem of the draft's answers, in form order; orphan answers come last as warnings."""
    findings: list[Finding] = []
    for section in form.sections:
        findings += section_findings(draft, form, section)
    for question_id in draft.orphan_answers(form):
        findings.append(Finding(question_id, Severity.WARNING,
                                "réponse à une question absente du formulaire (conservée)", Problem.ORPHAN))
    for section_id in draft.statuses:
        if form.section(section_id) is None:
            findings.append(Finding(section_id, Severity.WARNING, "statut d’une section absente du formulaire",
                                    Problem.ORPHAN))
    return findings
