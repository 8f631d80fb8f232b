"""An answer in words: option labels instead of ids, in the form's order; long answers as plain text or as written."""

from __future__ import annotations

from dpi_consult.draft.values import Value
from dpi_consult.form.model import Question, QuestionKind
from dpi_consult.markdown import parse, to_plain_text


def option_labels(question: Question, value: Value | None) -> list[str]:
    """The labels of the options chosen, in the form's order whatever the order of ticking."""
    if isinstance(value, list):
        order = {option.id: index for index, option in enumerate(question.options)}
        ordered = sorted(value, key=lambda item: order.get(item, len(order)))
        return [question.option_label(item) for item in ordered]
    if isinstance(value, str):
        return [question.option_label(value)]
    return []


def answer_text(question: Question | None, value: Value | None, *, keep_markdown: bool = False,
                separator: str = ", ") -> str:
    """What the answer says. `question` None: an answer the form no longer has, shown as stored.

    A long answer loses its Markdown markers unless `keep_markdown` (what a search or a reader that
    formats it wants); short answers are never Markdown, so they stay as typed.
    """
    if value is None:
        return ""
    if question is None:
        return separator.join(value) if isinstance(value, list) else str(value)
    if question.kind.is_choice:
        return separator.join(option_labels(question, value))
    if isinstance(value, list):
        return separator.join(value)
    if question.kind is QuestionKind.LONG_TEXT and isinstance(value, str) and not keep_markdown:
        return to_plain_text(parse(value))
    return str(value)
