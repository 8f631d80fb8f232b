"""A recent document as the start page knows it: what it is, whose, how far along, and whether it can be reached."""

from __future__ import annotations

import os
from pathlib import Path

from dpi_consult.draft.model import Draft
from dpi_consult.form.model import Form
from dpi_consult.ui_state import RecentDocument


def describe(path: str | Path, form: Form, draft: Draft, opened_as_kit: bool = False) -> RecentDocument:
    """The entry for a document just opened or saved; a kit is described by its federation, not by progress."""
    if opened_as_kit and draft.kit is not None:
        return RecentDocument(str(path), organisation=draft.kit.federation_name, kind="kit", kit_id=draft.kit_id)
    answered = total = 0
    for section in form.sections:
        done, asked = draft.answered_count(form, section.id)
        answered += done
        total += asked
    return RecentDocument(str(path), organisation=draft.organisation,
                          kind="collective" if draft.is_collective else "draft", kit_id=draft.kit_id,
                          answered=answered, total=total, saved_at=draft.saved_at)


def started_from_kit(recent: list[RecentDocument], kit: RecentDocument) -> list[RecentDocument]:
    """The drafts in the recent list that were started from this kit, most recent first."""
    if kit.kit_id is None:
        return []
    return [entry for entry in recent if not entry.is_kit and entry.kit_id == kit.kit_id]


def is_reachable(path: str) -> bool:
    """Whether the file is there and readable; on a network drive that went away this may block: call it off the UI
    thread."""
    return os.path.isfile(path) and os.access(path, os.R_OK)
