"""Merging one field of two copies from its revision history: one side's change wins, both combine, or they conflict."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dpi_consult.draft.conflicts import Conflict
from dpi_consult.draft.history import FieldHistory, Revision, value_to_text
from dpi_consult.draft.ids import new_revision_id
from dpi_consult.draft.values import Value
from dpi_consult.merge.paragraphs3 import has_conflict, hunks_text, merge_text


class Outcome(StrEnum):
    SAME = "same"  # nothing to do: both copies hold the same revision, or only mine changed it
    TAKEN = "taken"  # changed on their side only: their revision
    COMBINED = "combined"  # changed on both sides, in different paragraphs (or identically)
    CONFLICT = "conflict"  # changed on both sides in the same paragraph, or a choice changed both ways


@dataclass(slots=True)
class FieldSide:
    """A field as one copy holds it: its value (equal to its history's head), history and any open conflict."""

    value: Value | None
    history: FieldHistory
    conflict: Conflict | None = None


@dataclass(slots=True)
class FieldResult:
    value: Value | None
    history: FieldHistory
    conflict: Conflict | None
    outcome: Outcome


def side_order(revision: Revision) -> tuple[str, str, str]:
    """Who changed it and when decide the order of a conflict's sides, never which copy was merged into which."""
    return (revision.author, revision.time, revision.id)


def union(first: FieldHistory, second: FieldHistory, head: Revision | None) -> FieldHistory:
    """Both histories' revisions, each once, `head` last (the field's current state)."""
    seen: dict[str, Revision] = {}
    for revision in (*first.revisions, *second.revisions):
        seen.setdefault(revision.id, revision)
    ordered = sorted((r for r in seen.values() if head is None or r.id != head.id), key=lambda r: (r.time, r.id))
    return FieldHistory(ordered + ([head] if head is not None else []))


def best_common(history: FieldHistory, first: str, second: str) -> Revision | None:
    """The latest revision both heads descend from (None when their histories never met)."""
    common = history.ancestors(first) & history.ancestors(second)
    if not common:
        return None
    index = history.by_id()
    # Common ancestors that are ancestors of another common ancestor are not the nearest.
    below = set().union(*(history.ancestors(r) - {r} for r in common))
    nearest = [index[r] for r in common - below] or [index[r] for r in common]
    return max(nearest, key=lambda r: (r.time, r.id))


def merge_field(mine: FieldSide, theirs: FieldSide, *, paragraphs: bool, author: str, time: str) -> FieldResult:
    """Merge one field. `paragraphs`: a text merged paragraph by paragraph (long answers, notes); otherwise the
    value is one piece (choices, numbers, short texts, statuses) and two different changes conflict."""
    head_m, head_t = mine.history.head, theirs.history.head
    if head_t is None or (head_m is not None and head_m.id == head_t.id):
        return FieldResult(mine.value, union(mine.history, theirs.history, head_m),
                           mine.conflict or theirs.conflict, Outcome.SAME)
    if head_m is None:
        return FieldResult(theirs.value, union(mine.history, theirs.history, head_t), theirs.conflict,
                           Outcome.TAKEN)
    history = union(mine.history, theirs.history, None)
    if head_t.id in history.ancestors(head_m.id):
        return FieldResult(mine.value, union(mine.history, theirs.history, head_m), mine.conflict, Outcome.SAME)
    if head_m.id in history.ancestors(head_t.id):
        return FieldResult(theirs.value, union(mine.history, theirs.history, head_t), theirs.conflict,
                           Outcome.TAKEN)

    base = best_common(history, head_m.id, head_t.id)
    (first, first_value), (second, second_value) = sorted(
        [(head_m, mine.value), (head_t, theirs.value)], key=lambda pair: side_order(pair[0]))
    base_text = base.text if base is not None else None
    conflicted = False
    if paragraphs and all(isinstance(v, str | None) for v in (first_value, second_value)):
        hunks = merge_text(base_text or "", first.text or "", second.text or "")
        conflicted = has_conflict(hunks)
        text = hunks_text(hunks, "both")
        value: Value | None = text or None
    elif first.text == base_text:
        value = second_value
    elif second.text == base_text or first.text == second.text:
        value = first_value
    else:
        conflicted = True
        # One piece cannot hold both: the first in canonical order stands until someone chooses, unless it is
        # a deletion (a conflict never leaves a field empty when one side wrote something).
        value = first_value if first_value is not None else second_value
    merge = Revision(new_revision_id(), (first.id, second.id), author, time, value_to_text(value))
    history.revisions.append(merge)
    if conflicted:
        return FieldResult(value, history, Conflict(base.id if base else None, (first.id, second.id)),
                           Outcome.CONFLICT)
    return FieldResult(value, history, None, Outcome.COMBINED)
