"""Loading form files: a valid file gives the model, every kind of mistake a precise message."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpi_consult.errors import FormError
from dpi_consult.form.loader import load_form_file, load_form_text
from dpi_consult.form.model import QuestionKind, SectionKind

MINI = Path(__file__).parent / "fixtures" / "mini-form.toml"


def mini_text() -> str:
    return MINI.read_text(encoding="utf-8")


def test_mini_form_loads_with_defaults_applied():
    form = load_form_file(MINI)
    assert form.id == "mini" and form.version == "2"
    assert [s.id for s in form.sections] == ["identification", "fiche-01"]
    assert form.section("fiche-01").kind is SectionKind.SHEET
    assert form.section("fiche-01").display_title == "Fiche 1 — Première fiche"
    assert form.question("fiche-01.texte").max_chars == 50  # default_max_chars of the file
    assert form.question("identification.organisation").max_chars == 100
    assert [o.label for o in form.question("fiche-01.clarte").options] == ["Oui", "Non"]
    assert form.question("fiche-01.roles").kind is QuestionKind.MULTIPLE_CHOICE
    assert form.question("identification.membres").visible_if.values == ("federation",)
    assert form.is_identification_question("identification.finess")
    assert not form.is_identification_question("fiche-01.texte")
    assert len(form.source_sha256) == 64


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('title = "Formulaire d’essai"', 'title = "x"\ncolour = "blue"', "form.colour : clé inconnue"),
        ('id = "fiche-01.texte"', 'id = "fiche-01.clarte"', "question « fiche-01.clarte » en double"),
        ('option_set = "echelle"', "", "sections.fiche-01.questions[0].options : une question à choix demande"),
        ("max_chars = 100", "max_chars = 0", "sections.identification.questions[0].max_chars : doit être au moins 1"),
        ("max_chars = 100", 'max_chars = "cent"', "questions[0].max_chars : un nombre entier était attendu"),
        ('prompt = "Rôles"', 'prompt = "Rôles"\nmax_chars = 10',
         "sections.fiche-01.questions[2].max_chars : seules les questions à réponse texte"),
        ("min = 1\n", "min = 5000\n", "sections.identification.questions[3].max : le maximum est inférieur"),
        ('format = "finess"', 'format = "siret"', "format inconnu « siret »"),
        ('option_set = "echelle"', 'option_set = "echelles"', "jeu d’options inconnu « echelles »"),
        ('in = ["federation"]', 'in = ["ght"]', "option « ght » absente de « identification.type »"),
        ('kind = "long_text"', 'kind = "essay"', "type de question inconnu « essay »"),
        ("number = 1", "", "sections.fiche-01.number : une fiche doit avoir un numéro"),
        ('id = "fiche-01"', 'id = "Fiche 01"', "identifiant invalide « Fiche 01 »"),
        ('{ id = "dpo", label = "DPO" }, { id = "rssi"', '{ id = "dpo", label = "DPO" }, { id = "dpo"',
         "option « dpo » en double"),
    ],
)
def test_invalid_forms_name_file_path_and_problem(old: str, new: str, expected: str):
    text = mini_text()
    assert old in text
    with pytest.raises(FormError) as info:
        load_form_text(text.replace(old, new, 1), "essai.toml")
    message = str(info.value)
    assert message.startswith("essai.toml: ")
    assert expected in message
    assert "\n" not in message


def test_toml_syntax_error_names_the_line():
    text = mini_text().replace('title = "Première fiche"', 'title = "Première fiche', 1)
    with pytest.raises(FormError, match=r"essai.toml: TOML invalide ligne 47, colonne 24 : "):
        load_form_text(text, "essai.toml")


def test_unreadable_form_files(tmp_path: Path):
    with pytest.raises(FormError, match="lecture impossible"):
        load_form_file(tmp_path / "absent.toml")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(mini_text().encode("utf-8").replace("é".encode(), b"\xe9"))
    with pytest.raises(FormError, match="n’est pas en UTF-8"):
        load_form_file(latin1)
    bom = tmp_path / "bom.toml"
    bom.write_bytes(b"\xef\xbb\xbf" + mini_text().encode("utf-8"))
    assert load_form_file(bom).id == "mini"


def test_sections_must_exist():
    with pytest.raises(FormError, match="sections : au moins une section"):
        load_form_text('[form]\nid = "x"\nversion = "1"\ntitle = "t"\n', "x.toml")
