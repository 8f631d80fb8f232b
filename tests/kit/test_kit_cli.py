"""`kit`, `new --from-kit`, `share`, `collect` and `status` as a federation and its members run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dpi_consult.cli import main
from dpi_consult.draft.files import read_draft, save_draft

MEMBERS_CSV = ("\ufeffNom de l’organisation;FINESS;Courriel\n"
               "CHU de Montpellier;340780477;dpo@chu-montpellier.fr\n"
               "\"Clinique Saint-Jean; Sud\";340000017;\n"
               "Centre hospitalier d’Alès;300780038;dim@ch-ales.fr\n")


def one_error_line(err: str, *expected: str) -> None:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    for text in expected:
        assert text in err, err


@pytest.fixture
def collective(tmp_path: Path) -> Path:
    """A federation's draft with its own answers, notes and guidance for its members."""
    path = tmp_path / "federation.dpic"
    assert main(["new", str(path), "--org", "FHF Occitanie"]) == 0
    draft = read_draft(path)
    draft.identity["identification.email"] = "contact@fhf-occitanie.fr"
    draft.answers["fiche-01.difficultes"] = "Position commune : l’établissement est **seul** responsable."
    draft.notes["fiche-01"] = "Ne pas diffuser : désaccord avec la clinique."
    save_draft(draft, path, "Coordinatrice")
    return path


