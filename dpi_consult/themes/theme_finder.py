"""The themes of one question's answers, from their texts to described themes: the engine's entry point."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from dpi_consult.progress import Progress, silent
from dpi_consult.themes.term_vectors import answer_vectors
from dpi_consult.themes.theme_clustering import SEED, candidate_ks, cluster
from dpi_consult.themes.theme_description import portray
from dpi_consult.themes.theme_model import Theme, ThemeSet
from dpi_consult.themes.theme_residual import MIN_SIMILARITY, OTHERS


def find_themes(texts: Sequence[str], weights: Sequence[int] | None = None, *, progress: Progress | None = None,
                seed: int = SEED, min_similarity: float = MIN_SIMILARITY) -> ThemeSet:
    """The themes of `texts` (Markdown answers, one per group of near-identical answers), most members first.

    `weights[i]` is how many members sent text i (1 each when None): it weighs in centroids, in the
    choice of the number of themes and in the size of a theme. The same texts, weights and seed always
    give the same themes. Cancels through `progress` (`Cancelled` is raised between steps).
    """
    progress = silent(progress)
    weight_array = np.ones(len(texts)) if weights is None else np.asarray(weights, dtype=np.float64)
    if len(weight_array) != len(texts) or (weight_array <= 0).any():
        raise ValueError("un poids positif par réponse est attendu")
    # The k tried depend on the answers with counted terms, known only after analysis: count at most.
    tries = len(candidate_ks(len(texts)))
    total = len(texts) + tries + 1
    progress.report(0, total)
    answers, vocabulary, matrix = answer_vectors(texts, progress, total)
    found = cluster(matrix, weight_array, seed=seed, min_similarity=min_similarity,
                    step=lambda done, _of: progress.report(len(texts) + done, total))
    portraits = portray(texts, matrix, weight_array, found.labels, found.k, vocabulary, answers, found.centroids)
    themes = [Theme(tuple(ranked), int(round(weight_array[ranked].sum())), terms, passages)
              for terms, passages, ranked in portraits]
    progress.report(total, total)
    return ThemeSet(tuple(themes), tuple(int(i) for i in np.flatnonzero(found.labels == OTHERS)), found.silhouettes)
