"""What a recovery copy holds that its saved file does not: the answers, notes and statuses that differ."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dpi_consult.draft.files import read_draft
from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import Value, is_empty
from dpi_consult.errors import InputError
from dpi_consult.recovery import Recovery


class ChangeKind(StrEnum):
    ANSWER = "answer"
    NOTE = "note"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class RecoveredChange:
    """One field that differs: a question id (answer) or a section id (note, status), its two values."""

    kind: ChangeKind
    key: str
    saved: Value | None
    recovered: Value | None


@dataclass(frozen=True, slots=True)
class SavedFile:
    """The saved file a recovery copy belongs to, as read now: its draft, or why it could not be read."""

    draft: Draft | None
    problem: str | None = None


def read_saved_file(recovery: Recovery) -> SavedFile | None:
    """None for a draft that was never saved."""
    if recovery.original_path is None:
        return None
    try:
        return SavedFile(read_draft(recovery.original_path))
    except (InputError, OSError) as exc:
        return SavedFile(None, str(exc))


def _differing(kind: ChangeKind, saved: dict, recovered: dict) -> list[RecoveredChange]:
    changes = []
    for key in sorted(set(saved) | set(recovered)):
        before, after = saved.get(key), recovered.get(key)
        if is_empty(before) and is_empty(after):
            continue
        if before != after:
            changes.append(RecoveredChange(kind, key, None if is_empty(before) else before,
                                           None if is_empty(after) else after))
    return changes


def changes_since_saved(saved: Draft, recovered: Draft) -> list[RecoveredChange]:
    """Answers (identification included), then notes, then statuses that the recovery copy has otherwise."""
    return (_differing(ChangeKind.ANSWER, {**saved.identity, **saved.answers},
                       {**recovered.identity, **recovered.answers})
            + _differing(ChangeKind.NOTE, saved.notes, recovered.notes)
            + _differing(ChangeKind.STATUS, {k: v.value for k, v in saved.statuses.items()},
                         {k: v.value for k, v in recovered.statuses.items()}))
