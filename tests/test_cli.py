"""The command line as a user runs it: exit codes, messages, files written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dpi_consult import __version__
from dpi_consult.cli import main
from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.files import read_draft, save_draft

FIXTURES = Path(__file__).parent / "fixtures"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dpi_consult", *args], capture_output=True, text=True)


def test_version_and_bad_usage_as_a_process():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"dpi-consult {__version__}"
    result = run_cli("frobnicate")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    result = run_cli("new")
    assert result.returncode == 2 and "OUT.dpic" in result.stderr and result.stderr.count("\n") == 1


def test_forms_lists_the_bundled_form(capsys):
    assert main(["forms"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("cnil-dpi-2025\tversion ") and "17 sections" in out


def test_new_show_and_check_a_draft(tmp_path: Path, capsys):
    path = tmp_path / "chu.dpic"
    assert main(["new", str(path), "--org", "CHU de Rivesaltes"]) == 0
    assert main(["new", str(path)]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Organisation : CHU de Rivesaltes"
    assert any(line.startswith("Fiche 6 — Durées de conservation") and " 0/" in line and line.endswith("brouillon")
               for line in out)
    # A fresh draft misses the required identification: findings, exit 1.
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "identification.type" in out and "réponse obligatoire absente" in out
    assert "identification.organisation" not in out


def test_check_reports_limits_choices_and_formats(tmp_path: Path, capsys):
    draft, binding = open_draft(FIXTURES / "format-v1.dpic")
    form = binding.form
    draft.set_value(form, "fiche-01.texte", "x" * 51)
    draft.set_value(form, "fiche-01.clarte", "peut-etre")
    draft.set_value(form, "identification.finess", "75A000000")
    draft.set_value(form, "identification.membres", 0)
    path = tmp_path / "f.dpic"
    save_draft(draft, path, "test")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "fiche-01.texte : 51 caractères pour une limite de 50 (1 de trop)" in out
    assert "choix inconnu « peut-etre »" in out
    assert "identification.finess : un numéro FINESS" in out
    assert "0 est inférieur au minimum 1" in out
    assert "avertissement : fiche-09.ancienne : réponse à une question absente du formulaire" in out


def test_limits_count_the_rendered_plain_text(tmp_path: Path, capsys):
    draft, binding = open_draft(FIXTURES / "format-v1.dpic")
    draft.answers.pop("fiche-09.ancienne")
    # 50 letters of text with Markdown emphasis around them: the markup does not count.
    draft.set_value(binding.form, "fiche-01.texte", "**" + "a" * 50 + "**")
    path = tmp_path / "f.dpic"
    save_draft(draft, path, "test")
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out.strip().endswith("conforme")


def test_demo_federation_checks_clean_and_shows(tmp_path: Path, capsys):
    out = tmp_path / "fed"
    assert main(["demo", str(out), "--members", "12", "--seed", "7"]) == 0
    members = sorted((out / "members").glob("*.dpic"))
    assert len(members) == 12
    assert sorted(p.name for p in (out / "copies").iterdir()) == ["base.dpic", "copie-a.dpic", "copie-b.dpic"]
    capsys.readouterr()
    assert main(["check", *map(str, members)]) == 0
    assert main(["show", str(members[3])]) == 0
    shown = capsys.readouterr().out
    assert "Organisation : " in shown and "(non renseignée)" not in shown
    drafts = [read_draft(p) for p in members]
    assert len({d.draft_id for d in drafts}) == 12
    assert len({d.organisation for d in drafts}) == 12
    # Some sheets left unanswered, some answered.
    counts = [len(d.answers) for d in drafts]
    assert min(counts) < max(counts)
    base, copy_a, copy_b = (read_draft(out / "copies" / n) for n in ("base.dpic", "copie-a.dpic", "copie-b.dpic"))
    assert base.draft_id == copy_a.draft_id == copy_b.draft_id
    changed_a = {k for k in copy_a.answers if copy_a.answers[k] != base.answers.get(k)}
    changed_b = {k for k in copy_b.answers if copy_b.answers[k] != base.answers.get(k)}
    assert len(changed_a) == 2 and len(changed_b) == 2 and len(changed_a & changed_b) == 1
    shared = (changed_a & changed_b).pop()
    heads = {copy_a.history[f"answers/{shared}"].head.author, copy_b.history[f"answers/{shared}"].head.author}
    assert heads == {"DPO", "RSSI"}


def test_demo_is_deterministic(tmp_path: Path):
    for name in ("a", "b"):
        assert main(["demo", str(tmp_path / name), "--members", "3", "--seed", "5"]) == 0
    first = read_draft(tmp_path / "a" / "members" / "membre-0002.dpic")
    second = read_draft(tmp_path / "b" / "members" / "membre-0002.dpic")
    assert first.answers == second.answers and first.draft_id == second.draft_id


@pytest.mark.parametrize("members", ["0", "-3", "dix"])
def test_demo_rejects_bad_member_counts(members: str, tmp_path: Path, capsys):
    assert run_cli("demo", str(tmp_path / "x"), "--members", members).returncode == 2


@pytest.mark.parametrize("argv", [[], ["brouillon.dpic"]])
def test_no_arguments_or_a_draft_path_start_the_window(argv, monkeypatch):
    started = []
    monkeypatch.setattr("dpi_consult.gui_entry.run_gui", lambda path=None: started.append(path) or 0)
    assert main(argv) == 0
    assert started == [argv[0] if argv else None]


def test_output_cut_short_by_the_reader_is_not_an_error(tmp_path: Path):
    path = tmp_path / "d.dpic"
    assert main(["new", str(path)]) == 0
    # Far more output than a pipe holds, so the writer is still writing when `head` leaves.
    shell = f"{sys.executable} -m dpi_consult check $(yes {path} | head -3000) | head -1"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert result.stdout.count("\n") == 1
