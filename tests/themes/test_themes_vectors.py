"""TF-IDF vectors: which stems count, how they weigh, and rows of unit length."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dpi_consult.themes.term_vectors import Vocabulary, fit_vocabulary, sparse_rows, term_matrix


def test_a_term_of_one_document_only_or_of_more_than_half_of_them_does_not_count():
    documents = [["rare", "pair", "commun"], ["pair", "commun"], ["commun", "autre"], ["commun", "autre"],
                 ["x"], ["y"]]
    vocabulary = fit_vocabulary(documents)
    # commun: 4 of 6 > 50 %; rare, x, y: 1 document each.
    assert vocabulary.terms == ("autre", "pair")


def test_document_frequency_counts_documents_not_occurrences():
    documents = [["mot", "mot", "mot"], ["autre"], ["autre"], ["z"]]
    assert "mot" not in fit_vocabulary(documents).terms


def test_with_few_documents_a_term_shared_by_two_still_counts():
    assert fit_vocabulary([["a1", "b1"], ["a1", "b1"], ["c1"]]).terms == ("a1", "b1")


def test_the_vocabulary_keeps_the_most_frequent_terms_when_capped():
    documents = [["t1", "t2", "t3"], ["t1", "t2", "t3"], ["t1", "t2"], ["t1"], [], [], [], []]
    assert fit_vocabulary(documents, max_terms=2).terms == ("t1", "t2")


def test_idf_is_smoothed_log_of_documents_over_document_frequency():
    documents = [["a1"], ["a1"], ["b1"], ["b1"], ["b1"], []]
    vocabulary = fit_vocabulary(documents)
    assert vocabulary.idf == pytest.approx((math.log(7 / 3) + 1, math.log(7 / 4) + 1))


def test_rows_are_sublinear_tf_idf_of_unit_length_and_an_empty_document_is_zero():
    vocabulary = Vocabulary(("a1", "b1"), (1.0, 2.0))
    matrix = term_matrix([["a1", "a1", "a1", "b1"], ["zz"], []], vocabulary)
    expected = np.array([1 + math.log(3), 2.0])
    assert matrix[0] == pytest.approx(expected / np.linalg.norm(expected), rel=1e-6)
    assert not matrix[1].any() and not matrix[2].any()
    assert matrix.dtype == np.float32


def test_sparse_rows_give_the_same_vectors_and_cosines_as_dense_ones():
    vocabulary = Vocabulary(("a1", "b1", "c1"), (1.0, 1.5, 2.0))
    documents = [["a1", "b1"], [], ["b1", "c1", "c1"], ["a1"]]
    rows = sparse_rows(documents, vocabulary)
    dense = rows.dense(3)
    assert dense == pytest.approx(term_matrix(documents, vocabulary))
    assert rows.cosine(0, 2) == pytest.approx(float(dense[0] @ dense[2]), rel=1e-6)
    assert rows.cosine(0, 1) == 0.0
    centroids = np.array([[1.0, 0.0, 0.0], [0.0, 0.6, 0.8]])
    assert rows.similarities(centroids) == pytest.approx(dense @ centroids.T, rel=1e-6)

