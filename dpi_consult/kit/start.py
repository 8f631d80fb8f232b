"""Starting a member's draft from a kit: a new draft with its own id, the kit's identity, guidance and proposals."""

from __future__ import annotations

import copy

from dpi_consult.draft.model import Draft, DraftKind
from dpi_consult.errors import DraftError


def draft_from_kit(kit_file: Draft, origin: str = "") -> Draft:
    """A new, unsaved draft from a kit file; every member gets its own draft id, and the kit's id is recorded."""
    if not kit_file.is_kit or kit_file.kit is None:
        raise DraftError("ce fichier n’est pas un kit de fédération", origin)
    return Draft(
        form_ref=copy.deepcopy(kit_file.form_ref),
        identity=copy.deepcopy(kit_file.identity),
        kind=DraftKind.DRAFT,
        kit_id=kit_file.kit.id,
        kit=kit_file.kit.without_members(),
    )
