"""The form 1.0 fixtures, and answers of the right kind for any question."""

from __future__ import annotations

from pathlib import Path

from dpi_consult.draft.values import Value
from dpi_consult.form.loader import load_form_file
from dpi_consult.form.model import Form, FormChange, Question, QuestionKind
from dpi_consult.form.registry import bundled_form
from dpi_consult.form.version_changes import version_key

FIXTURES = Path(__file__).parents[1] / "fixtures" / "form-1.0"


def form_1_0() -> Form:
    return load_form_file(FIXTURES / "cnil-dpi-2025-1.0.toml")


def changes_since_1_0() -> list[FormChange]:
    return [c for c in bundled_form().changes if version_key(c.version) > (1, 0)]


def added_since_1_0() -> list[Question]:
    form = bundled_form()
    ids = [q for change in changes_since_1_0() for q in change.added_questions]
    return [question for question in form.questions if question.id in ids]


def sample_value(question: Question) -> Value:
    """An answer a member could give: distinct per question, so that each can be found again."""
    if question.kind is QuestionKind.LONG_TEXT:
        return f"Réponse détaillée à {question.id} : trois phrases suffisent."
    if question.kind is QuestionKind.SHORT_TEXT:
        return f"Réponse {question.id.split('.')[-1]}"
    if question.kind is QuestionKind.INTEGER:
        return max(question.min or 0, min(question.max or 10**9, 42))
    if question.kind is QuestionKind.SINGLE_CHOICE:
        return question.options[-1].id
    return [question.options[0].id, question.options[-1].id]
