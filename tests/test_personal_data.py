"""The personal-data check: what it finds in answers, and what it leaves alone."""

from __future__ import annotations

import pytest

from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.personal_data import scan_draft, scan_text


def nir(number13: str) -> str:
    """A NIR with its valid key (2A and 2B counted as 19 and 18)."""
    digits = number13.replace(" ", "").replace("2A", "19").replace("2B", "18")
    return f"{number13} {97 - int(digits) % 97:02d}"


@pytest.mark.parametrize(("text", "kind"), [
    ("Écrire à jean.dupont@chu-exemple.fr pour tout échange.", "email"),
    ("Appeler le 06 12 34 56 78 en cas d’urgence.", "phone"),
    ("Standard : +33 4 67 33 93 33.", "phone"),
    ("Portable 0612345678.", "phone"),
    (f"NIR du patient : {nir('1 85 05 78 006 084')}.", "nir"),
    (f"NIR collé : {nir('1850578006084').replace(' ', '')}.", "nir"),
    (f"Né en Corse : {nir('2 69 05 2A 006 084')}.", "nir"),
    ("La patiente Mme Durand a demandé son dossier.", "patient"),
    ("Il est né le 12/03/1954 à Nîmes.", "birth"),
])
def test_personal_data_is_found(text: str, kind: str):
    findings = scan_text("q", text)
    assert [f.kind for f in findings] == [kind]
    assert findings[0].excerpt.strip("…") in " ".join(text.split())


@pytest.mark.parametrize("text", [
    "Les articles L. 1111-8 et R. 1111-8-8 du code de la santé publique.",
    "En 2024, 1 500 000 patients et 12 345 678 901 234 actes.",
    f"Une clé fausse : {nir('1 85 05 78 006 084')[:-2]}{(int(nir('1 85 05 78 006 084')[-2:]) + 1) % 97:02d}.",
    "Madame la Présidente, M. le directeur et les patients du service.",
    "Version 2.0.1.3 du référentiel, délai de 06 mois.",
])
def test_ordinary_opinions_raise_no_alarm(text: str):
    assert scan_text("q", text) == []


def test_the_draft_scan_skips_the_identification_section_and_keeps_form_order():
    form = bundled_form()
    draft = Draft.new(form)
    draft.set_value(form, "identification.email", "dpo@chu-exemple.fr")
    draft.answers["fiche-02.difficultes"] = "Contact : dpo@chu-exemple.fr"
    draft.answers["fiche-01.difficultes"] = "Tél. 04 67 33 93 33"
    findings = scan_draft(form, draft)
    assert [(f.question_id, f.kind) for f in findings] == [("fiche-01.difficultes", "phone"),
                                                           ("fiche-02.difficultes", "email")]
    assert findings[0].line() == "fiche-01.difficultes : numéro de téléphone : « Tél. 04 67 33 93 33 »"


def test_a_generated_federation_of_opinions_raises_no_alarm(tmp_path):
    from dpi_consult.demo.generator import write_demo
    from dpi_consult.draft.files import read_draft

    form = bundled_form()
    members = write_demo(tmp_path, form, 20, seed=11).members
    assert sum(len(draft.answers) for draft in map(read_draft, members)) > 100
    assert [f.line() for path in members for f in scan_draft(form, read_draft(path))] == []
