"""Checking a draft's answers against its form: limits, choices, formats, required identification."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import Value, is_empty
from dpi_consult.form.model import Form, Question, QuestionKind, SectionKind
from dpi_consult.format_checks import FORMAT_CHECKS
from dpi_consult.markdown import plain_length
from dpi_consult.visibility import is_visible


class Severity(StrEnum):
    ERROR = "erreur"
    WARNING = "avertissement"


@dataclass(frozen=True, slots=True)
class Finding:
    question_id: str
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.severity.value} : {self.question_id} : {self.message}"


def check_value(question: Question, value: Value) -> list[str]:
    """Problems of one answer against its question (empty list when fine)."""
    problems: list[str] = []
    kind = question.kind
    if kind.is_text:
        if not isinstance(value, str):
            return ["une réponse texte était attendue"]
        if question.max_chars is not None:
            length = plain_length(value) if kind is QuestionKind.LONG_TEXT else len(value)
            if length > question.max_chars:
                problems.append(f"{length} caractères pour une limite de {question.max_chars} "
                                f"({length - question.max_chars} de trop)")
        check = FORMAT_CHECKS.get(question.format or "")
        if check is not None:
            problem = check(value)
            if problem:
                problems.append(problem)
    elif kind is QuestionKind.INTEGER:
        if not isinstance(value, int) or isinstance(value, bool):
            return ["un nombre entier était attendu"]
        if question.min is not None and value < question.min:
            problems.append(f"{value} est inférieur au minimum {question.min}")
        if question.max is not None and value > question.max:
            problems.append(f"{value} est supérieur au maximum {question.max}")
    elif kind is QuestionKind.SINGLE_CHOICE:
        if not isinstance(value, str):
            return ["un choix unique était attendu"]
        if question.option(value) is None:
            problems.append(f"choix inconnu « {value} »")
    elif kind is QuestionKind.MULTIPLE_CHOICE:
        if not isinstance(value, list):
            return ["une liste de choix était attendue"]
        unknown = [v for v in value if question.option(v) is None]
        if unknown:
            problems.append(f"choix inconnu(s) : {', '.join(unknown)}")
        if len(set(value)) != len(value):
            problems.append("un même choix figure plusieurs fois")
    return problems


def check_draft(draft: Draft, form: Form) -> list[Finding]:
    """Every problem of the draft's answers, in form order; orphan answers come last as warnings."""
    findings: list[Finding] = []
    for section in form.sections:
        for question in section.questions:
            value = draft.value(form, question.id)
            if is_empty(value):
                if (question.required and section.kind is SectionKind.IDENTIFICATION
                        and is_visible(form, draft, question)):
                    findings.append(Finding(question.id, Severity.ERROR,
                                            f"réponse obligatoire absente ({question.prompt})"))
                continue
            assert value is not None
            for problem in check_value(question, value):
                findings.append(Finding(question.id, Severity.ERROR, problem))
    for question_id in draft.orphan_answers(form):
        findings.append(Finding(question_id, Severity.WARNING,
                                "réponse à une question absente du formulaire (conservée)"))
    for section_id in draft.statuses:
        if form.section(section_id) is None:
            findings.append(Finding(section_id, Severity.WARNING, "statut d’une section absente du formulaire"))
    return findings
