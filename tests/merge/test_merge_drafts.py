"""Two copies of one draft edited apart come back together: taken, combined, or kept side by side."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest
from merge_copies import BASE_TEXT, CHOICE, LONG, OTHER_LONG, base_file, copy_edited, replace_paragraph

from dpi_consult.cli import main
from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.model import Draft, SheetStatus
from dpi_consult.form.registry import bundled_form


def merge(tmp_path: Path, mine: Path, theirs: Path, name: str = "fusion.dpic") -> tuple[int, Draft]:
    out = tmp_path / name
    code = main(["merge", str(mine), str(theirs), "-o", str(out)])
    return code, read_draft(out)


def test_changes_on_one_side_or_in_different_paragraphs_merge_without_conflict(tmp_path: Path, capsys):
    base = base_file(tmp_path)
    dpo = copy_edited(base, "dpo.dpic", "DPO", lambda form, d: (
        d.set_value(form, LONG, replace_paragraph(BASE_TEXT, 0, "Les journaux de sécurité : un an.")),
        d.set_status("fiche-06", SheetStatus.READY)))
    dim = copy_edited(base, "dim.dpic", "DIM", lambda form, d: (
        d.set_value(form, LONG, replace_paragraph(BASE_TEXT, 2, "Le stockage coûte 2 000 € par an.")),
        d.set_value(form, OTHER_LONG, "Une réponse du DIM."),
        d.set_note("fiche-06", "À relire.\n\nVu par le DIM.")))
    code, merged = merge(tmp_path, dpo, dim)
    assert code == 0
    assert "0 conflit à résoudre" in capsys.readouterr().out
    assert merged.answers[LONG] == ("Les journaux de sécurité : un an.\n\nL’historique des soins suit le dossier."
                                    "\n\nLe stockage coûte 2 000 € par an.")
    assert merged.answers[OTHER_LONG] == "Une réponse du DIM."
    assert merged.statuses["fiche-06"] is SheetStatus.READY
    assert merged.notes["fiche-06"] == "À relire.\n\nVu par le DIM."
    assert merged.conflicts == {}
    # The merge is a revision of its own with both copies' revisions as parents: merging again starts from it.
    head = merged.history[f"answers/{LONG}"].head
    dpo_head = read_draft(dpo).history[f"answers/{LONG}"].head
    dim_head = read_draft(dim).history[f"answers/{LONG}"].head
    assert set(head.parents) == {dpo_head.id, dim_head.id}


def test_the_same_paragraph_changed_both_ways_is_a_conflict_kept_in_the_file(tmp_path: Path, capsys):
    base = base_file(tmp_path)
    dpo = copy_edited(base, "dpo.dpic", "DPO", lambda form, d: (
        d.set_value(form, LONG, replace_paragraph(BASE_TEXT, 1, "L’historique des soins : vingt ans.")),
        d.set_value(form, CHOICE, "oui")))
    rssi = copy_edited(base, "rssi.dpic", "RSSI", lambda form, d: (
        d.set_value(form, LONG, replace_paragraph(BASE_TEXT, 1, "L’historique des soins : six mois.")),
        d.set_value(form, CHOICE, "non")))
    code, merged = merge(tmp_path, dpo, rssi)
    out = capsys.readouterr().out
    assert code == 1 and "2 conflits à résoudre" in out and "conflit entre DPO" in out
    assert set(merged.conflicts) == {f"answers/{LONG}", f"answers/{CHOICE}"}
    text = merged.answers[LONG]
    assert "L’historique des soins : vingt ans." in text and "L’historique des soins : six mois." in text
    conflict = merged.conflicts[f"answers/{LONG}"]
    revisions = merged.history[f"answers/{LONG}"].by_id()
    assert [revisions[r].author for r in conflict.sides] == ["DPO", "RSSI"]
    assert [revisions[r].text for r in conflict.sides] == [read_draft(dpo).answers[LONG],
                                                           read_draft(rssi).answers[LONG]]
    # The other order records the same answers and the same conflicts.
    code, other = merge(tmp_path, rssi, dpo, "fusion-inverse.dpic")
    assert code == 1 and other.answers == merged.answers
    assert {k: c.to_json() for k, c in other.conflicts.items()} == {k: c.to_json() for k, c in merged.conflicts.items()}

    path = tmp_path / "fusion.dpic"
    assert main(["show", str(path)]) == 0
    assert "À résoudre : Fiche 6 — Durées de conservation" in capsys.readouterr().out
    assert main(["check", str(path)]) == 1
    assert "conflit de fusion à résoudre (réponse) : deux versions gardées, de DPO et de RSSI" in \
        capsys.readouterr().out
    export = tmp_path / "contribution.docx"
    assert main(["export", str(path), "-o", str(export)]) == 1
    assert "conflit de fusion à résoudre" in capsys.readouterr().err
    body = "\n".join(p.text for p in docx.Document(str(export)).paragraphs)
    assert "L’historique des soins : vingt ans." in body and "L’historique des soins : six mois." in body
    assert not any(marker in body for marker in ("<<<<", ">>>>", "====", "conflit"))


def test_merging_the_same_copy_again_changes_nothing(tmp_path: Path):
    base = base_file(tmp_path)
    dpo = copy_edited(base, "dpo.dpic", "DPO", lambda form, d: d.set_value(
        form, LONG, replace_paragraph(BASE_TEXT, 1, "Version DPO.")))
    rssi = copy_edited(base, "rssi.dpic", "RSSI", lambda form, d: d.set_value(
        form, LONG, replace_paragraph(BASE_TEXT, 1, "Version RSSI.")))
    _code, merged = merge(tmp_path, dpo, rssi)
    code, again = merge(tmp_path, tmp_path / "fusion.dpic", rssi, "encore.dpic")
    assert code == 1 and again.answers == merged.answers
    assert {k: c.to_json() for k, c in again.conflicts.items()} == {k: c.to_json() for k, c in merged.conflicts.items()}
    assert again.history[f"answers/{LONG}"].head.id == merged.history[f"answers/{LONG}"].head.id


def test_a_later_merge_starts_from_the_earlier_one(tmp_path: Path):
    base = base_file(tmp_path)
    dpo = copy_edited(base, "dpo.dpic", "DPO", lambda form, d: d.set_value(
        form, LONG, replace_paragraph(BASE_TEXT, 0, "Version DPO du premier.")))
    dim = copy_edited(base, "dim.dpic", "DIM", lambda form, d: d.set_value(
        form, LONG, replace_paragraph(BASE_TEXT, 2, "Version DIM du dernier.")))
    assert merge(tmp_path, dpo, dim)[0] == 0
    shutil.copy(tmp_path / "fusion.dpic", dpo)  # the DPO carries on from the merge
    first_merge = read_draft(dpo).answers[LONG]
    copy_edited(dpo, "dpo.dpic", "DPO", lambda form, d: d.set_value(
        form, LONG, first_merge + "\n\nUn ajout du DPO."))
    copy_edited(dim, "dim.dpic", "DIM", lambda form, d: d.set_value(
        form, LONG, replace_paragraph(d.answers[LONG], 1, "Le milieu revu par le DIM.")))
    code, merged = merge(tmp_path, dpo, dim, "fusion-2.dpic")
    assert code == 0  # the DIM's first change is not seen twice: the earlier merge is the ancestor
    assert merged.answers[LONG] == ("Version DPO du premier.\n\nLe milieu revu par le DIM.\n\nVersion DIM du "
                                    "dernier.\n\nUn ajout du DPO.")


def test_unrelated_drafts_kits_and_shares_are_refused(tmp_path: Path, capsys):
    base = base_file(tmp_path)
    other = tmp_path / "autre.dpic"
    save_draft(Draft.new(bundled_form(), "Clinique de Lorient"), other, "Quelqu’un")
    assert main(["merge", str(base), str(other), "-o", str(tmp_path / "x.dpic")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "aucun historique commun" in err and "dpi-consult collect" in err
    shared = tmp_path / "partage.dpic"
    assert main(["share", str(base), "-o", str(shared)]) in (0, 1)
    capsys.readouterr()
    assert main(["merge", str(base), str(shared), "-o", str(tmp_path / "x.dpic")]) == 2
    assert "il se collecte dans le brouillon collectif" in capsys.readouterr().err
    assert not (tmp_path / "x.dpic").exists()


def test_copies_on_two_versions_of_the_form_merge_on_the_newer(tmp_path: Path):
    fixture = Path(__file__).parents[1] / "fixtures" / "form-1.0" / "draft-1.0.dpic"
    old = tmp_path / "ancienne.dpic"
    shutil.copy(fixture, old)
    new = copy_edited(old, "nouvelle.dpic", "DIM", lambda form, d: (
        d.set_value(form, "identification.type", "prive-lucratif"),
        d.set_value(form, "fiche-06.duree-traces", "1-an")))
    assert json.loads(old.read_text(encoding="utf-8"))["form"]["version"] == "1.0"
    for mine, theirs in ((old, new), (new, old)):
        code, merged = merge(tmp_path, mine, theirs)
        assert code == 0 and merged.form_ref.version == bundled_form().version
        assert merged.identity["identification.type"] == "prive-lucratif"
        assert merged.answers["fiche-06.duree-traces"] == "1-an"
        (tmp_path / "fusion.dpic").unlink()


def test_the_output_must_not_exist_and_the_inputs_are_untouched(tmp_path: Path, capsys):
    base = base_file(tmp_path)
    dpo = copy_edited(base, "dpo.dpic", "DPO", lambda form, d: d.set_value(form, CHOICE, "oui"))
    before = dpo.read_bytes(), base.read_bytes()
    assert main(["merge", str(dpo), str(base), "-o", str(base)]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert main(["merge", str(dpo), str(base), "-o", str(tmp_path / "f.dpic")]) == 0
    assert (dpo.read_bytes(), base.read_bytes()) == before
    merged, _binding = open_draft(tmp_path / "f.dpic")
    assert merged.answers[CHOICE] == "oui"


@pytest.mark.parametrize("status", [SheetStatus.READY, SheetStatus.VALIDATED])
def test_a_status_changed_both_ways_is_a_conflict(tmp_path: Path, status: SheetStatus):
    base = base_file(tmp_path)
    dpo = copy_edited(base, "dpo.dpic", "DPO", lambda _form, d: d.set_status("fiche-06", status))
    dim = copy_edited(base, "dim.dpic", "DIM", lambda _form, d: d.set_status("fiche-06", SheetStatus.DRAFT)
                      or d.set_status("fiche-06", SheetStatus.READY if status is SheetStatus.VALIDATED
                                      else SheetStatus.VALIDATED))
    code, merged = merge(tmp_path, dpo, dim)
    assert code == 1 and set(merged.conflicts) == {"statuses/fiche-06"}


def test_two_coordinators_copies_of_a_collective_merge(tmp_path: Path, capsys):
    members = tmp_path / "membres"
    assert main(["demo", str(tmp_path / "demo"), "--members", "6"]) == 0
    shutil.copytree(tmp_path / "demo" / "members", members)
    files = sorted(members.glob("*.dpic"))
    collective = tmp_path / "collectif.dpic"
    assert main(["collect", str(collective), str(files[0]), "--org", "Fédération de Bretagne"]) == 0
    first = tmp_path / "coordinatrice-1.dpic"
    second = tmp_path / "coordinatrice-2.dpic"
    shutil.copy(collective, first)
    shutil.copy(collective, second)
    assert main(["collect", str(first), *map(str, files[1:3])]) == 0
    assert main(["collect", str(second), *map(str, files[3:6])]) == 0
    copy_edited(first, first.name, "Coordinatrice 1", lambda form, d: d.set_value(
        form, "fiche-01.difficultes", "Synthèse de la fiche 1 par la première coordinatrice."))
    copy_edited(second, second.name, "Coordinatrice 2", lambda form, d: d.set_value(
        form, "fiche-02.difficultes", "Synthèse de la fiche 2 par la seconde coordinatrice."))
    capsys.readouterr()
    code, merged = merge(tmp_path, first, second)
    assert code == 0 and "3 membres ajoutés" in capsys.readouterr().out
    assert {m.member_id for m in merged.members} == {m.member_id for m in read_draft(first).members} | {
        m.member_id for m in read_draft(second).members}
    assert len(merged.members) == 6
    assert merged.answers["fiche-01.difficultes"].startswith("Synthèse de la fiche 1")
    assert merged.answers["fiche-02.difficultes"].startswith("Synthèse de la fiche 2")
