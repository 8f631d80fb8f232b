"""Format 1.4: open conflicts are kept in the file as references to revisions, validated on reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.codec import FORMAT_MINOR, draft_from_json
from dpi_consult.draft.files import save_draft
from dpi_consult.errors import DraftError

FIXTURE = Path(__file__).parents[1] / "fixtures" / "format-v1.4-conflicts.dpic"
LONG = "answers/fiche-06.traces-r6113-9-2"


def test_the_fixture_opens_with_its_conflicts_and_saves_them_back(tmp_path: Path):
    draft, _binding = open_draft(FIXTURE)
    assert FORMAT_MINOR >= 4  # written by 1.4, read by every later minor
    assert set(draft.conflicts) == {LONG, "answers/fiche-06.clarte"}
    _base, first, second = draft.conflicts[LONG].revisions(draft.history[LONG])
    assert (first.author, second.author) == ("DPO", "RSSI")
    assert "vingt ans" in first.text and "six mois" in second.text
    out = tmp_path / "copie.dpic"
    save_draft(draft, out, "Quelqu’un")
    assert json.loads(out.read_text(encoding="utf-8"))["conflicts"] == json.loads(
        FIXTURE.read_text(encoding="utf-8"))["conflicts"]


@pytest.mark.parametrize(("change", "expected"), [
    (lambda c: c[LONG].update(sides=["x"]), "traces-r6113-9-2.sides » : une liste de deux"),
    (lambda c: c[LONG].update(sides=["inconnue", c[LONG]["sides"][1]]), "révision « inconnue » absente"),
    (lambda c: c.update({"answers/autre": {"base": None, "sides": ["a", "b"]}}), "révision « a » absente"),
    (lambda c: c[LONG].update(base=3), "« conflicts.answers/fiche-06.traces-r6113-9-2.base »"),
])
def test_a_damaged_conflict_is_refused_with_its_place(change, expected: str):
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    change(data["conflicts"])
    with pytest.raises(DraftError) as error:
        draft_from_json(data, "fusion.dpic")
    assert expected in str(error.value) and "fusion.dpic" in str(error.value)
