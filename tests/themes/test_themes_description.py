"""Describing a theme: its distinguishing terms and its representative passages, on answers built by hand."""

from __future__ import annotations

import numpy as np
import pytest

from dpi_consult.themes.french_terms import answer_terms, terms
from dpi_consult.themes.term_vectors import Vocabulary, term_matrix
from dpi_consult.themes.theme_description import PASSAGE_POOL, distinguishing_terms, representative_passages


def stem(word: str) -> str:
    return terms(word)[0][0]


WORDS = ("archivage", "versement", "bordereau", "papier", "journalisation", "alerte", "supervision", "horodatage",
         "autrement", "ailleurs2")


@pytest.fixture
def vocabulary() -> Vocabulary:
    return Vocabulary(tuple(sorted(stem(word) for word in WORDS if word.isalpha())), tuple(1.0 for _ in range(9)))


def centroid(vocabulary: Vocabulary, words: list[str]) -> np.ndarray:
    row = np.zeros(len(vocabulary))
    for word in words:
        row[vocabulary.terms.index(stem(word))] = 1.0
    return row / np.linalg.norm(row)


def test_passages_best_first_one_per_answer_no_repeat_and_substantial_before_short(vocabulary):
    texts = [
        "Archivage, versement, bordereau et papier.\n\nArchivage du papier, alerte et supervision.",  # two passages
        "Archivage, versement, bordereau et papier.",  # the same point again, by another member
        "Versement, bordereau et alerte.",
        "Archivage.",  # one word: close to the theme, but says little
        "Archivage et papier, journalisation, alerte, supervision.",
        "Journalisation, alerte, supervision, horodatage.",  # the other theme
    ]
    centroids = np.vstack([centroid(vocabulary, ["archivage", "versement", "bordereau", "papier"]),
                           centroid(vocabulary, ["journalisation", "alerte", "supervision", "horodatage"])])
    found = representative_passages(texts, [[0, 1, 2, 3, 4], [5]], centroids, vocabulary)
    first = found[0]
    assert [passage.answer for passage in first] == [0, 2, 4]
    assert first[0].text == "Archivage, versement, bordereau et papier."
    assert first[0].score == pytest.approx(1.0)
    assert [passage.score for passage in first] == sorted((passage.score for passage in first), reverse=True)
    assert [passage.answer for passage in found[1]] == [5]


def test_short_passages_fill_in_when_longer_ones_run_out_and_unrelated_ones_never_show(vocabulary):
    texts = ["Versement.", "Archivage.", "Archivage, versement, bordereau, papier.", "Supervision, alerte."]
    centroids = np.vstack([centroid(vocabulary, ["archivage", "bordereau"])])
    found = representative_passages(texts, [[0, 1, 2, 3]], centroids,
                                    vocabulary)
    assert [passage.answer for passage in found[0]] == [2, 1]


def test_passages_come_from_the_theme_s_most_typical_answers_only(vocabulary):
    texts = [f"Archivage, versement et papier, point {index}." for index in range(PASSAGE_POOL)]
    texts.append("Archivage, versement, bordereau, papier.")  # the best passage, in an answer ranked too low
    found = representative_passages(texts, [list(range(len(texts)))], np.vstack([centroid(
        vocabulary, ["archivage", "versement", "bordereau", "papier"])]), vocabulary)
    assert PASSAGE_POOL not in [passage.answer for passage in found[0]]
    found = representative_passages(texts, [[PASSAGE_POOL, *range(PASSAGE_POOL)]], np.vstack([centroid(
        vocabulary, ["archivage", "versement", "bordereau", "papier"])]), vocabulary)
    assert found[0][0].answer == PASSAGE_POOL


def test_distinguishing_terms_rank_what_a_theme_has_more_than_the_rest(vocabulary):
    texts = ["Archivage versement alerte.", "Archivage bordereau alerte.", "Journalisation supervision alerte.",
             "Supervision horodatage alerte."]
    answers = [answer_terms(text) for text in texts]
    documents = [answer.stems for answer in answers]
    matrix = term_matrix(documents, vocabulary)
    found = distinguishing_terms(matrix, np.ones(4, dtype=np.float32), np.array([0, 0, 1, 1]), 2, vocabulary, answers)
    words = [term.word for term in found[0]]
    assert words[0] == "archivage"
    assert "alerte" not in words  # in every answer: common to both themes
    assert words[1:] in (["versement", "bordereau"], ["bordereau", "versement"])
    assert [term.word for term in found[1]][0] == "supervision"
    assert all(term.weight > 0 for theme in found for term in theme)
