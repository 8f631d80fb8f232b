"""Whether a conditional question applies, given the answer it depends on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dpi_consult.form.model import Form, Question

if TYPE_CHECKING:
    from dpi_consult.draft.model import Draft


def is_visible(form: Form, draft: Draft, question: Question) -> bool:
    if question.visible_if is None:
        return True
    value = draft.value(form, question.visible_if.question)
    return isinstance(value, str) and value in question.visible_if.values
