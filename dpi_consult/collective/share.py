"""A member's share export: the draft as sent to a federation, without notes, statuses or history."""

from __future__ import annotations

import copy
from pathlib import Path

from dpi_consult.draft.files import write_draft
from dpi_consult.draft.model import Draft, DraftKind


def share_copy(draft: Draft) -> Draft:
    """Identity, answers, naming consent and kit id of a draft, as a draft of kind "share".

    The draft id and the save time stay those of the working draft: a federation that collects two
    exports of the same draft keeps the later one. Fields written by a newer version of the app are
    left out too, since nobody can tell here whether they are private.
    """
    return Draft(
        form_ref=copy.deepcopy(draft.form_ref),
        draft_id=draft.draft_id,
        identity=dict(draft.identity),
        answers=dict(draft.answers),
        created_at=draft.created_at,
        saved_at=draft.saved_at,
        app_version=draft.app_version,
        kind=DraftKind.SHARE,
        kit_id=draft.kit_id,
        annex_naming=draft.annex_naming,
    )


def write_share(draft: Draft, path: str | Path) -> Draft:
    """Write the share export of `draft` atomically and return it.

    Not save_draft: saving would stamp a new time and record revisions, and the export must carry
    the working draft's own save time and no history.
    """
    shared = share_copy(draft)
    write_draft(shared, path)
    return shared
