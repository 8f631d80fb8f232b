"""What a theme is about: the terms that set it apart from other answers, and the passages that read most like it."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from dpi_consult.themes.french_terms import AnswerTerms, answer_passages, readable_words
from dpi_consult.themes.term_vectors import Vocabulary, sparse_rows
from dpi_consult.themes.theme_model import Passage, Term
from dpi_consult.themes.theme_residual import centroids_of

TERMS_SHOWN = 8
PASSAGES_SHOWN = 3
# A passage of one or two counted words (« Archivage. ») matches a centroid by chance, not by saying much.
MIN_PASSAGE_TERMS = 3
# Two passages this alike are one point made twice (near-identical answers): the second adds nothing.
REPEATED = 0.8
# Passages are looked for in this many of a theme's most typical answers.
PASSAGE_POOL = 12


def distinguishing_terms(matrix: np.ndarray, weights: np.ndarray, labels: np.ndarray, k: int,
                         vocabulary: Vocabulary, answers: Sequence[AnswerTerms]) -> list[tuple[Term, ...]]:
    """For each theme, the terms weighing most more in its answers than in all others (mean TF-IDF difference).

    A difference rather than the theme's own mean: a term every answer uses is common to all themes and
    names none of them.
    """
    found = []
    total = weights @ matrix
    total_weight = float(weights.sum())
    for theme in range(k):
        inside = labels == theme
        own_weight = float(weights[inside].sum())
        own = weights[inside] @ matrix[inside] / own_weight
        rest_weight = total_weight - own_weight
        rest = (total - weights[inside] @ matrix[inside]) / rest_weight if rest_weight > 0 else 0.0
        score = own - rest
        top = [int(index) for index in np.argsort(-score, kind="stable")[:TERMS_SHOWN] if score[index] > 0]
        stems = [vocabulary.terms[index] for index in top]
        words = readable_words((answers[i] for i in np.flatnonzero(inside)), stems)
        found.append(tuple(Term(stem, word, float(score[index])) for stem, word, index in zip(stems, words, top,
                                                                                             strict=True)))
    return found


def representative_passages(texts: Sequence[str], ranked: Sequence[Sequence[int]], centroids: np.ndarray,
                            vocabulary: Vocabulary) -> list[tuple[Passage, ...]]:
    """For each theme, up to PASSAGES_SHOWN passages closest to its centroid, from different answers and not
    repeating one another.

    `ranked[t]` lists theme t's answers (indexes into the Markdown `texts`), the most typical first; the
    passages are drawn from its first PASSAGE_POOL: rendering every answer as plain text to cut it into
    passages would cost more than finding the themes.
    """
    owner: list[int] = []
    theme_of: list[int] = []
    shown: list[str] = []
    stems: list[tuple[str, ...]] = []
    for theme, answers in enumerate(ranked):
        for index in answers[:PASSAGE_POOL]:
            cut = answer_passages(texts[index])
            owner.extend([index] * len(cut.passages))
            theme_of.extend([theme] * len(cut.passages))
            shown.extend(cut.passages)
            stems.extend(cut.stems)
    rows = sparse_rows(stems, vocabulary)
    counted = np.bincount(rows.rows, minlength=rows.count)
    owners, themes = np.asarray(owner, dtype=np.int64), np.asarray(theme_of, dtype=np.int64)
    similarity = rows.similarities(centroids)
    found = []
    for theme in range(len(centroids)):
        mine = np.flatnonzero(themes == theme)
        mine = mine[similarity[mine, theme] > 0]  # a passage sharing nothing with its theme shows nothing of it
        # Substantial passages first, best first; short ones only to fill in.
        order = mine[np.lexsort((-similarity[mine, theme], counted[mine] < MIN_PASSAGE_TERMS))]
        chosen: list[int] = []
        for candidate in order:
            if len(chosen) == PASSAGES_SHOWN:
                break
            if any(owners[candidate] == owners[other] for other in chosen):
                continue
            if any(rows.cosine(int(candidate), other) >= REPEATED for other in chosen):
                continue
            chosen.append(int(candidate))
        found.append(tuple(Passage(int(owners[c]), shown[c], float(similarity[c, theme])) for c in chosen))
    return found


def portray(texts: Sequence[str], matrix: np.ndarray, weights: np.ndarray, labels: np.ndarray, k: int,
            vocabulary: Vocabulary, answers: Sequence[AnswerTerms],
            centroids: np.ndarray | None = None) -> list[tuple[tuple[Term, ...], tuple[Passage, ...], list[int]]]:
    """For each of the k groups of `texts` (labels[i], −1 for none): its distinguishing terms, its most
    representative passages, and its answers, the most typical (nearest its centroid) first."""
    if centroids is None:
        centroids = centroids_of(matrix.astype(np.float64), weights, labels, k)
    terms = distinguishing_terms(matrix, weights, labels, k, vocabulary, answers)
    fit = (matrix @ centroids.T) if k else np.zeros((len(texts), 0))
    ranked = []
    for number in range(k):
        members = np.flatnonzero(labels == number)
        ranked.append([int(i) for i in members[np.argsort(-fit[members, number], kind="stable")]])
    passages = representative_passages(texts, ranked, centroids, vocabulary) if k else []
    return [(terms[number], passages[number], ranked[number]) for number in range(k)]
