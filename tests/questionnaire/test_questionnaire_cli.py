"""`dpi-consult blank` and `dpi-consult import-docx` as a user runs them: files, reports, exit codes."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from questionnaire_fill import add_paragraph_after_box, fill_sample

from dpi_consult.cli import main
from dpi_consult.draft.binding import open_draft
from dpi_consult.form.registry import bundled_form


@pytest.fixture
def blank_path(tmp_path: Path) -> Path:
    path = tmp_path / "questionnaire.docx"
    assert main(["blank", "-o", str(path)]) == 0
    return path


def test_blank_writes_a_questionnaire_and_refuses_to_overwrite(tmp_path: Path, capsys):
    blank_path = tmp_path / "questionnaire.docx"
    assert main(["blank", "-o", str(blank_path)]) == 0
    form = bundled_form()
    assert (f"questionnaire vierge du formulaire cnil-dpi-2025 version {form.version} "
            f"({len(form.questions)} questions)") in capsys.readouterr().out
    assert docx.Document(blank_path).core_properties.keywords
    assert main(["blank", "-o", str(blank_path)]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert main(["blank", "-o", str(blank_path), "--force"]) == 0
    assert main(["blank", "-o", str(blank_path.with_suffix(".doc"))]) == 2
    assert main(["blank", "-o", str(blank_path.parent / "absent" / "q.docx")]) == 2
    assert main(["blank", "-o", str(blank_path), "--force", "--form", "inconnu"]) == 2


def test_import_of_a_fully_placed_questionnaire_exits_0(blank_path: Path, tmp_path: Path, capsys):
    document = docx.Document(blank_path)
    expected = fill_sample(document)
    document.core_properties.last_modified_by = "Dr Claire Martin"
    filled = tmp_path / "rempli.docx"
    document.save(filled)
    out = tmp_path / "membre.dpic"
    capsys.readouterr()
    assert main(["import-docx", str(filled), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"Réponses importées ({len(expected)}) :" in printed
    assert "Fiche 1 — Responsabilité de traitement : clarte, applicabilite, difficultes, modifications" in printed
    assert "Sans réponse (" in printed and "Texte non placé" not in printed
    assert "auteur des réponses : Dr Claire Martin" in printed
    draft, binding = open_draft(out)
    assert draft.value(binding.form, "fiche-01.difficultes") == expected["fiche-01.difficultes"]
    assert {r.author for h in draft.history.values() for r in h.revisions} == {"Dr Claire Martin"}
    # An existing draft is not overwritten without --force; --author names the author.
    assert main(["import-docx", str(filled), "-o", str(out)]) == 2
    assert main(["import-docx", str(filled), "-o", str(out), "--force", "--author", "CH Rivesaltes"]) == 0
    assert "auteur des réponses : CH Rivesaltes" in capsys.readouterr().out


def test_import_with_unplaced_text_exits_1_and_still_writes_the_draft(blank_path: Path, tmp_path: Path, capsys):
    document = docx.Document(blank_path)
    fill_sample(document)
    add_paragraph_after_box(document, "fiche-01.difficultes", "Texte hors cadre")
    filled = tmp_path / "rempli.docx"
    document.save(filled)
    out = tmp_path / "membre.dpic"
    assert main(["import-docx", str(filled), "-o", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "Texte non placé (1) :" in printed and "« Texte hors cadre »" in printed
    assert out.is_file()


def _one_line_error(args: list[str]) -> str:
    result = subprocess.run([sys.executable, "-m", "dpi_consult", *args], capture_output=True, text=True)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    return result.stderr


def test_unreadable_files_are_refused_in_one_line(tmp_path: Path):
    out = str(tmp_path / "x.dpic")
    text = tmp_path / "notes.docx"
    text.write_text("Ceci est un simple fichier texte renommé.\n", encoding="utf-8")
    assert "archive zip" in _one_line_error(["import-docx", str(text), "-o", out])

    archive = tmp_path / "archive.docx"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("lisez-moi.txt", "rien")
    assert "pas un document Word" in _one_line_error(["import-docx", str(archive), "-o", out])

    truncated = tmp_path / "tronque.docx"
    document = docx.Document()
    document.add_paragraph("x")
    document.save(truncated)
    truncated.write_bytes(truncated.read_bytes()[:2000])
    assert "zip" in _one_line_error(["import-docx", str(truncated), "-o", out])

    foreign = tmp_path / "lettre.docx"
    letter = docx.Document()
    letter.add_paragraph("Madame, Monsieur,")
    letter.add_paragraph("Veuillez trouver ci-joint notre rapport annuel.")
    letter.save(foreign)
    assert "pas un questionnaire dpi-consult" in _one_line_error(["import-docx", str(foreign), "-o", out])

    assert "introuvable" in _one_line_error(["import-docx", str(tmp_path / "absent.docx"), "-o", out])
    assert not (tmp_path / "x.dpic").exists()


def test_import_refuses_a_bad_output_name(blank_path: Path, tmp_path: Path, capsys):
    assert main(["import-docx", str(blank_path), "-o", str(tmp_path / "membre.json")]) == 2
    assert ".dpic" in capsys.readouterr().err


def test_blank_on_a_federation_template_still_imports(tmp_path: Path, capsys):
    letterhead = tmp_path / "papier.docx"
    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = "Fédération des établissements de test"
    template.add_paragraph("Texte du modèle, retiré du questionnaire")
    template.save(letterhead)
    blank = tmp_path / "q.docx"
    assert main(["blank", "-o", str(blank), "--template", str(letterhead)]) == 0
    document = docx.Document(blank)
    assert document.sections[0].header.paragraphs[0].text == "Fédération des établissements de test"
    assert "Texte du modèle" not in "".join(p.text for p in document.paragraphs)
    expected = fill_sample(document)
    document.save(blank)
    out = tmp_path / "m.dpic"
    assert main(["import-docx", str(blank), "-o", str(out)]) == 0
    draft, binding = open_draft(out)
    assert draft.value(binding.form, "fiche-01.modifications") == expected["fiche-01.modifications"]
    capsys.readouterr()
    assert main(["blank", "-o", str(tmp_path / "r.docx"), "--template", str(tmp_path / "absent.docx")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
