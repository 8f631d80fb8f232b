"""Per-field revision history, kept so that copies of one draft can later be merged three ways."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from dpi_consult.draft.ids import new_revision_id
from dpi_consult.draft.values import Value, is_value
from dpi_consult.form.model import Form, QuestionKind


@dataclass(frozen=True, slots=True)
class Revision:
    """One saved state of one field; `text` is None when the field was deleted."""

    id: str
    parents: tuple[str, ...]
    author: str
    time: str
    text: str | None

    @property
    def deleted(self) -> bool:
        return self.text is None


@dataclass(slots=True)
class FieldHistory:
    """Revisions of one field in the order they were made; the last one is the head."""

    revisions: list[Revision] = field(default_factory=list)

    @property
    def head(self) -> Revision | None:
        return self.revisions[-1] if self.revisions else None

    def by_id(self) -> dict[str, Revision]:
        return {r.id: r for r in self.revisions}

    def ancestors(self, revision_id: str) -> set[str]:
        """Every revision reachable from `revision_id` through parents, itself included."""
        index = self.by_id()
        seen: set[str] = set()
        stack = [revision_id]
        while stack:
            current = stack.pop()
            if current in seen or current not in index:
                continue
            seen.add(current)
            stack.extend(index[current].parents)
        return seen


def value_to_text(value: Value | None) -> str | None:
    """Canonical text of a value for the history: strings as they are, others as JSON."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def record(history: FieldHistory, value: Value | None, author: str, time: str) -> bool:
    """Append a revision when the value differs from the head; True if one was added."""
    text = value_to_text(value)
    head = history.head
    if head is None:
        if text is None:
            return False
        parents: tuple[str, ...] = ()
    else:
        if head.text == text:
            return False
        parents = (head.id,)
    history.revisions.append(Revision(new_revision_id(), parents, author, time, text))
    return True


# Values a history stores as JSON; every other value's text is the value itself.
_JSON_KINDS: dict[QuestionKind, type] = {QuestionKind.INTEGER: int, QuestionKind.MULTIPLE_CHOICE: list}


def text_to_value(form: Form, key: str, text: str, current: Value | None) -> Value:
    """The value whose history text is `text`. The form's question kind says whether it was JSON; for a question
    the form no longer has, the type of its current value, or a guess from the text when it has none."""
    store, _, name = key.partition("/")
    if store in ("statuses", "notes"):
        return text
    question = form.question(name)
    if question is not None:
        expected: type | tuple[type, ...] = _JSON_KINDS.get(question.kind, str)
    elif current is not None:
        expected = type(current)
    else:
        expected = (int, list)
    if expected is str:
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return text
    # Only a value that writes back to this very text is the one recorded: "007" or "1.0" stay texts.
    if is_value(value) and isinstance(value, expected) and value_to_text(value) == text:
        return value
    return text
