"""Format 1.1: the collective fixture opens, new fields are validated, collective files stay readable."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from collective_helpers import FIXTURES, load_json, write_json

from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.codec import FORMAT_MINOR, draft_from_json, draft_to_json
from dpi_consult.draft.files import draft_bytes, read_draft, save_draft
from dpi_consult.errors import DraftError

COLLECTIVE_FIXTURE = FIXTURES / "format-v1.1-collective.dpic"


def test_format_v1_1_collective_fixture_opens():
    draft, binding = open_draft(COLLECTIVE_FIXTURE)
    assert binding.form.id == "mini" and draft.is_collective
    assert draft.kind == "draft" and draft.kit_id == "kit-essai-2025" and draft.annex_naming is None
    assert draft.organisation == "Fédération d’Essai" and draft.notes["fiche-01"] == "Relancer la clinique."
    members = draft.members
    assert [m.label for m in members] == ["Centre hospitalier d’Essai", "Clinique du Test"]
    first, second = members
    assert first.named_in_annex and not second.named_in_annex
    assert first.answers["fiche-01.roles"] == ["dpo", "rssi"] and first.finess == "2A0000123"
    assert (second.file_kind, second.form_version, second.kit_id) == ("share", "1", "kit-essai-2025")
    assert second.answers["fiche-09.ancienne"] == "Réponse à une question retirée"


def test_the_format_v1_fixture_reads_with_the_defaults_of_the_new_fields(tmp_path: Path):
    draft = read_draft(FIXTURES / "format-v1.dpic")
    assert (draft.kind, draft.kit_id, draft.annex_naming, draft.consolidation) == ("draft", None, None, {})
    path = tmp_path / "v1.dpic"
    save_draft(draft, path, "DPO")
    written = load_json(path)
    assert written["format_minor"] == FORMAT_MINOR == 5
    assert (written["kind"], written["kit_id"], written["annex_naming"]) == ("draft", None, None)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("kind", 5, "« kind » : une chaîne était attendue, trouvé un nombre"),
    ("kind", "", "« kind » : une chaîne non vide était attendue"),
    ("kit_id", ["a"], "« kit_id » : une chaîne était attendue, trouvé une liste"),
    ("annex_naming", "oui", "« annex_naming » : true, false ou null était attendu, trouvé une chaîne"),
])
def test_new_fields_are_validated(field: str, value, message: str):
    data = load_json(FIXTURES / "format-v1.dpic")
    data[field] = value
    with pytest.raises(DraftError, match=re.escape(message)):
        draft_from_json(data, "f.dpic")


def test_draft_bytes_write_the_same_json_with_one_line_per_member(tmp_path: Path):
    draft = read_draft(COLLECTIVE_FIXTURE)
    data = draft_bytes(draft)
    assert json.loads(data) == draft_to_json(draft)
    text = data.decode("utf-8")
    member_lines = [line for line in text.splitlines() if line.startswith('  {"kind":"member"')]
    assert len(member_lines) == 2
    assert '"format": "dpi-consult-draft"' in text  # the top level stays indented
    # Fields of a newer minor version, written after "sources", come back out too.
    draft.extra = {"reviewers": [{"name": "DIM\n « sources »: []"}]}
    assert json.loads(draft_bytes(draft)) == draft_to_json(draft)
    # Without sources the whole file is indented.
    draft.sources = []
    assert draft_bytes(draft) == (json.dumps(draft_to_json(draft), ensure_ascii=False, indent=1) + "\n").encode()


def test_save_collective_round_trips_and_records_the_collective_revisions(tmp_path: Path):
    draft = read_draft(COLLECTIVE_FIXTURE)
    draft.answers["fiche-01.texte"] = "Synthèse révisée."
    path = tmp_path / "collectif.dpic"
    save_draft(draft, path, "Coordination")
    again = read_draft(path)
    assert again.sources == read_draft(COLLECTIVE_FIXTURE).sources
    assert [r.text for r in again.history["answers/fiche-01.texte"].revisions] == [
        "Synthèse des **deux** membres.", "Synthèse révisée."]
    assert again.saved_at == draft.saved_at and again.saved_at != "2025-05-02T16:30:00Z"


@pytest.mark.parametrize(("change", "message"), [
    ({"sha256": "abc"}, "« sources[0].sha256 » : une empreinte SHA-256"),
    ({"answers": {"q": True}}, "« sources[0].answers.q » : une chaîne, un entier ou une liste"),
    ({"identity": []}, "« sources[0].identity » : un objet JSON était attendu"),
    ({"form": {"id": "mini"}}, "« sources[0].form.version » : une chaîne était attendue"),
    ({"annex_naming": 1}, "« sources[0].annex_naming » : true, false ou null"),
    ({"draft_id": None}, "« sources[0].draft_id » : une chaîne était attendue"),
])
def test_stored_members_are_validated_when_the_file_is_read(change: dict, message: str, tmp_path: Path):
    data = load_json(COLLECTIVE_FIXTURE)
    data["sources"][0] = {**data["sources"][0], **change}
    path = write_json(tmp_path / "collectif.dpic", data)
    with pytest.raises(DraftError, match=re.escape(message)):
        read_draft(path)


def test_a_stored_member_keeps_fields_from_a_newer_version(tmp_path: Path):
    data = load_json(COLLECTIVE_FIXTURE)
    data["sources"][0]["reviewed"] = True
    data["sources"].append({"kind": "annotation", "text": "kept as it is"})
    path = write_json(tmp_path / "collectif.dpic", data)
    draft = read_draft(path)
    member = draft.members[0]
    assert member.extra == {"reviewed": True} and member.to_json() == {**data["sources"][0],
                                                                       "member_id": data["sources"][0]["draft_id"]}
    assert len(draft.members) == 2 and len(draft.sources) == 3
    save_draft(draft, path, "Coordination")
    assert load_json(path)["sources"] == [{**data["sources"][0], "member_id": data["sources"][0]["draft_id"]},
                                          {**data["sources"][1], "member_id": data["sources"][1]["draft_id"]},
                                          data["sources"][2]]
