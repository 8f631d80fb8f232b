"""Format 1.4: named versions are kept in the file as references to revisions, validated on reading."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.codec import draft_from_json, draft_to_json
from dpi_consult.draft.files import read_draft, save_draft, write_draft
from dpi_consult.draft.version_actions import save_version, version_differences, version_values
from dpi_consult.errors import DraftError

FIXTURES = Path(__file__).parents[1] / "fixtures"
FIXTURE = FIXTURES / "format-v1.4-versions.dpic"
TEXT = "answers/fiche-06.difficultes"
CHOICE = "answers/fiche-06.clarte"

FIRST = {
    "identity/identification.organisation": "Centre hospitalier de Lorient",
    "identity/identification.type": "etablissement-public",
    "identity/identification.lits-places": 850,
    "identity/identification.roles": ["dpo"],
    TEXT: "Les journaux de sécurité sont gardés un an.\n\nLe coût du stockage reste à chiffrer.",
    CHOICE: "oui",
    "notes/fiche-06": "Demander l’avis du RSSI.",
}
SECOND = {
    **{key: value for key, value in FIRST.items() if key != "notes/fiche-06"},
    "identity/identification.lits-places": 870,
    "identity/identification.roles": ["dpo", "medecin-dim"],
    TEXT: "Les journaux de sécurité sont gardés six mois.\n\n"
          "Le coût du stockage reste à chiffrer : environ 4 000 € par an.",
    "statuses/fiche-06": "ready",
}


def fixture_data() -> dict[str, Any]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def given(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def test_the_fixture_opens_with_its_two_versions_and_their_values_forever():
    draft, binding = open_draft(FIXTURE)
    assert [(v.name, v.author, v.time) for v in draft.versions] == [
        ("Première relecture", "DPO", "2026-12-01T09:05:00Z"),
        ("Envoyée au directeur", "DIM", "2026-12-02T14:30:00Z")]
    first, second = draft.versions
    assert given(version_values(binding.form, draft, first)) == FIRST
    assert given(version_values(binding.form, draft, second)) == SECOND
    # Since the second version the RSSI rewrote the text and cleared the choice.
    assert [d.key for d in version_differences(binding.form, draft, second)] == [CHOICE, TEXT]


def test_versions_survive_a_save_and_reopen_unchanged(tmp_path: Path):
    draft, _binding = open_draft(FIXTURE)
    out = tmp_path / "copie.dpic"
    save_draft(draft, out, "Quelqu’un")
    assert json.loads(out.read_text(encoding="utf-8"))["versions"] == fixture_data()["versions"]
    assert read_draft(out).versions == draft.versions


def test_a_version_saved_now_survives_a_save_and_reopen(tmp_path: Path):
    draft, binding = open_draft(FIXTURE)
    draft.set_value(binding.form, "fiche-06.clarte", "plutot-oui")
    version = save_version(draft, "Après la réunion", "DPO")
    out = tmp_path / "copie.dpic"
    save_draft(draft, out, "DPO")
    again, again_binding = open_draft(out)
    assert again.versions[-1] == version
    assert version_values(again_binding.form, again, version)[CHOICE] == "plutot-oui"


def test_a_draft_without_versions_writes_no_versions_field():
    data = draft_to_json(read_draft(FIXTURES / "format-v1.4-conflicts.dpic"))
    assert "versions" not in data


def test_fields_of_a_version_written_by_a_newer_version_are_kept():
    data = fixture_data()
    data["versions"][0]["couleur"] = "bleu"
    draft = draft_from_json(data, "versions.dpic")
    assert draft_to_json(draft)["versions"][0]["couleur"] == "bleu"


def _first_head(data: dict[str, Any]) -> dict[str, str]:
    return data["versions"][0]["heads"]


def _deleted_revision(data: dict[str, Any]) -> str:
    return next(r["id"] for r in data["history"][CHOICE] if r.get("deleted"))


def _other_field_revision(data: dict[str, Any]) -> str:
    return data["history"]["notes/fiche-06"][0]["id"]


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d.update(versions={}), "champ « versions » : une liste était attendue"),
    (lambda d: d["versions"].__setitem__(0, "v1"), "« versions[0] » : un objet JSON était attendu"),
    (lambda d: d["versions"][1].pop("heads"), "« versions[1].heads » : champ obligatoire absent"),
    (lambda d: d["versions"][1].update(heads=[]), "« versions[1].heads » : un objet JSON était attendu"),
    (lambda d: d["versions"][0].update(name="  "), "« versions[0].name » : le nom de la version est vide"),
    (lambda d: d["versions"][0].update(name="x" * 201), "nom de 201 caractères, au-delà de la limite de 200"),
    (lambda d: d["versions"][0].update(author=3), "« versions[0].author » : une chaîne était attendue"),
    (lambda d: d["versions"][1].update(id=d["versions"][0]["id"]), "« versions[1].id » : identifiant"),
    (lambda d: _first_head(d).update({TEXT: "inconnue"}),
     f"« versions[0].heads.{TEXT} » : révision « inconnue » absente de l’historique du champ"),
    (lambda d: _first_head(d).update({TEXT: _other_field_revision(d)}), "absente de l’historique du champ"),
    (lambda d: _first_head(d).update({"answers/nulle-part": _other_field_revision(d)}),
     "« versions[0].heads.answers/nulle-part » : révision"),
    (lambda d: _first_head(d).update({CHOICE: _deleted_revision(d)}), "est une suppression, pas une valeur"),
    (lambda d: _first_head(d).update({TEXT: 7}), f"« versions[0].heads.{TEXT} » : une chaîne était attendue"),
])
def test_a_damaged_version_is_refused_with_its_place(change, expected: str):
    data = fixture_data()
    change(data)
    with pytest.raises(DraftError) as error:
        draft_from_json(data, "versions.dpic")
    assert expected in str(error.value) and "versions.dpic" in str(error.value)


def test_a_version_whose_revision_the_history_lost_is_never_written(tmp_path: Path):
    draft = read_draft(FIXTURE)
    del draft.history[TEXT]
    out = tmp_path / "perdu.dpic"
    with pytest.raises(DraftError, match="absente de l’historique"):
        write_draft(draft, out)
    assert not out.exists()
