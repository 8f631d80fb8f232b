"""What Windows users bring and expect: files with a BOM and CRLF line ends, accents in paths, and file names
the app proposes that Windows accepts (no reserved device name, no forbidden character)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dpi_consult.cli import main
from dpi_consult.draft.files import read_draft
from dpi_consult.file_names import file_stem
from dpi_consult.form.loader import load_form_file
from dpi_consult.form.registry import bundled_form
from dpi_consult.kit.members_csv import read_members_csv
from dpi_consult.resources import forms_dir
from dpi_consult.settings import data_dir, load_settings, settings_path
from dpi_consult.spelling import USER_DICTIONARY_NAME, FrenchSpeller

BOM = "\ufeff"
WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(code) for code in range(32)}
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}


def windows(text: str) -> bytes:
    """`text` as Notepad saves it in UTF-8: a BOM, CRLF line ends."""
    return (BOM + text.replace("\r\n", "\n").replace("\n", "\r\n")).encode("utf-8")


def run(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)


def test_a_form_saved_by_notepad_loads_as_the_bundled_one(tmp_path: Path):
    source = (forms_dir() / "cnil-dpi-2025.toml").read_text(encoding="utf-8")
    path = tmp_path / "formulaire été.toml"
    path.write_bytes(windows(source))
    loaded, bundled = load_form_file(path), bundled_form("cnil-dpi-2025")
    assert [q.id for q in loaded.questions] == [q.id for q in bundled.questions]
    assert loaded.questions[5].help == bundled.questions[5].help  # no stray \r in multi-line strings


def test_a_members_list_from_excel_keeps_its_first_column_name(tmp_path: Path):
    path = tmp_path / "membres.csv"
    path.write_bytes(windows("nom;finess;e-mail\nCH d’Alès;300780038;dpo@ch-ales.fr\nCHU de Nîmes;;\n"))
    members = read_members_csv(path)
    assert [(m.name, m.finess, m.email) for m in members] == [
        ("CH d’Alès", "300780038", "dpo@ch-ales.fr"), ("CHU de Nîmes", "", "")]


def test_a_draft_rewritten_with_crlf_and_a_bom_still_opens(tmp_path: Path):
    path = tmp_path / "brouillon.dpic"
    assert run("new", "--org", "CH d’Alès", str(path)) == 0
    path.write_bytes(windows(json.dumps(json.loads(path.read_text(encoding="utf-8")), indent=2, ensure_ascii=False)))
    assert read_draft(path).organisation == "CH d’Alès"


def test_settings_written_by_powershell_are_read():
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_bytes(windows(json.dumps({"user_name": "Claire Dubois (DPO)"})))
    assert load_settings().user_name == "Claire Dubois (DPO)"


def test_a_personal_dictionary_edited_in_notepad_is_read_word_by_word():
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / USER_DICTIONARY_NAME).write_bytes(windows("Qualidoc\nhospitalo-DPI\n"))
    speller = FrenchSpeller().load()
    assert speller.misspelled("Le logiciel Qualidoc et le hospitalo-DPI") == []
    assert speller.misspelled("le logiciel qualidok") != []


def test_accents_and_spaces_in_folders_and_names_from_new_to_word(tmp_path: Path):
    folder = tmp_path / "Données partagées" / "Fédération été 2025"
    folder.mkdir(parents=True)
    draft = folder / "Contribution — CH d’Alès.dpic"
    assert run("new", "--org", "CH d’Alès", str(draft)) == 0
    assert run("export", "-o", str(folder / "Contribution — CH d’Alès.docx"), str(draft)) in (0, 1)
    assert (folder / "Contribution — CH d’Alès.docx").stat().st_size > 0
    assert run("check", str(draft)) in (0, 1)


@pytest.mark.parametrize("typed", ["CON", "nul", "Aux", "com1", "LPT9", "COM¹", " con ", "CON.", "prn..."])
def test_a_reserved_device_name_is_never_proposed(typed: str):
    stem = file_stem(typed)
    assert stem and stem.upper() not in RESERVED and stem.upper() != "COM¹"
    assert stem.lower().startswith(typed.strip(" .").lower())


@pytest.mark.parametrize("typed, expected", [
    ("CH de Dax", "CH-de-Dax"),
    ("CH d’Alès / site Nord", "CH-d-Alès-site-Nord"),
    ('GHT "Cœur Grand Est" : <DIM>', "GHT-Cœur-Grand-Est-DIM"),
    ("Clinique A|B?*", "Clinique-A-B"),
    ("Centre hospitalier.  ", "Centre-hospitalier"),
    ("Hôpital\tNord\r\n", "Hôpital-Nord"),
    ("CHU de Nîmes", "CHU-de-Nîmes"),  # composed here, decomposed below: one file name either way
    ("CHU de Ni\u0302mes", "CHU-de-Nîmes"),
    ("???", ""),
])
def test_proposed_names_keep_accents_and_drop_what_windows_forbids(typed: str, expected: str):
    stem = file_stem(typed)
    assert stem == expected
    assert not set(stem) & WINDOWS_FORBIDDEN and not stem.endswith((".", " "))


def test_a_very_long_organisation_name_is_cut_to_a_short_stem():
    stem = file_stem("Groupement hospitalier de territoire " * 10)
    assert 0 < len(stem) <= 80 and not stem.endswith("-")
