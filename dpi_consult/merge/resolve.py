"""Resolving an open conflict: what each side wrote, how it differs from the ancestor, what each choice gives."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dpi_consult.draft.history import text_to_value, value_to_text
from dpi_consult.draft.model import Draft, SheetStatus
from dpi_consult.draft.values import Value
from dpi_consult.form.model import Form, QuestionKind
from dpi_consult.merge.fields import base_text
from dpi_consult.merge.paragraphs3 import hunks_text, merge_text
from dpi_consult.word_changes import Span, inline_changes


class Keep(StrEnum):
    FIRST = "first"
    SECOND = "second"
    BOTH = "both"


@dataclass(frozen=True, slots=True)
class ConflictSide:
    author: str
    time: str
    text: str  # as the reader sees it: a choice by its labels
    changes: list[Span]  # against the common ancestor


@dataclass(frozen=True, slots=True)
class ConflictView:
    key: str
    base_text: str
    first: ConflictSide
    second: ConflictSide
    # A text merged paragraph by paragraph: both versions can be kept one after the other, and edited.
    paragraphs: bool
    # The field was changed after the merge: choosing a side replaces that change too.
    edited_since: bool


def _question(form: Form, key: str):
    store, _, name = key.partition("/")
    return form.question(name) if store in ("identity", "answers") else None


def _decode(form: Form, draft: Draft, key: str, text: str | None) -> Value | None:
    if text is None:
        return None
    return text_to_value(form, key, text, draft.field_value(key))


def _shown(form: Form, draft: Draft, key: str, text: str | None) -> str:
    question = _question(form, key)
    value = _decode(form, draft, key, text)
    if question is not None and question.kind.is_choice and value is not None:
        chosen = value if isinstance(value, list) else [value]
        return ", ".join(question.option_label(str(v)) for v in chosen)
    if key.startswith("statuses/") and isinstance(value, str):
        return SheetStatus(value).label if value in {s.value for s in SheetStatus} else value
    return "" if value is None else str(value)


def is_paragraph_field(form: Form, key: str) -> bool:
    store = key.partition("/")[0]
    if store == "notes":
        return True
    question = _question(form, key)
    return question is not None and question.kind is QuestionKind.LONG_TEXT


def conflict_view(form: Form, draft: Draft, key: str) -> ConflictView:
    conflict = draft.conflicts[key]
    history = draft.history[key]
    _base, first, second = conflict.revisions(history)
    started_text = base_text(history, first.id, second.id, paragraphs=is_paragraph_field(form, key))
    started = _shown(form, draft, key, started_text)
    sides = [ConflictSide(r.author, r.time, _shown(form, draft, key, r.text),
                          inline_changes(started, _shown(form, draft, key, r.text))) for r in (first, second)]
    # The merge's own revision holds the text the merge left; anything else now is a later change.
    merged = next((r for r in draft.history[key].revisions if set(r.parents) == set(conflict.sides)), None)
    edited = merged is not None and _current_text(draft, key) != merged.text
    return ConflictView(key, started, sides[0], sides[1], is_paragraph_field(form, key), edited)


def _current_text(draft: Draft, key: str) -> str | None:
    return value_to_text(draft.field_value(key))


def resolved_value(form: Form, draft: Draft, key: str, keep: Keep) -> Value | None:
    """The field's value when its conflict is resolved by keeping one side, or both (texts only): the changes
    the merge combined elsewhere in the text stay, only the conflicting paragraphs follow the choice."""
    conflict = draft.conflicts[key]
    history = draft.history[key]
    _base, first, second = conflict.revisions(history)
    if not is_paragraph_field(form, key):
        if keep is Keep.BOTH:
            raise ValueError("une réponse d’un seul tenant ne peut pas garder deux versions")
        return _decode(form, draft, key, (first if keep is Keep.FIRST else second).text)
    started = base_text(history, first.id, second.id, paragraphs=True)
    hunks = merge_text(started or "", first.text or "", second.text or "")
    chosen, provisional = hunks_text(hunks, keep.value), hunks_text(hunks, Keep.BOTH.value)
    current = _current_text(draft, key) or ""
    if current == provisional:
        return chosen or None
    # Changed since the merge (a later merge combined other paragraphs, or someone typed): those changes stay
    # where they do not touch the conflict's paragraphs; where they do, the choice made now wins.
    return hunks_text(merge_text(provisional, chosen, current), Keep.FIRST.value) or None