def kit_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_kit_without_members_writes_the_generic_kit_only(collective: Path, tmp_path: Path, capsys):
    out = tmp_path / "kits"
    assert main(["kit", str(collective), "-o", str(out), "--deadline", "2026-06-15"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["kit-fhf-occitanie.dpic"]
    assert capsys.readouterr().out.splitlines()[-1].endswith("1 kit écrit ; 0 consigne, 0 réponse proposée ; "
                                                              "0 membre attendu")
    data = kit_json(out / "kit-fhf-occitanie.dpic")
    assert data["kind"] == "kit" and data["identity"] == {} and data["answers"] == {}
    assert data["kit"]["federation"] == {"name": "FHF Occitanie", "email": "contact@fhf-occitanie.fr"}
    assert data["kit"]["deadline"] == "2026-06-15" and data["kit_id"] == data["kit"]["id"]
    assert read_draft(collective).kit.deadline == "2026-06-15"


def test_kit_with_members_writes_one_prefilled_kit_each_and_nothing_private(collective: Path, tmp_path: Path):
    draft = read_draft(collective)
    from dpi_consult.kit.files import ensure_kit

    ensure_kit(draft).guidance = {"fiche-01.difficultes": "Reprenez la **position commune**."}
    save_draft(draft, collective, "Coordinatrice")
    csv_path = tmp_path / "membres.csv"
    csv_path.write_text(MEMBERS_CSV, encoding="utf-8")
    out = tmp_path / "kits"
    assert main(["kit", str(collective), "-o", str(out), "--members", str(csv_path), "--proposals"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["kit-centre-hospitalier-d-ales.dpic", "kit-chu-de-montpellier.dpic",
                     "kit-clinique-saint-jean-sud.dpic", "kit-fhf-occitanie.dpic"]
    chu = kit_json(out / "kit-chu-de-montpellier.dpic")
    assert chu["identity"] == {"identification.organisation": "CHU de Montpellier",
                               "identification.finess": "340780477",
                               "identification.email": "dpo@chu-montpellier.fr"}
    assert chu["kit"]["guidance"] == {"fiche-01.difficultes": "Reprenez la **position commune**."}
    assert chu["kit"]["proposals"] == {"fiche-01.difficultes": draft.answers["fiche-01.difficultes"]}
    for name in names:
        text = (out / name).read_text(encoding="utf-8")
        data = json.loads(text)
        assert data["answers"] == {} and data["notes"] == {} and data["history"] == {} and data["sources"] == []
        assert data["kit"]["members"] == [] and "Ne pas diffuser" not in text
        assert name == "kit-centre-hospitalier-d-ales.dpic" or "Alès" not in text
    recorded = read_draft(collective).kit
    assert [m.name for m in recorded.members] == ["CHU de Montpellier", "Clinique Saint-Jean; Sud",
                                                  "Centre hospitalier d’Alès"]
    # Existing kits are not replaced by accident.
    assert main(["kit", str(collective), "-o", str(out)]) == 2


@pytest.mark.parametrize(("content", "expected"), [
    ("nom;finess\nCHU;3407804\n", "ligne 2 : FINESS « 3407804 » invalide"),
    ("nom,finess,email\nCHU,340780477,x\nB,,b@b.fr\n", "ligne 2 : adresse électronique « x » invalide"),
    ("nom;finess\nA;340780477\n;300780038\n", "ligne 3 : nom du membre manquant"),
    ("nom;finess\nA;340780477\nB;340780477\n", "ligne 3 : FINESS 340780477 déjà donné ligne 2"),
    ("nom;finess\nA;;\nB;\na;\n", "ligne 4 : membre « a » déjà donné ligne 2"),
    ("finess;email\n340780477;a@b.fr\n", "ligne d’en-tête sans colonne « nom »"),
    ("nom;finess\n", "aucun membre dans le fichier"),
])
def test_bad_members_csv_lines_are_refused_in_one_line(collective: Path, tmp_path: Path, capsys, content: str,
                                                        expected: str):
    csv_path = tmp_path / "membres.csv"
    csv_path.write_text(content, encoding="utf-8")
    before = collective.read_bytes()
    assert main(["kit", str(collective), "-o", str(tmp_path / "kits"), "--members", str(csv_path)]) == 2
    one_error_line(capsys.readouterr().err, str(csv_path), expected)
    assert not (tmp_path / "kits").exists() and collective.read_bytes() == before


def test_members_csv_in_latin_1_and_a_bad_deadline_are_refused(collective: Path, tmp_path: Path, capsys):
    csv_path = tmp_path / "membres.csv"
    csv_path.write_bytes("nom\nCHU d’Alès\n".encode("cp1252"))
    assert main(["kit", str(collective), "-o", str(tmp_path / "k"), "--members", str(csv_path)]) == 2
    one_error_line(capsys.readouterr().err, "n’est pas en UTF-8")
    assert main(["kit", str(collective), "-o", str(tmp_path / "k"), "--deadline", "15/06/2026"]) == 2
    one_error_line(capsys.readouterr().err, "« 15/06/2026 » n’est pas une date au format AAAA-MM-JJ")


def test_members_fill_their_kits_and_status_lists_who_sent_nothing(collective: Path, tmp_path: Path, capsys):
    csv_path = tmp_path / "membres.csv"
    csv_path.write_text("organisation,finess,e-mail\nCHU de Montpellier,340780477,dpo@chu-montpellier.fr\n"
                        "\"Clinique Saint-Jean; Sud\",,\nCentre hospitalier d’Alès,300780038,\n", encoding="utf-8")
    kits = tmp_path / "kits"
    assert main(["kit", str(collective), "-o", str(kits), "--members", str(csv_path)]) == 0
    kit_id = read_draft(collective).kit.id

    sent = []
    for name in ("kit-chu-de-montpellier.dpic", "kit-clinique-saint-jean-sud.dpic"):
        draft_path, share_path = tmp_path / f"brouillon-{name}", tmp_path / f"envoi-{name}"
        assert main(["new", str(draft_path), "--from-kit", str(kits / name)]) == 0
        draft = read_draft(draft_path)
        assert draft.kit_id == kit_id and draft.kit.members == []
        draft.answers["fiche-01.difficultes"] = f"Avis de {draft.organisation}."
        save_draft(draft, draft_path, "DIM")
        # Sent all the same, with exit code 1: the kit gave no type, region or publication answer.
        assert main(["share", str(draft_path), "-o", str(share_path)]) == 1 and share_path.exists()
        sent.append(share_path)
    capsys.readouterr()
    # A kit is refused by the collection, with the reason; the members' contributions keep the kit id.
    assert main(["collect", str(collective), *map(str, sent), str(kits / "kit-fhf-occitanie.dpic")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].startswith(f"{kits / 'kit-fhf-occitanie.dpic'} : refusé : c’est un kit, pas une contribution")
    members = read_draft(collective).members
    assert [(m.organisation, m.kit_id) for m in members] == [("CHU de Montpellier", kit_id),
                                                            ("Clinique Saint-Jean; Sud", kit_id)]

    assert main(["status", str(collective)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2:] == ["Membres attendus : 3, dont 1 sans contribution.",
                        "N’ont rien envoyé : Centre hospitalier d’Alès (300780038)"]


def test_new_from_kit_makes_a_new_draft_each_time_and_refuses_what_is_not_a_kit(collective: Path, tmp_path: Path,
                                                                                capsys):
    kits = tmp_path / "kits"
    assert main(["kit", str(collective), "-o", str(kits)]) == 0
    kit = kits / "kit-fhf-occitanie.dpic"
    assert main(["new", str(tmp_path / "a.dpic"), "--from-kit", str(kit), "--org", "Clinique A"]) == 0
    assert main(["new", str(tmp_path / "b.dpic"), "--from-kit", str(kit)]) == 0
    a, b = read_draft(tmp_path / "a.dpic"), read_draft(tmp_path / "b.dpic")
    assert a.draft_id != b.draft_id and a.kit_id == b.kit_id == read_draft(kit).kit_id
    assert a.organisation == "Clinique A" and b.organisation == ""
    capsys.readouterr()
    assert main(["new", str(tmp_path / "c.dpic"), "--from-kit", str(collective)]) == 2
    one_error_line(capsys.readouterr().err, "ce fichier n’est pas un kit de fédération")
    assert main(["kit", str(tmp_path / "a.dpic"), "-o", str(tmp_path / "k2")]) == 2
    one_error_line(capsys.readouterr().err, "préparez les kits depuis le brouillon collectif")
    before = kit.read_bytes()
    assert main(["new", str(kit), "--from-kit", str(kit), "--force"]) == 2
    one_error_line(capsys.readouterr().err, "le brouillon remplacerait le kit lui-même")
    assert main(["share", str(kit), "-o", str(tmp_path / "envoi.dpic")]) == 2
    one_error_line(capsys.readouterr().err, "c’est un kit de fédération : créez d’abord votre brouillon")
    assert main(["collect", str(kit), str(tmp_path / "a.dpic")]) == 2
    one_error_line(capsys.readouterr().err, "c’est un kit de membre, pas le brouillon collectif")
    assert kit.read_bytes() == before


def test_share_and_export_list_what_to_check_and_exit_1_after_writing(collective: Path, tmp_path: Path, capsys):
    draft = read_draft(collective)
    draft.answers["fiche-02.difficultes"] = "Joindre le DPO au 04 67 33 93 33 ou dpo@chu.fr."
    save_draft(draft, collective, "Coordinatrice")
    capsys.readouterr()
    out = tmp_path / "envoi.dpic"
    assert main(["share", str(collective), "-o", str(out)]) == 1 and out.exists()
    err = capsys.readouterr().err.splitlines()
    assert all(line.startswith(f"dpi-consult : à vérifier dans {out} : ") for line in err)
    # In form order: the identification and publication answers missing, then the sheet's personal data.
    assert [line.split(" : ", 2)[2] for line in err] == [
        "Identification du contributeur — Type d’organisation : réponse obligatoire absente",
        "Identification du contributeur — Région : réponse obligatoire absente",
        "Fiche 2 — Base légale — Quelles difficultés de mise en œuvre et quels coûts anticipez-vous\u00a0? : "
        "donnée personnelle possible, numéro de téléphone : « Joindre le DPO au 04 67 33 93 33 ou dpo@chu.fr. »",
        "Fiche 2 — Base légale — Quelles difficultés de mise en œuvre et quels coûts anticipez-vous\u00a0? : "
        "donnée personnelle possible, adresse électronique : « …e le DPO au 04 67 33 93 33 ou dpo@chu.fr. »",
        "Publication de la contribution — La CNIL peut-elle publier votre contribution\u00a0? : "
        "réponse obligatoire absente",
    ]
    assert main(["export", str(collective), "-o", str(tmp_path / "c.txt")]) == 1
    assert len(capsys.readouterr().err.splitlines()) == 5


def test_a_complete_draft_goes_out_with_exit_0_and_nothing_on_stderr(collective: Path, tmp_path: Path, capsys):
    draft = read_draft(collective)
    draft.identity.update({"identification.type": "federation", "identification.region": "occitanie"})
    draft.answers["publication.consentement"] = "nominative"
    save_draft(draft, collective, "Coordinatrice")
    capsys.readouterr()
    assert main(["export", str(collective), "-o", str(tmp_path / "c.docx")]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(("content", "expected"), [
    (b"nom;finess\n" + b"A" * 5_000_000 + b";1\n", "ligne 2 : champ démesuré ou guillemet jamais refermé"),
    (b"nom;finess\n" + b"".join(b"M%d;\n" % index for index in range(5_001)),
     "5\u00a0001 membres : une liste en compte 5\u00a0000 au plus"),
    (b"nom;finess\n" + b"N" * 201 + b";\n", "ligne 2 : nom de 201 caractères (200 au plus)"),
    (bytes(range(256)) * 10, "n’est pas en UTF-8"),
])
def test_a_hostile_members_list_is_one_line_and_exit_2(content: bytes, expected: str, tmp_path: Path, capsys):
    collective = tmp_path / "federation.dpic"
    assert main(["new", str(collective), "--org", "FHF Occitanie"]) == 0
    members = tmp_path / "membres.csv"
    members.write_bytes(content)
    out = tmp_path / "kits"
    capsys.readouterr()
    assert main(["kit", str(collective), "-o", str(out), "--members", str(members)]) == 2
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())
