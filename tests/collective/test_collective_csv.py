"""The analyst CSV: one row per member and answer, opens in French Excel, no formula can run."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from collective_helpers import FIXTURES

from dpi_consult.collective.collect import collect_files
from dpi_consult.collective.csv_export import HEADER, neutralised, write_answers_csv
from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import is_empty
from dpi_consult.form.model import QuestionKind, SectionKind
from dpi_consult.form.registry import bundled_form
from dpi_consult.markdown import parse, to_plain_text
from dpi_consult.progress import Cancelled


def read_csv(path: Path, sep: str = ";") -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=sep))


def test_fixture_rows_labels_plain_text_and_neutralised_formulas(tmp_path: Path):
    draft, binding = open_draft(FIXTURES / "format-v1.1-collective.dpic")
    out = tmp_path / "reponses.csv"
    assert write_answers_csv(binding.form, draft, out) == 5
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = read_csv(out)
    assert rows[0] == list(HEADER)
    body = [dict(zip(HEADER, row, strict=True)) for row in rows[1:]]
    essai = [r for r in body if r["membre"] == "Centre hospitalier d’Essai"]
    assert [(r["question"], r["réponse"]) for r in essai] == [
        ("Claire ?", "Non"),
        ("Commentaires", "Les traces doivent être\nconservées six mois."),
        ("Rôles", "DPO ; RSSI"),
    ]
    assert {(r["type"], r["région"], r["fiche"], r["nom en annexe"]) for r in essai} == {
        ("Autre", "", "Fiche 1 — Première fiche", "oui")}
    clinique = [r for r in body if r["membre"] == "Clinique du Test"]
    assert clinique[0]["réponse"] == "'=SOMME(A1) n’est pas une formule ici."
    assert clinique[0]["nom en annexe"] == "non (anonyme)"
    assert (clinique[1]["fiche"], clinique[1]["identifiant de la question"], clinique[1]["réponse"]) == (
        "(question absente du formulaire)", "fiche-09.ancienne", "Réponse à une question retirée")


def test_every_cell_that_could_be_a_formula_is_neutralised(tmp_path: Path):
    for start in "=+-@\t\r":
        assert neutralised(f"{start}1+1") == f"'{start}1+1"
    assert neutralised("1-1") == "1-1" and neutralised("") == ""
    form = bundled_form()
    collective = Draft.new(form)
    collective.sources = [MemberContribution(
        file_kind="share", file_name="m.dpic", sha256="a" * 64, imported_at="t", draft_id="d", saved_at=None,
        form_id=form.id, form_version=form.version, annex_naming=False,
        identity={"identification.organisation": "@Clinique +Santé", "identification.region": "corse"},
        answers={"fiche-01.difficultes": "- premier point\n- second point",
                 "fiche-02.difficultes": "+33 1 23 45 67 89", "fiche-03.difficultes": "=HYPERLINK(\"x\")"},
    )]
    out = tmp_path / "a.csv"
    write_answers_csv(form, collective, out, sep=",")
    rows = read_csv(out, ",")[1:]
    assert {r[0] for r in rows} == {"'@Clinique +Santé"} and {r[2] for r in rows} == {"Corse"}
    assert [r[5] for r in rows] == ["• premier point\n• second point", "'+33 1 23 45 67 89", "'=HYPERLINK(\"x\")"]
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_a_collected_federation_is_all_in_the_csv(federation, tmp_path: Path):
    form = bundled_form()
    collective = Draft.new(form)
    collect_files(collective, federation)
    out = tmp_path / "federation.csv"
    count = write_answers_csv(form, collective, out)
    rows = read_csv(out)[1:]
    assert len(rows) == count
    expected = []
    for member in collective.members:
        for section in form.sections:
            if section.kind is SectionKind.IDENTIFICATION:
                continue
            for question in section.questions:
                value = member.answers.get(question.id)
                if value is None or is_empty(value):
                    continue
                if question.kind is QuestionKind.LONG_TEXT:
                    text = to_plain_text(parse(value))
                elif question.kind is QuestionKind.SINGLE_CHOICE:
                    text = question.option_label(value)
                elif question.kind is QuestionKind.MULTIPLE_CHOICE:
                    text = " ; ".join(question.option_label(v) for v in value)
                else:
                    text = str(value)
                expected.append((member.label, question.id, neutralised(text)))
    assert [(r[0], r[6], r[5]) for r in rows] == expected
    assert any("é" in r[5] for r in rows) and any("’" in r[0] for r in rows)


def test_cancel_writes_nothing(tmp_path: Path, stop_at):
    draft, binding = open_draft(FIXTURES / "format-v1.1-collective.dpic")
    out = tmp_path / "x.csv"
    with pytest.raises(Cancelled):
        write_answers_csv(binding.form, draft, out, progress=stop_at(1))
    assert not out.exists()


def test_export_command_writes_the_csv_of_a_collective(tmp_path):
    import csv as csv_module
    import subprocess
    import sys

    from dpi_consult.cli import main

    assert main(["demo", str(tmp_path / "fed"), "--members", "4", "--seed", "2"]) == 0
    collective = tmp_path / "federation.dpic"
    assert main(["collect", str(collective), str(tmp_path / "fed" / "members")]) == 0
    out = tmp_path / "reponses.csv"
    assert main(["export", str(collective), "-o", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv_module.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) > 10 and len({row[0] for row in rows[1:]}) == 4
    single = tmp_path / "seul.dpic"
    assert main(["new", str(single)]) == 0
    result = subprocess.run([sys.executable, "-m", "dpi_consult", "export", str(single), "-o",
                             str(tmp_path / "x.csv")], capture_output=True, text=True)
    assert result.returncode == 2 and "le CSV demande un brouillon collectif" in result.stderr
