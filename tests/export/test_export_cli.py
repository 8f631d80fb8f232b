"""`dpi-consult export` as a user runs it: formats, exit codes, one-line errors, no half-written files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from export_samples import sample_draft, sample_form

from dpi_consult.cli import main
from dpi_consult.draft.files import save_draft
from dpi_consult.draft.member import MemberContribution


@pytest.fixture()
def draft_path(tmp_path: Path) -> Path:
    path = tmp_path / "fho.dpic"
    save_draft(sample_draft(sample_form()), path, "test")
    return path


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dpi_consult", *args], capture_output=True, text=True)


def test_export_docx_then_txt_and_md_by_suffix(tmp_path: Path, draft_path: Path, capsys):
    out = tmp_path / "contribution.docx"
    assert main(["export", str(draft_path), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"{out} : contribution exportée (docx)"
    assert docx.Document(str(out)).paragraphs[0].text.startswith("Projet de recommandation")
    assert main(["export", str(draft_path), "-o", str(tmp_path / "c.txt")]) == 0
    text = (tmp_path / "c.txt").read_text(encoding="utf-8")
    assert "(383 / 4\u00a0000 caractères)" in text and "**" not in text
    assert main(["export", str(draft_path), "-o", str(tmp_path / "c.md"), "--all-questions"]) == 0
    markdown = (tmp_path / "c.md").read_text(encoding="utf-8")
    assert "*(383 / 4\u00a0000 caractères)*" in markdown and "*Pas de réponse.*" in markdown
    assert main(["export", str(draft_path), "-o", str(tmp_path / "sans-extension"), "--format", "md",
                 "--all-questions"]) == 0
    assert (tmp_path / "sans-extension").read_text(encoding="utf-8") == markdown


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "{tmp}/absent/c.docx"], "dossier de destination introuvable"),
    (["-o", "{tmp}/c.doc"], "extension « .doc » inconnue"),
    (["-o", "{tmp}/c.txt", "--format", "docx"], "ne correspond pas au format docx"),
    (["-o", "{tmp}/c.txt", "--template", "{tmp}/fho.dpic"], "--template ne s’applique qu’au format docx"),
    (["-o", "{tmp}/c.docx", "--template", "{tmp}/fho.dpic"], "ce n’est pas un document Word"),
    (["-o", "{tmp}/c.docx", "--template", "{tmp}/absent.dotx"], "modèle Word illisible"),
    (["-o", "{tmp}/c.docx", "--annex"], "aucune contribution de membre dans ce brouillon"),
    (["-o", "{tmp}"], "c’est un dossier"),
])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(tmp_path: Path, draft_path: Path, args, message):
    args = [arg.format(tmp=tmp_path) for arg in args]
    result = run_cli("export", str(draft_path), *args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and message in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fho.dpic"]


def test_unreadable_draft_is_one_line_exit_2(tmp_path: Path):
    broken = tmp_path / "broken.dpic"
    broken.write_text("{", encoding="utf-8")
    result = run_cli("export", str(broken), "-o", str(tmp_path / "c.docx"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "broken.dpic" in result.stderr
    assert not (tmp_path / "c.docx").exists()


def test_a_failed_export_keeps_the_previous_file(tmp_path: Path, draft_path: Path):
    out = tmp_path / "c.docx"
    out.write_bytes(b"previous")
    result = run_cli("export", str(draft_path), "-o", str(out), "--template", str(draft_path))
    assert result.returncode == 2 and out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_annex_from_the_member_contributions_of_a_collective_draft(tmp_path: Path, draft_path: Path):
    data = json.loads(draft_path.read_text(encoding="utf-8"))
    data["sources"] = [
        MemberContribution(draft_id="m1", saved_at=None, form_id="cnil-dpi-2025", form_version="1.0",
                           file_name="ceret.dpic", sha256="a" * 64, imported_at="2026-01-05T10:00:00Z",
                           annex_naming=True, identity={"identification.organisation": "CH de Céret"},
                           answers={"fiche-01.difficultes": "Réponse **du CH**."}).to_json(),
        MemberContribution(draft_id="m2", saved_at=None, form_id="cnil-dpi-2025", form_version="1.0",
                           file_name="x.dpic", sha256="b" * 64, imported_at="2026-01-05T10:00:00Z",
                           annex_naming=False,
                           identity={"identification.organisation": "Clinique X",
                                     "identification.type": "prive-lucratif", "identification.region": "occitanie"},
                           answers={"fiche-01.difficultes": "Réponse *anonyme*."}).to_json(),
    ]
    collective = tmp_path / "collectif.dpic"
    collective.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run_cli("export", str(collective), "-o", str(tmp_path / "c.md"), "--annex")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "c.md").read_text(encoding="utf-8")
    assert "##### CH de Céret\n\nRéponse **du CH**." in text
    assert "##### Membre 2 (Établissement de santé privé à but lucratif, Occitanie)" in text
    assert "Clinique X" not in text


def test_an_organisation_name_over_its_limit_is_reported_and_cut_in_the_properties(tmp_path: Path, capsys):
    from dpi_consult.draft.model import Draft
    from dpi_consult.form.registry import bundled_form

    name = "Centre hospitalier intercommunal " * 9  # 297 characters: over the form's 200 and Word's 255
    form = bundled_form()
    draft = Draft.new(form, organisation=name)
    draft.set_value(form, "fiche-01.difficultes", "Réponse.")
    path = tmp_path / "long.dpic"
    save_draft(draft, path, "test")
    out = tmp_path / "long.docx"
    assert main(["export", str(path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Nom de l’organisation : réponse trop longue" in err and "Traceback" not in err
    properties = docx.Document(str(out)).core_properties
    assert len(properties.title) <= 255 and properties.title.endswith("…")
    assert len(properties.author) <= 255
