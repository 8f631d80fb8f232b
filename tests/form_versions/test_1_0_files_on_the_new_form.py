"""What users hold from form 1.0 (a draft, a kit, a member's file, a filled questionnaire) works on the new form."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
from version_helpers import FIXTURES

from dpi_consult.checks import Problem, Severity, check_draft
from dpi_consult.cli import main
from dpi_consult.collective.tally import count_choices
from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.files import save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form


def copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copy(FIXTURES / name, target)
    return target


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_a_1_0_draft_opens_with_every_answer_in_place_and_a_report(tmp_path: Path, capsys):
    path = copy("draft-1.0.dpic", tmp_path)
    stored = json.loads(path.read_text(encoding="utf-8"))
    draft, binding = open_draft(path)
    form = binding.form
    assert form.version != "1.0" and draft.form_ref.version == form.version
    assert draft.identity == stored["identity"] and draft.answers == stored["answers"]
    assert binding.orphan_answers == []
    update = binding.update
    assert update is not None and update.from_version == "1.0"
    assert update.headline().startswith(f"Formulaire passé de la version 1.0 à la version {form.version} : ")
    assert update.retired_choices == ["identification.type"]
    assert "fiche-02.droits-non-applicables" in update.reread
    assert any(line.startswith("Fiche 6 — Durées de conservation : ") and "nouvelles questions" in line
               for line in binding.notes)

    assert main(["show", str(path)]) == 0
    shown = capsys.readouterr().out
    question = form.question("identification.type")
    editeur, hebergeur = question.option_label("editeur"), question.option_label("hebergeur")
    assert update.headline() in shown and f"choisissez « {editeur} » ou « {hebergeur} »" in shown

    findings = check_draft(draft, form)
    assert [(f.question_id, f.problem, f.severity) for f in findings] == [
        ("identification.type", Problem.RETIRED, Severity.WARNING)]

    out = tmp_path / "contribution.docx"
    assert main(["export", str(path), "-o", str(out)]) == 1  # written, with the retired choice to look at
    text = docx_text(out)
    assert "Éditeur de logiciel ou hébergeur" in text
    assert "Six mois glissants suffisent pour les journaux de sécurité." in text

    save_draft(draft, path, "Marie Durand")
    again, binding = open_draft(path)
    assert binding.update is None and again.answers == stored["answers"]
    assert json.loads(path.read_text(encoding="utf-8"))["form"]["version"] == form.version


def test_choosing_again_clears_the_retired_choice(tmp_path: Path):
    draft, binding = open_draft(copy("draft-1.0.dpic", tmp_path))
    draft.set_value(binding.form, "identification.type", "editeur")
    assert check_draft(draft, binding.form) == []


def test_a_1_0_kit_starts_a_draft_on_the_new_form(tmp_path: Path, capsys):
    kit = copy("kit-1.0.dpic", tmp_path)
    out = tmp_path / "membre.dpic"
    assert main(["new", "--from-kit", str(kit), "--org", "Centre hospitalier de Lannion", str(out)]) == 0
    draft, binding = open_draft(out)
    assert draft.form_ref.version == bundled_form().version and binding.update is None
    assert draft.kit is not None and "fiche-06.traces-r6113-9-2" in draft.kit.proposals


def test_members_on_1_0_and_on_the_new_form_consolidate(tmp_path: Path, capsys):
    form = bundled_form()
    old_member = copy("member-1.0.dpic", tmp_path)
    new = Draft.new(form, "Hôpital privé de Quimper")
    new.set_value(form, "identification.type", "hebergeur")
    new.set_value(form, "fiche-06.traces-distinction", "oui")
    save_draft(new, tmp_path / "quimper.dpic", "Claire Le Goff")
    shared = tmp_path / "quimper-partage.dpic"
    assert main(["share", str(tmp_path / "quimper.dpic"), "-o", str(shared), "--nommer", "oui"]) in (0, 1)
    collective = tmp_path / "collectif.dpic"
    assert main(["collect", str(collective), str(old_member), str(shared), "--org", "Fédération"]) == 0
    out = capsys.readouterr().out
    assert "formulaire version 1.0, collecté sur la version" in out

    draft, binding = open_draft(collective)
    members = draft.members
    assert len(members) == 2
    answers = [(m, m.identity["identification.type"]) for m in members]
    counts = {label: count for _id, label, count in
              count_choices(binding.form.question("identification.type"), answers).counts}
    hebergeur = binding.form.question("identification.type").option_label("hebergeur")
    assert counts[hebergeur] == 1 and counts["Éditeur de logiciel ou hébergeur"] == 1
    retention = [(m, m.answers["fiche-06.traces-distinction"]) for m in members]
    assert [c for _id, _label, c in count_choices(binding.form.question("fiche-06.traces-distinction"),
                                                  retention).counts if c] == [1, 1]
    assert main(["export", str(collective), "-o", str(tmp_path / "collectif.docx")]) in (0, 1)


def test_a_filled_1_0_questionnaire_imports_on_the_new_form(tmp_path: Path, capsys):
    out = tmp_path / "editeur.dpic"
    assert main(["import-docx", str(FIXTURES / "questionnaire-1.0-filled.docx"), "-o", str(out)]) == 0
    reported = capsys.readouterr().out
    assert "questionnaire de la version 1.0" in reported
    draft, binding = open_draft(out)
    assert draft.form_ref.version == bundled_form().version
    assert draft.identity["identification.type"] == "editeur-hebergeur"
    assert draft.identity["identification.organisation"] == "Éditions Santé Logiciel"
    assert draft.answers["fiche-06.traces-distinction"] == "plutot-oui"
    assert draft.answers["fiche-06.traces-r6113-9-2"] == "Nos clients gardent les journaux un an."
