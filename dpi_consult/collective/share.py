"""A member's share export: the draft as sent to a federation, without notes, statuses or history."""

from __future__ import annotations

import copy
from pathlib import Path

from dpi_consult.draft.files import write_draft
from dpi_consult.draft.model import Draft, DraftKind
from dpi_consult.errors import InputError


def share_refusal(draft: Draft) -> str | None:
    """Why a draft cannot be sent to a federation as a member's export; None when it can.

    A collective's export would carry the federation's own answers without its members', and a kit is
    a template to start a draft from: neither is what a federation expects to collect.
    """
    if draft.is_kit:
        return ("c’est un kit de fédération : créez d’abord votre brouillon (dpi-consult new --from-kit), "
                "puis exportez-le")
    if draft.is_collective:
        return ("c’est une contribution collective : une fédération transmet la sienne en l’exportant en Word, "
                "pas par un export de partage")
    return None


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
    """Write the share export of `draft` atomically and return it; InputError when it is not to be shared.

    Not save_draft: saving would stamp a new time and record revisions, and the export must carry
    the working draft's own save time and no history.
    """
    refusal = share_refusal(draft)
    if refusal is not None:
        raise InputError(refusal, path)
    shared = share_copy(draft)
    write_draft(shared, path)
    return shared
