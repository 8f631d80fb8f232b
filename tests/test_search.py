"""Searching the answers: case, accents and markup ignored, offsets exact in the stored Markdown."""

from __future__ import annotations

import unicodedata

import pytest

from dpi_consult.draft.model import Draft, FormRef
from dpi_consult.form.model import Form, Option, Question, QuestionKind, Section, SectionKind
from dpi_consult.search import SearchHit, fold, search_answers


def make_form() -> Form:
    ident = Section("identification", SectionKind.IDENTIFICATION, "Identification", questions=(
        Question("identification.organisation", "identification", QuestionKind.SHORT_TEXT, "Organisme"),
        Question("identification.beds", "identification", QuestionKind.INTEGER, "Nombre de lits"),
    ))
    sheet5 = Section("fiche-05", SectionKind.SHEET, "Sécurité générale", number=5, questions=(
        Question("fiche-05.avis", "fiche-05", QuestionKind.SINGLE_CHOICE, "Votre avis", options=(
            Option("oui", "Favorable à la sécurité renforcée"), Option("non", "Défavorable"))),
        Question("fiche-05.mesures", "fiche-05", QuestionKind.MULTIPLE_CHOICE, "Mesures", options=(
            Option("mfa", "Authentification forte"), Option("logs", "Traçabilité des accès"),
            Option("chiffrement", "Chiffrement"))),
    ))
    sheet6 = Section("fiche-06", SectionKind.SHEET, "Durées de conservation", number=6, questions=(
        Question("fiche-06.remarques", "fiche-06", QuestionKind.LONG_TEXT, "Vos remarques"),
        Question("fiche-06.autres", "fiche-06", QuestionKind.LONG_TEXT, "Autres remarques"),
    ))
    return Form("test", "1", "Test", "Test", "fr", 4000, "", (ident, sheet5, sheet6))


@pytest.fixture
def form() -> Form:
    return make_form()


def draft_with(form: Form, **values: object) -> Draft:
    draft = Draft(form_ref=FormRef(form.id, form.version))
    for key, value in values.items():
        draft.set_value(form, key.replace("__", ".").replace("_", "-"), value)  # type: ignore[arg-type]
    return draft


def source_of(form: Form, draft: Draft, hit: SearchHit) -> str:
    value = draft.value(form, hit.question_id)
    assert isinstance(value, str)
    return value[hit.start:hit.start + hit.length]


def test_case_and_accents_are_ignored_both_ways(form: Form):
    draft = draft_with(form, fiche_06__remarques="La SÉCURITÉ des données et la securite des accès.")
    hits = search_answers(form, draft, "Sécurité")
    assert [source_of(form, draft, h) for h in hits] == ["SÉCURITÉ", "securite"]
    assert all(h.section_title == "Fiche 6 — Durées de conservation" for h in hits)
    assert hits[0].prompt == "Vos remarques" and hits[0].section_id == "fiche-06"


def test_offsets_are_exact_in_markdown_source_after_accents(form: Form):
    text = "Éléments à préciser : la **sécurité** des accès\n- durée *réelle* de conservation"
    draft = draft_with(form, fiche_06__remarques=text)
    (hit,) = search_answers(form, draft, "securite")
    assert (hit.start, hit.length) == (text.index("sécurité"), len("sécurité"))
    (hit,) = search_answers(form, draft, "DUREE REELLE")
    assert source_of(form, draft, hit) == "durée *réelle"
    # A match across markup selects the markup inside it, so the editor shows the whole phrase.
    (hit,) = search_answers(form, draft, "la sécurité des")
    assert source_of(form, draft, hit) == "la **sécurité** des"


def test_decomposed_accents_and_typographic_apostrophes(form: Form):
    text = unicodedata.normalize("NFD", "Contrôle de l’accès aux œuvres")
    draft = draft_with(form, fiche_06__remarques=text)
    (hit,) = search_answers(form, draft, "controle de l'acces")
    assert source_of(form, draft, hit) == unicodedata.normalize("NFD", "Contrôle de l’accès")
    assert search_answers(form, draft, "oeuvres")[0].length == len(unicodedata.normalize("NFD", "œuvres"))


def test_every_occurrence_is_a_hit_in_form_order(form: Form):
    draft = draft_with(form, fiche_06__autres="accès, accès et ACCES",
                       fiche_06__remarques="Un accès.", identification__organisation="Accès Santé")
    hits = search_answers(form, draft, "acces")
    assert [h.question_id for h in hits] == ["identification.organisation", "fiche-06.remarques",
                                             "fiche-06.autres", "fiche-06.autres", "fiche-06.autres"]
    assert [h.start for h in hits[2:]] == [0, 7, 16]


def test_identity_answers_are_searched(form: Form):
    draft = draft_with(form, identification__organisation="Centre hospitalier de Lannion-Trestel",
                       identification__beds=450)
    (hit,) = search_answers(form, draft, "lannion")
    assert hit.section_title == "Identification" and source_of(form, draft, hit) == "Lannion"
    (hit,) = search_answers(form, draft, "450")
    assert (hit.start, hit.snippet) == (-1, "450")


def test_choice_answers_match_on_option_labels(form: Form):
    draft = draft_with(form, fiche_05__avis="oui", fiche_05__mesures=["mfa", "logs"])
    (hit,) = search_answers(form, draft, "securite")
    assert (hit.question_id, hit.start, hit.snippet) == ("fiche-05.avis", -1, "Favorable à la sécurité renforcée")
    hits = search_answers(form, draft, "tion")
    assert [h.snippet for h in hits] == ["Authentification forte"]
    # Option ids are not what the user reads, and unticked options are not answers.
    assert search_answers(form, draft, "mfa") == []
    assert search_answers(form, draft, "chiffrement") == []


def test_snippet_is_short_plain_text_around_the_match(form: Form):
    text = ("Mot " * 60) + "la **conservation** des dossiers " + ("suite " * 60)
    draft = draft_with(form, fiche_06__remarques=text)
    (hit,) = search_answers(form, draft, "conservation")
    assert "la conservation des" in hit.snippet and "**" not in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= 104
    short = draft_with(form, fiche_06__remarques="> Une *seule* ligne.")
    assert search_answers(form, short, "seule")[0].snippet == "Une seule ligne."


@pytest.mark.parametrize("query", ["", "   ", "\n", "**"])
def test_blank_query_finds_nothing(form: Form, query: str):
    draft = draft_with(form, fiche_06__remarques="du texte ** avec des étoiles")
    assert search_answers(form, draft, query) == []


def test_limit_stops_the_search(form: Form):
    draft = draft_with(form, fiche_06__remarques="a " * 50, fiche_06__autres="a")
    assert len(search_answers(form, draft, "a", limit=7)) == 7
    assert len(search_answers(form, draft, "a")) == 51
    assert search_answers(form, draft, "a", limit=0) == []


def test_fold():
    assert fold("Œuvre SÉCURISÉE l’État") == "oeuvre securisee l'etat"


def test_orphan_answers_are_not_searched(form: Form):
    draft = draft_with(form)
    draft.answers["fiche-99.disparue"] = "sécurité"
    assert search_answers(form, draft, "securite") == []
