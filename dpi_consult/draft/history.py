"""Per-field revision history, kept so that copies of one draft can later be merged three ways."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from dpi_consult.draft.ids import new_revision_id
from dpi_consult.draft.values import Value


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
