"""Expected members (the collective's kit list) that no collected contribution comes from yet."""

from __future__ import annotations

from collections.abc import Sequence

from dpi_consult.draft.kit import KitMember
from dpi_consult.draft.member import MemberContribution, normalised_name
from dpi_consult.draft.model import Draft


def members_without_contribution(collective: Draft, members: Sequence[MemberContribution]) -> list[KitMember]:
    """The collective's expected members, in list order, that none of `members` matches.

    A contribution matches an expected member by FINESS when it was started from this kit (or from
    no kit: a filled Word questionnaire), or by organisation name compared without case, accents or
    repeated spaces, whatever its kit. Empty when the collective has prepared no kit.
    """
    kit = collective.kit
    if kit is None:
        return []
    finesses: set[str] = set()
    names: set[str] = set()
    for member in members:
        if member.finess and member.kit_id in (kit.id, None):
            finesses.add(member.finess)
        if member.organisation:
            names.add(normalised_name(member.organisation))
    missing = []
    for expected in kit.members:
        finess = expected.finess.strip().upper()
        if finess and finess in finesses:
            continue
        if normalised_name(expected.name) in names:
            continue
        missing.append(expected)
    return missing
