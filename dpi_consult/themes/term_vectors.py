"""TF-IDF vectors of answers over a pruned vocabulary of stems, as rows of unit length in a numpy matrix."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from dpi_consult.progress import Progress
from dpi_consult.themes.french_terms import AnswerTerms, all_terms

# A term in one answer only cannot bring two answers together; a term in most answers cannot tell them
# apart. Capping the vocabulary keeps the dense matrix small (500 answers × 3,000 terms = 6 MB in float32).
MIN_DF = 2
MAX_DF = 0.5
MAX_TERMS = 3000


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The stems that count, with their inverse document frequency."""

    terms: tuple[str, ...]
    idf: tuple[float, ...]

    def __len__(self) -> int:
        return len(self.terms)

    def positions(self) -> dict[str, int]:
        return {term: index for index, term in enumerate(self.terms)}


def fit_vocabulary(documents: Sequence[Sequence[str]], *, min_df: int = MIN_DF, max_df: float = MAX_DF,
                   max_terms: int = MAX_TERMS) -> Vocabulary:
    """The stems of `documents` (each a list of stems) found in at least `min_df` and at most a `max_df` share
    of them, the `max_terms` most frequent kept; smoothed idf = ln((1 + n) / (1 + df)) + 1.

    Document frequency counts distinct texts: a wording sent by forty members is one text here, so that
    a popular answer's words are not mistaken for words every answer uses.
    """
    n = len(documents)
    df: Counter[str] = Counter()
    for document in documents:
        df.update(set(document))
    # With few answers a 50 % ceiling would drop what two of three answers share: keep at least 2.
    ceiling = max(max_df * n, 2.0)
    kept = [(term, count) for term, count in df.items() if min_df <= count <= ceiling]
    kept.sort(key=lambda item: (-item[1], item[0]))  # most frequent first, then alphabetical: deterministic
    kept = sorted(kept[:max_terms])
    return Vocabulary(tuple(term for term, _ in kept),
                      tuple(math.log((1 + n) / (1 + count)) + 1.0 for _, count in kept))


@dataclass(frozen=True, slots=True)
class SparseRows:
    """Unit TF-IDF rows kept as (row, column, value) triples: passages are many and short, a dense matrix of
    them would be mostly zeros."""

    count: int
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray

    def dense(self, width: int) -> np.ndarray:
        matrix = np.zeros((self.count, width), dtype=np.float32)
        matrix[self.rows, self.cols] = self.values
        return matrix

    def cosine(self, a: int, b: int) -> float:
        """Cosine of rows `a` and `b` (the triples are in row order, so each row is one slice)."""
        (start_a, start_b), (end_a, end_b) = np.searchsorted(self.rows, [[a, b], [a + 1, b + 1]])
        cols_a, cols_b = self.cols[start_a:end_a], self.cols[start_b:end_b]
        _shared, in_a, in_b = np.intersect1d(cols_a, cols_b, assume_unique=True, return_indices=True)
        return float(self.values[start_a:end_a][in_a] @ self.values[start_b:end_b][in_b])

    def similarities(self, centroids: np.ndarray) -> np.ndarray:
        """Cosine of each row with each (unit) centroid: count × len(centroids)."""
        found = np.zeros((self.count, len(centroids)), dtype=np.float64)
        for column, centroid in enumerate(centroids):
            found[:, column] = np.bincount(self.rows, weights=self.values * centroid[self.cols],
                                           minlength=self.count)
        return found


def sparse_rows(documents: Sequence[Sequence[str]], vocabulary: Vocabulary) -> SparseRows:
    """Sublinear tf (1 + ln tf) × idf of each document, scaled to unit length (no triple when empty).

    Sublinear tf, because a long answer that repeats « archivage » ten times is not ten times more about it.
    """
    positions = vocabulary.positions()
    width = max(len(vocabulary), 1)
    # Every counted occurrence as one number row × width + column: counting equal numbers counts terms.
    cells = [row * width + col for row, document in enumerate(documents)
             for col in (positions.get(term) for term in document) if col is not None]
    keys, counts = np.unique(np.asarray(cells, dtype=np.int64), return_counts=True)
    rows, cols = keys // width, keys % width
    values = (1.0 + np.log(counts.astype(np.float64))) * np.asarray(vocabulary.idf, dtype=np.float64)[cols]
    norms = np.sqrt(np.bincount(rows, weights=values**2, minlength=len(documents)))
    values = values / norms[rows] if len(values) else values
    return SparseRows(len(documents), rows, cols, values.astype(np.float32))


def term_matrix(documents: Sequence[Sequence[str]], vocabulary: Vocabulary) -> np.ndarray:
    """One float32 row per document: its unit TF-IDF vector (zero when none of its terms counts)."""
    return sparse_rows(documents, vocabulary).dense(len(vocabulary))


def answer_vectors(texts: Sequence[str], progress: Progress, total: int) \
        -> tuple[list[AnswerTerms], Vocabulary, np.ndarray]:
    """The answers' terms, the vocabulary fitted on them and their TF-IDF rows: what finding, placing and
    describing themes all start from (progress as all_terms tells it, units 1..len(texts) of `total`)."""
    answers = all_terms(texts, progress, total)
    documents = [answer.stems for answer in answers]
    vocabulary = fit_vocabulary(documents)
    return answers, vocabulary, term_matrix(documents, vocabulary)
