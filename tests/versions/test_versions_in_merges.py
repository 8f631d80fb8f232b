"""Versions of two copies of one draft, for the merge: each kept once, in the same order whichever side merges."""

from __future__ import annotations

import copy
from pathlib import Path

from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.files import draft_bytes, draft_from_bytes
from dpi_consult.draft.version_actions import save_version, version_values
from dpi_consult.draft.versions import united_versions
from dpi_consult.merge.drafts import merge_drafts

FIXTURE = Path(__file__).parents[1] / "fixtures" / "format-v1.4-versions.dpic"


def test_the_versions_of_two_copies_are_united_once_each_in_time_order_and_stay_readable():
    mine, binding = open_draft(FIXTURE)
    form = binding.form
    theirs = copy.deepcopy(mine)
    mine.set_value(form, "fiche-06.clarte", "non")
    save_version(mine, "Chez la DPO", "DPO", "2026-12-05T10:00:00Z")
    theirs.set_value(form, "fiche-01.difficultes", "Vu par le RSSI.")
    save_version(theirs, "Chez le RSSI", "RSSI", "2026-12-04T10:00:00Z")

    united = united_versions(mine.versions, theirs.versions)
    assert [v.name for v in united] == ["Première relecture", "Envoyée au directeur", "Chez le RSSI", "Chez la DPO"]
    assert united == united_versions(theirs.versions, mine.versions)
    assert united_versions(united, mine.versions) == united

    merged = merge_drafts(form, mine, theirs, "DPO").draft
    merged.versions = united
    reread = draft_from_bytes(draft_bytes(merged), "fusion.dpic")
    rssi = version_values(form, reread, united[2])
    assert rssi["answers/fiche-01.difficultes"] == "Vu par le RSSI." and rssi["answers/fiche-06.clarte"] is None
    assert version_values(form, reread, united[3])["answers/fiche-06.clarte"] == "non"
