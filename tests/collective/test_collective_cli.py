"""`share`, `collect` and `status` as a user runs them: exit codes, one-line errors, files written."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from collective_helpers import FIXTURES, load_json, write_json

from dpi_consult.cli import main
from dpi_consult.collective.share import share_refusal, write_share
from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.files import read_draft
from dpi_consult.errors import InputError


def one_error_line(err: str, *expected: str) -> None:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    for text in expected:
        assert text in err, err


def test_collect_creates_then_adds_and_reports_each_file(federation, tmp_path: Path, capsys):
    out = tmp_path / "collectif.dpic"
    assert main(["collect", str(out), *map(str, federation[:10]), "--org", "Fédération d’essai"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{federation[0]} : importé ({read_draft(federation[0]).organisation})"
    assert lines[-1].startswith(f"{out} : créé ; 10 fichiers : 10 importés") and "10 membres" in lines[-1]
    assert read_draft(out).organisation == "Fédération d’essai"

    broken = tmp_path / "casse.dpic"
    broken.write_bytes(federation[11].read_bytes()[:200])
    code = main(["collect", str(out), str(federation[0]), str(federation[10]), str(broken)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert lines[0].startswith(f"{federation[0]} : doublon (")
    assert lines[1].startswith(f"{federation[10]} : importé (")
    assert lines[2] == f"{broken} : refusé : le fichier est tronqué (fin inattendue du JSON)"
    assert lines[3].startswith(f"{out} : enregistré ;") and "11 membres" in lines[3]
    assert len(read_draft(out).members) == 11


def test_collect_only_duplicates_leaves_the_file_alone(federation, tmp_path: Path, capsys):
    out = tmp_path / "collectif.dpic"
    assert main(["collect", str(out), str(federation[0])]) == 0
    before = out.read_bytes()
    assert main(["collect", str(out), str(federation[0])]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"{out} : inchangé ;")
    assert out.read_bytes() == before


def test_nothing_collected_creates_nothing(tmp_path: Path, capsys):
    bad = tmp_path / "x.dpic"
    bad.write_text("{}", encoding="utf-8")
    out = tmp_path / "collectif.dpic"
    assert main(["collect", str(out), str(bad)]) == 1
    assert "non créé" in capsys.readouterr().out and not out.exists()


def test_a_draft_made_with_new_becomes_collective_and_keeps_its_own_answers(federation, tmp_path: Path, capsys):
    out = tmp_path / "federation.dpic"
    assert main(["new", str(out), "--org", "FHF Occitanie"]) == 0
    assert main(["collect", str(out), *map(str, federation[:3])]) == 0
    draft, _ = open_draft(out)
    assert draft.is_collective and draft.organisation == "FHF Occitanie" and len(draft.members) == 3
    assert main(["show", str(out)]) == 0
    assert "Contribution collective : 3 contributions de membres" in capsys.readouterr().out


@pytest.mark.parametrize(("setup", "expected"), [
    ("not json", "JSON invalide"),
    ("bad sources", "« sources[0].form » : un objet JSON était attendu"),
    ("share", "c’est un export de partage"),
    ("suffix", "le brouillon collectif doit avoir l’extension .dpic"),
    ("form option", "--form et --org ne servent qu’à créer"),
    ("no folder", "le dossier n’existe pas"),
])
def test_unreadable_collective_or_bad_usage_is_one_line_and_exit_2(setup: str, expected: str, federation,
                                                                   tmp_path: Path, capsys):
    out = tmp_path / "collectif.dpic"
    extra: list[str] = []
    if setup == "not json":
        out.write_text("pas du JSON", encoding="utf-8")
    elif setup == "bad sources":
        data = load_json(FIXTURES / "format-v1.dpic")
        data["sources"] = [{"kind": "member", "sha256": 3}]
        write_json(out, data)
    elif setup == "share":
        assert main(["share", str(federation[0]), "-o", str(out)]) == 0
    elif setup == "suffix":
        out = tmp_path / "collectif.json"
    elif setup == "form option":
        shutil.copy(FIXTURES / "format-v1.1-collective.dpic", out)
        extra = ["--form", "cnil-dpi-2025"]
    elif setup == "no folder":
        out = tmp_path / "absent" / "collectif.dpic"
    capsys.readouterr()
    before = out.read_bytes() if out.exists() else None
    assert main(["collect", str(out), str(federation[1]), *extra]) == 2
    captured = capsys.readouterr()
    one_error_line(captured.err, expected)
    assert captured.out == ""
    assert (out.read_bytes() if out.exists() else None) == before


def test_bad_usage_as_a_process():
    result = subprocess.run([sys.executable, "-m", "dpi_consult", "collect", "seul.dpic"], capture_output=True,
                            text=True)
    assert result.returncode == 2
    one_error_line(result.stderr, "FICHIER_OU_DOSSIER")


def test_share_writes_the_export_and_refuses_to_overwrite_the_draft(federation, tmp_path: Path, capsys):
    draft_path = shutil.copy(federation[2], tmp_path / "brouillon.dpic")
    out = tmp_path / "partage.dpic"
    assert main(["share", str(draft_path), "-o", str(out), "--nommer", "oui"]) == 0
    line = capsys.readouterr().out
    assert line.startswith(f"{out} : export de partage écrit (") and "nom en annexe : oui" in line
    data = load_json(out)
    assert data["kind"] == "share" and data["annex_naming"] is True
    assert data["history"] == {} and data["notes"] == {} and data["statuses"] == {}
    assert load_json(draft_path)["annex_naming"] is None  # the working draft is not changed
    assert main(["share", str(draft_path), "-o", str(out)]) == 2
    one_error_line(capsys.readouterr().err, "existe déjà")
    before = Path(draft_path).read_bytes()
    assert main(["share", str(draft_path), "-o", str(draft_path), "--force"]) == 2
    one_error_line(capsys.readouterr().err, "remplacerait le brouillon lui-même")
    assert Path(draft_path).read_bytes() == before
    assert main(["share", str(tmp_path / "absent.dpic"), "-o", str(tmp_path / "p.dpic")]) == 2
    one_error_line(capsys.readouterr().err, "lecture impossible")
    assert main(["share", str(draft_path), "-o", str(tmp_path / "p.txt")]) == 2
    one_error_line(capsys.readouterr().err, "extension .dpic")


def test_status_prints_the_matrix_and_the_missing_members(tmp_path: Path, capsys):
    assert main(["status", str(FIXTURES / "format-v1.1-collective.dpic"), "--sort", "nom"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Contribution collective : 2 membres ; formulaire mini version 2"
    assert out[1].split() == ["Membre", "F1", "Total", "Annexe"]
    assert out[2].split()[-3:] == ["3", "3", "nommé"] and out[2].startswith("Centre hospitalier d’Essai")
    assert out[3].split()[-3:] == ["1", "1", "anonyme"] and out[3].startswith("Clinique du Test")
    assert out[4].split() == ["Total", "4", "4"]
    assert out[5].split() == ["Membres", "2"]
    assert "F1 = Fiche 1 — Première fiche" in out[7]
    assert "Fiche 1 — Première fiche : 0 sans réponse (tous les membres ont répondu)" in out
    assert out[-1] == "Consolidation : 0 question consolidée sur 3"


def test_status_says_how_far_the_consolidation_is(tmp_path: Path, capsys):
    data = load_json(FIXTURES / "format-v1.1-collective.dpic")
    question = "fiche-01.texte"
    member = data["sources"][0]
    data["answers"][question] = "Synthèse.\n\nReprise d’un membre."
    data["consolidation"] = {question: {"consolidated": True, "paragraphs": [
        {"id": "p-1", "text": "Synthèse.", "sources": {}},
        {"id": "p-2", "text": "Reprise d’un membre.", "sources": {member["draft_id"]: "0" * 64}}]}}
    path = write_json(tmp_path / "collectif.dpic", data)
    assert main(["status", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2:] == ["Consolidation : 1 question consolidée sur 3",
                        f"À revoir : {question} : 1 paragraphe dont un membre a envoyé une nouvelle version"]


def test_status_of_a_draft_without_members(tmp_path: Path, capsys):
    path = tmp_path / "seul.dpic"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    assert main(["status", str(path)]) == 0
    assert "Aucune contribution de membre" in capsys.readouterr().out
    assert main(["status", str(tmp_path / "absent.dpic")]) == 2
    one_error_line(capsys.readouterr().err, "lecture impossible")


def test_groups_prints_alike_answers_once_with_each_members_state(federation, tmp_path: Path, capsys):
    import csv
    import io
    import json

    from dpi_consult.collective import consolidation as c
    from dpi_consult.draft.consolidation import store, work_for
    from dpi_consult.draft.files import save_draft

    question = "fiche-02.difficultes"
    copies = []
    for number, path in enumerate(federation[:3]):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["answers"][question] = "La base légale retenue pour le DPI doit être précisée par la fiche, sans " \
                                    "ambiguïté pour les établissements privés." + (" Merci." if number else "")
        copies.append(write_json(tmp_path / f"copie-{number}.dpic", data))
    out = tmp_path / "collectif.dpic"
    assert main(["collect", str(out), *map(str, copies), *map(str, federation[3:12])]) == 0
    collective = read_draft(out)
    first = collective.members[0]
    work = work_for(collective, question)
    c.mark_handled(work, [first], question)
    store(collective, question, work)
    save_draft(collective, out, "Coordinatrice")
    capsys.readouterr()

    assert main(["groups", str(out), question]) == 0
    lines = capsys.readouterr().out.splitlines()
    answered = sum(1 for m in collective.members if m.answers.get(question))
    assert lines[0].startswith(f"{question} — ") and lines[1].startswith(f"{answered} réponses de 12 membres")
    assert lines[3] == "Groupe 1 : 3 réponses identiques ou presque"
    assert lines[4].startswith("  La base légale retenue")
    assert lines[5:8] == [f"  - {collective.members[0].label} : traité",
                          f"  - {collective.members[1].label} : à traiter",
                          f"  - {collective.members[2].label} : à traiter"]

    assert main(["groups", str(out), question, "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter=";"))
    assert rows[0] == ["groupe", "réponses dans le groupe", "membre", "finess", "état", "réponse"]
    assert len(rows) == answered + 1 and rows[1][:3] == ["1", "3", first.label] and rows[1][4] == "traité"

    assert main(["groups", str(out), "fiche-99.inconnue"]) == 2
    one_error_line(capsys.readouterr().err, "question « fiche-99.inconnue » absente du formulaire")
    assert main(["groups", str(federation[0]), question]) == 2
    one_error_line(capsys.readouterr().err, "ce n’est pas un brouillon collectif")


def test_share_refuses_a_collective_and_names_the_way_it_is_sent(tmp_path: Path, capsys):
    collective = shutil.copy(FIXTURES / "format-v1.1-collective.dpic", tmp_path / "collectif.dpic")
    out = tmp_path / "partage.dpic"
    assert main(["share", str(collective), "-o", str(out)]) == 2
    one_error_line(capsys.readouterr().err, "c’est une contribution collective")
    assert not out.exists()


def test_the_share_export_refuses_a_collective_whoever_calls_it(tmp_path: Path):
    draft, _ = open_draft(FIXTURES / "format-v1.1-collective.dpic")
    assert share_refusal(draft) is not None and "Word" in share_refusal(draft)
    with pytest.raises(InputError, match="contribution collective"):
        write_share(draft, tmp_path / "partage.dpic")
    assert list(tmp_path.iterdir()) == []
    draft.sources = []
    assert share_refusal(draft) is None
