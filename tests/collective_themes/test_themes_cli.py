"""`dpi-consult themes`: the themes of a question printed as the window shows them, the file left as it was."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from themes_helpers import FIXTURES, QUESTION

from dpi_consult.cli import main

FIXTURE = FIXTURES / "format-v1.5-themes.dpic"


def run(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)


def test_stored_themes_are_printed_with_their_names_terms_counts_and_passages(capsys):
    before = FIXTURE.read_bytes()
    assert run("themes", str(FIXTURE), QUESTION) == 0
    out = capsys.readouterr().out
    assert "24 réponses de 24 membres, en 2 thèmes enregistrés dans le brouillon." in out
    assert "Thème 1 : Séparer les traces du dossier médical — 15 membres (épinglé)" in out
    assert "Thème 3 : Autres (ne relèvent d’aucun thème) — 1 membre" in out
    assert "  Termes : " in out and "  Types : " in out and "  Régions : " in out and "  « " in out
    assert FIXTURE.read_bytes() == before


def test_the_csv_has_one_line_per_theme(capsys):
    assert run("themes", str(FIXTURE), QUESTION, "--format", "csv") == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter=";"))
    assert rows[0][:5] == ["thème", "titre", "épinglé", "termes", "membres"]
    assert [row[1] for row in rows[1:]][0] == "Séparer les traces du dossier médical"
    assert sum(int(row[4]) for row in rows[1:]) == 24
    assert all(row[8].count(";") == int(row[4]) - 1 for row in rows[1:])


def test_without_stored_themes_they_are_computed(capsys, tmp_path: Path, member_files: list[Path]):
    assert run("collect", str(tmp_path / "collectif.dpic"), *map(str, member_files)) == 0
    capsys.readouterr()
    assert run("themes", str(tmp_path / "collectif.dpic"), QUESTION) == 0
    out = capsys.readouterr().out
    assert "51 réponses de 51 membres" in out and "calculés (aucun thème enregistré pour cette question)" in out


@pytest.mark.parametrize(("question", "message"), [
    ("fiche-99.absente", "question « fiche-99.absente » absente du formulaire"),
    ("identification.type", "n’appelle pas de réponse rédigée"),
])
def test_a_question_without_themes_is_refused_in_one_line(capsys, question: str, message: str):
    assert run("themes", str(FIXTURE), question) == 2
    err = capsys.readouterr().err
    assert message in err and str(FIXTURE) in err and len(err.strip().splitlines()) == 1


def test_a_members_own_draft_has_no_themes(capsys, member_files: list[Path]):
    assert run("themes", str(member_files[0]), QUESTION) == 2
    assert "ce n’est pas un brouillon collectif" in capsys.readouterr().err
