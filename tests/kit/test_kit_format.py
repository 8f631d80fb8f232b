"""Format 1.2: kit files, the kit a collective prepares, members' proposal decisions; round trip and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.codec import FORMAT_MINOR, draft_from_json, draft_to_json
from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.kit import Kit, KitMember, kit_from_json
from dpi_consult.draft.validation import Check
from dpi_consult.errors import DraftError
from dpi_consult.kit.start import draft_from_kit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
KIT_FIXTURE = FIXTURES / "format-v1.2-kit.dpic"


def test_the_format_v1_2_kit_fixture_reads():
    draft, binding = open_draft(KIT_FIXTURE)
    assert draft.is_kit and draft.format_minor_read == 2 and binding.form.id == "mini"
    kit = draft.kit
    assert kit is not None and kit.id == draft.kit_id == "5b1f3c2a-7d4e-4a8b-9c0d-1e2f3a4b5c6d"
    assert (kit.federation_name, kit.federation_email, kit.deadline) == (
        "Fédération d’Essai", "contact@federation-essai.fr", "2026-06-15")
    assert kit.guidance["fiche-01.texte"].startswith("Citez **un exemple**")
    assert kit.proposals == {"fiche-01.texte": "La fiche est claire.", "fiche-01.roles": ["dpo"]}
    assert kit.heading == "Kit envoyé par Fédération d’Essai — à renvoyer avant le 15 juin 2026"
    assert draft.identity["identification.finess"] == "340000017"


def test_older_files_read_without_kit_and_are_written_in_minor_2(tmp_path: Path):
    draft = read_draft(FIXTURES / "format-v1.1-collective.dpic")
    assert draft.kit is None and draft.proposal_decisions == {}
    out = tmp_path / "c.dpic"
    save_draft(draft, out, "DPO")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format_minor"] == FORMAT_MINOR == 5
    assert "kit" not in data and "proposal_decisions" not in data


def test_a_member_draft_keeps_the_kit_and_its_decisions_through_save(tmp_path: Path):
    member = draft_from_kit(read_draft(KIT_FIXTURE))
    member.proposal_decisions = {"fiche-01.texte": "edited", "fiche-01.roles": "ignored"}
    out = tmp_path / "membre.dpic"
    save_draft(member, out, "DIM")
    again = read_draft(out)
    assert again.kit == member.kit and again.kit is not None and again.kit.members == []
    assert again.proposal_decisions == member.proposal_decisions
    assert again.kit_id == "5b1f3c2a-7d4e-4a8b-9c0d-1e2f3a4b5c6d" and not again.is_kit


def test_the_collective_kit_keeps_its_members_and_unknown_keys():
    kit = Kit("k-1", "FHF", "a@fhf.fr", None, {"q": "x"}, {"q": 3}, [KitMember("CHU", "340780477", "")],
              extra={"reminder": "2026-06-01"})
    data = json.loads(json.dumps(kit.to_json()))
    assert kit_from_json(data, Check("x")) == kit


def _kit_file(**changes) -> dict:
    data = json.loads(KIT_FIXTURE.read_text(encoding="utf-8"))
    kit = data["kit"]
    for path, value in changes.items():
        *parents, last = path.split("__")
        target = kit
        for part in parents:
            target = target[part]
        target[last] = value
    return data


@pytest.mark.parametrize(("changes", "message"), [
    ({"id": ""}, "« kit.id » : un identifiant non vide était attendu"),
    ({"id": 4}, "« kit.id » : une chaîne était attendue"),
    ({"federation": "FHF"}, "« kit.federation » : un objet JSON était attendu"),
    ({"federation__email": None}, "« kit.federation.email » : une chaîne était attendue"),
    ({"deadline": "15/06/2026"}, "« kit.deadline » : date AAAA-MM-JJ ou null attendue, trouvé « 15/06/2026 »"),
    ({"deadline": "2026-02-30"}, "« kit.deadline » : date AAAA-MM-JJ"),
    ({"guidance__fiche-01.texte": ["a"]}, "« kit.guidance.fiche-01.texte » : une chaîne était attendue"),
    ({"proposals__fiche-01.texte": {"a": 1}}, "« kit.proposals.fiche-01.texte » : une chaîne, un entier"),
    ({"members": {}}, "« kit.members » : une liste était attendue"),
    ({"members": [{"name": " "}]}, "« kit.members[0].name » : le nom du membre est vide"),
    ({"members": [{"name": "CHU", "finess": 340780477}]}, "« kit.members[0].finess » : une chaîne était attendue"),
])
def test_bad_kit_values_are_refused_in_one_line(changes: dict, message: str):
    with pytest.raises(DraftError) as info:
        draft_from_json(_kit_file(**changes), "kit.dpic")
    assert message in str(info.value) and str(info.value).startswith("kit.dpic: ") and "\n" not in str(info.value)


def test_a_kit_file_without_its_kit_object_and_bad_decisions_are_refused():
    data = _kit_file()
    del data["kit"]
    with pytest.raises(DraftError, match="un kit doit contenir l’objet « kit »"):
        draft_from_json(data, "kit.dpic")
    data = _kit_file()
    data["kind"] = "draft"
    data["proposal_decisions"] = {"fiche-01.texte": "accepted"}
    with pytest.raises(DraftError, match=r"« proposal_decisions.fiche-01.texte » : décision inconnue 'accepted'"):
        draft_from_json(data, "membre.dpic")


def test_opening_a_kit_twice_gives_two_drafts_with_their_own_ids():
    kit_file = read_draft(KIT_FIXTURE)
    first, second = draft_from_kit(kit_file), draft_from_kit(kit_file)
    assert len({first.draft_id, second.draft_id, kit_file.draft_id}) == 3
    assert first.kit_id == second.kit_id == kit_file.kit_id
    assert first.identity == kit_file.identity and first.answers == {} and first.saved_at is None
    assert draft_to_json(first)["kind"] == "draft"
