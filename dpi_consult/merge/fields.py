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


def union(first: FieldHistory, second: FieldHistory) -> FieldHistory:
    """Both histories' revisions, each once, in the order they were made."""
    seen: dict[str, Revision] = {}
    for revision in (*first.revisions, *second.revisions):
        seen.setdefault(revision.id, revision)
    return FieldHistory(sorted(seen.values(), key=lambda r: (r.time, r.id)))


def _headed(history: FieldHistory, head: Revision | None) -> FieldHistory:
    """The same revisions with `head` last: the field's current state is its history's last revision."""
    if head is None:
        return history
    return FieldHistory([r for r in history.revisions if r.id != head.id] + [head])


def nearest_common(history: FieldHistory, first: str, second: str) -> list[Revision]:
    """The revisions both heads descend from that no other such revision descends from, oldest first (several
    after criss-cross merges: A merged with B here and B with A there)."""
    common = history.ancestors(first) & history.ancestors(second)
    index = history.by_id()
    below = set().union(*(history.ancestors(r) - {r} for r in common)) if common else set()
    return sorted((index[r] for r in common - below), key=lambda r: (r.time, r.id))


def best_common(history: FieldHistory, first: str, second: str) -> Revision | None:
    """The latest nearest common ancestor (None when the histories never met): what a conflict records."""
    nearest = nearest_common(history, first, second)
    return nearest[-1] if nearest else None


def base_text(history: FieldHistory, first: str, second: str, *, paragraphs: bool, depth: int = 0) -> str | None:
    """The text both heads started from. After criss-cross merges there are several nearest ancestors: merged
    together (with their own base, as git's recursive strategy does), so that what each of them already holds
    is not taken as written twice."""
    nearest = nearest_common(history, first, second)
    if not nearest:
        return None
    if len(nearest) == 1 or not paragraphs or depth > 8:
        return nearest[-1].text
    text = nearest[0].text
    for previous, revision in zip(nearest, nearest[1:], strict=False):
        inner = base_text(history, previous.id, revision.id, paragraphs=True, depth=depth + 1)
        text = hunks_text(merge_text(inner or "", text or "", revision.text or ""), "both") or None
    return text


def merge_field(mine: FieldSide, theirs: FieldSide, *, paragraphs: bool, author: str, time: str) -> FieldResult:
    """Merge one field. `paragraphs`: a text merged paragraph by paragraph (long answers, notes); otherwise the
    value is one piece (choices, numbers, short texts, statuses) and two different changes conflict."""
    head_m, head_t = mine.history.head, theirs.history.head
    history = union(mine.history, theirs.history)
    if head_t is None or (head_m is not None and head_m.id == head_t.id):
        return FieldResult(mine.value, _headed(history, head_m), mine.conflict or theirs.conflict, Outcome.SAME)
    if head_m is None:
        return FieldResult(theirs.value, _headed(history, head_t), theirs.conflict, Outcome.TAKEN)
    if head_t.id in history.ancestors(head_m.id):
        return FieldResult(mine.value, _headed(history, head_m), mine.conflict, Outcome.SAME)
    if head_m.id in history.ancestors(head_t.id):
        return FieldResult(theirs.value, _headed(history, head_t), theirs.conflict, Outcome.TAKEN)

    base = best_common(history, head_m.id, head_t.id)
    (first, first_value), (second, second_value) = sorted(
        [(head_m, mine.value), (head_t, theirs.value)], key=lambda pair: side_order(pair[0]))
    paragraphs = paragraphs and all(isinstance(v, str | None) for v in (first_value, second_value))
    started = base_text(history, first.id, second.id, paragraphs=paragraphs)
    conflicted = False
    if paragraphs:
        hunks = merge_text(started or "", first.text or "", second.text or "")
        conflicted = has_conflict(hunks)
        text = hunks_text(hunks, "both")
        value: Value | None = text or None
    elif first.text == started:
        value = second_value
    elif second.text == started or first.text == second.text:
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
    # A conflict still open on either side stays open: combining other paragraphs settles nothing. Its two
    # versions are still in the text (kept one after the other), and still to be chosen between.
    carried = sorted((c for c in (mine.conflict, theirs.conflict) if c is not None), key=lambda c: c.sides)
    return FieldResult(value, history, carried[0] if carried else None, Outcome.COMBINED)
