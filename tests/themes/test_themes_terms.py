"""French terms: what counts as a word, its stem, its readable form, and the passages an answer is cut into."""

from __future__ import annotations

import random

from dpi_consult.demo.texts import long_answer
from dpi_consult.themes.french_terms import (
    LONG_PASSAGE,
    answer_passages,
    answer_terms,
    fold,
    passages,
    plain_text,
    prose,
    readable_words,
    terms,
)


def stems_of(text: str) -> list[str]:
    return terms(text)[0]


def test_accents_and_case_are_folded_so_that_a_word_typed_without_accents_is_the_same_term():
    assert fold("Sécurité") == "securite"
    assert stems_of("Sécurité") == stems_of("securite") == stems_of("SECURITE")


def test_inflections_share_one_stem():
    assert len(set(stems_of("conservation conserver conserve"))) == 1
    assert stems_of("patients") == stems_of("patient")
    assert stems_of("établissements") == stems_of("etablissement")


def test_figures_and_spelled_out_numbers_with_their_units_are_dropped():
    assert stems_of("2025 12 345 € 3e R1112-7") == []
    assert stems_of("vingt ans, six mois, 48 heures") == []


def test_function_words_are_dropped_and_an_elided_article_leaves_its_noun():
    stems, words = terms("Nous pensons que l’accès et d'autres éléments")
    assert "nous" not in words and "que" not in words and "et" not in words and "l" not in words
    assert "accès" in words and "éléments" in words


def test_a_compound_stays_whole_unless_it_is_made_of_function_words():
    words = terms("Le sous-traitant, peut-être, au-delà")[1]
    assert words == ["sous-traitant"]


def test_single_letters_never_count():
    assert terms("a b c x")[0] == []


def test_the_readable_word_of_a_stem_is_its_most_frequent_form():
    answers = [answer_terms("La conservation des données. La conservation encore."),
               answer_terms("Conserver les données.")]
    stem = stems_of("conservation")[0]
    assert readable_words(answers, [stem, "inconnu"]) == ["conservation", "inconnu"]


def test_markdown_syntax_link_targets_and_addresses_are_not_words():
    answer = answer_terms("**Archivage** des [dossiers](https://legifrance.gouv.fr/codes) :\n\n- point &amp; "
                          "_suite_, voir <https://cnil.fr/fiche> ou www.ans.fr et écrire à dpo@chu-exemple.fr")
    assert answer.words == ("archivage", "dossiers", "point", "suite", "écrire")


def test_terms_read_from_the_markdown_source_are_those_of_the_rendered_text():
    """Reading words from the source saves parsing every answer: it must find the same words."""
    rng = random.Random(4)
    for index in range(200):
        text = long_answer(rng, f"fiche-{index % 14 + 1:02d}", 4000)
        assert answer_terms(text).stems == tuple(terms(prose(plain_text(text)))[0]), text


def test_shown_passages_are_rendered_as_plain_text():
    cut = answer_passages("**Archivage** des dossiers :\n\n- premier point\n- second *point*")
    assert cut.passages == ("Archivage des dossiers :", "premier point", "second point")
    assert cut.stems == (tuple(terms("Archivage des dossiers")[0]), ("point",), ("second", "point"))


def test_passages_are_short_paragraphs_list_items_and_the_sentences_of_long_paragraphs():
    short = "Un court paragraphe."
    sentences = [f"Phrase numéro {index} assez longue pour compter dans la limite fixée." for index in range(10)]
    long = " ".join(sentences)
    assert len(long) > LONG_PASSAGE
    text = f"{short}\n\n• premier point\n• second point\n\n{long}"
    found = passages(text)
    assert found[:3] == [short, "premier point", "second point"]
    assert found[3:] == sentences


def test_a_paragraph_with_line_breaks_is_one_passage():
    assert passages("Première ligne\nseconde ligne") == ["Première ligne seconde ligne"]
