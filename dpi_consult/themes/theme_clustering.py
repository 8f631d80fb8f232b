"""Answers grouped into themes: spherical k-means in a latent space, the number of themes chosen by silhouette.

Why this method. A question draws 300 to 1,000 answers (fewer distinct ones), and the coordinator wants
a handful of themes, not a fixed number: so each k from 2 to min(12, n // 5) is tried, and the coarsest
grouping whose silhouette is a local maximum close to the best one is kept (see TOLERANCE). Each k is
clustered by spherical k-means (cosine, centroids of unit length) with k-means++ seeding and several
restarts drawn from one fixed seed, so the same answers always give the same themes. Spherical k-means
suits TF-IDF text (direction matters, length does not) and costs a few matrix products per iteration.
Also tried on the hand-written answers, and no better there: NMF topics, and a consensus of many k-means
runs cut by average linkage (both about 0.3 adjusted Rand index).

k-means runs in a latent semantic space: the leading singular directions of the TF-IDF matrix, from the
eigenvectors of its n × n Gram matrix. Answers that make one point with different words come closer
there, and words only one or two answers use fall off. Few directions suit few answers: fifty
hand-written answers cluster best on about five (more let each answer's own words pull it apart).

Each k's themes are then refined in TF-IDF space (theme_residual: misfits and too-small themes to
« autres », every answer to its nearest centroid), and judged there: by the weighted cosine silhouette
of the TF-IDF vectors, « autres » counting zero. Judging in TF-IDF space rather than in the latent one
matters: with d latent directions, silhouette there favours k ≈ d whatever the answers say; and judging
the refined themes scores what the coordinator will see. It finds the number of well-separated synthetic
topics exactly; figures on real-like answers are in benchmarks/themes_speed.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from dpi_consult.themes.theme_residual import (
    MIN_SIMILARITY,
    OTHERS,
    centroids_of,
    largest_first,
    refine,
    unit_rows,
)

SEED = 20250
# The silhouette's first local maximum wins when within this share of the best: answers that reuse the same
# few stock sentences form tight sub-groups, and the best silhouette alone would make one theme of each
# sentence (seen on the demo, where the best splits four themes into ten). Measured over the hand-written
# answers (six seeds) and the demo's gold themes (eight sheets, two draws): 0.1, 0.15, 0.2, 0.25 gave
# 0.37, 0.38, 0.38, 0.37 and 0.82, 0.87, 0.93, 0.93 (adjusted Rand index); the best silhouette alone
# 0.34 and 0.68.
TOLERANCE = 0.2
RESTARTS = 6
MAX_ITERATIONS = 40
MIN_K = 2
MAX_K = 12
ANSWERS_PER_THEME = 5  # k never exceeds n // 5: a theme needs a few answers to be one
# Latent dimensions: one per ANSWERS_PER_DIMENSION answers, within bounds.
ANSWERS_PER_DIMENSION = 10
MIN_DIMENSIONS = 5
MAX_DIMENSIONS = 50


@dataclass(frozen=True, slots=True)
class Clustering:
    """Each answer's theme (OTHERS for « autres »), themes numbered largest first; the silhouette of each k tried."""

    labels: np.ndarray  # int, one per answer
    centroids: np.ndarray  # float32, one unit row per theme, in TF-IDF space
    silhouettes: tuple[tuple[int, float], ...]

    @property
    def k(self) -> int:
        return len(self.centroids)


def candidate_ks(count: int) -> range:
    """The numbers of themes tried for `count` answers with counted terms."""
    return range(MIN_K, min(MAX_K, count // ANSWERS_PER_THEME) + 1)


def dimensions_for(count: int) -> int:
    return max(MIN_DIMENSIONS, min(MAX_DIMENSIONS, count // ANSWERS_PER_DIMENSION))


def latent_space(gram: np.ndarray, dimensions: int) -> np.ndarray:
    """Answers projected on the `dimensions` leading singular directions of their TF-IDF matrix, at unit length.

    `gram` is the matrix's X·Xᵀ: n × n however large the vocabulary, its eigenvectors are the left
    singular vectors, and U·Σ is the projection, found without an SVD of the n × V matrix.
    """
    values, vectors = np.linalg.eigh(gram)
    order = np.argsort(values, kind="stable")[::-1][:min(dimensions, len(values))]
    values = np.clip(values[order], 0.0, None)
    vectors = vectors[:, order]
    # An eigenvector's sign is arbitrary (and may differ between BLAS builds): fix it so that its largest
    # component is positive, which makes k-means++ seeding, and so the themes, reproducible.
    signs = np.sign(vectors[np.abs(vectors).argmax(axis=0), np.arange(vectors.shape[1])])
    return unit_rows(vectors * signs * np.sqrt(values))


def _seeds(points: np.ndarray, weights: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """k-means++ for cosine distance: each next seed drawn with odds weight × (1 − best similarity)²."""
    chosen = [int(rng.choice(len(points), p=weights / weights.sum()))]
    best = points @ points[chosen[0]]
    for _ in range(1, k):
        odds = weights * np.clip(1.0 - best, 0.0, None) ** 2
        total = odds.sum()
        index = int(rng.choice(len(points), p=odds / total)) if total > 0 else int(np.argmin(best))
        chosen.append(index)
        best = np.maximum(best, points @ points[index])
    return points[chosen].copy()


def spherical_kmeans(points: np.ndarray, weights: np.ndarray, k: int, rng: np.random.Generator,
                     restarts: int = RESTARTS) -> np.ndarray:
    """The labels of the best of `restarts` runs (highest weighted similarity of points to their centroid)."""
    rows = np.arange(len(points))
    best_labels, best_score = np.zeros(len(points), dtype=np.int64), -np.inf
    for _ in range(restarts):
        centroids = _seeds(points, weights, k, rng)
        labels = np.full(len(points), -1)
        for _ in range(MAX_ITERATIONS):
            similarity = points @ centroids.T
            new_labels = similarity.argmax(axis=1)
            if np.array_equal(new_labels, labels):
                break
            labels = new_labels
            centroids = centroids_of(points, weights, labels, k)
            empty = np.flatnonzero(~centroids.any(axis=1))
            if len(empty):
                # An emptied theme restarts on the answers that fit their own theme worst.
                fit = similarity[rows, labels]
                centroids[empty] = points[np.argsort(fit, kind="stable")[:len(empty)]]
        score = float((weights * (points @ centroids.T)[rows, labels]).sum())
        if score > best_score + 1e-9:
            best_labels, best_score = labels, score
    return best_labels


def silhouette(similarity: np.ndarray, weights: np.ndarray, labels: np.ndarray) -> float:
    """Weighted mean cosine silhouette, from the answers' cosine matrix; « autres » count zero.

    An answer sent by w members counts as w identical points: its copies lie at distance 0 from it,
    in the size of its theme but not in the sum of distances.
    """
    inside = np.flatnonzero(labels >= 0)
    _, compact = np.unique(labels[inside], return_inverse=True)
    k = int(compact.max()) + 1 if len(inside) else 0
    if k < 2:
        return 0.0
    w = weights[inside]
    membership = np.zeros((len(inside), k))
    membership[np.arange(len(inside)), compact] = w
    sums = (1.0 - similarity[np.ix_(inside, inside)]) @ membership
    sizes = membership.sum(axis=0)
    own_size = sizes[compact]
    with np.errstate(divide="ignore", invalid="ignore"):
        a = sums[np.arange(len(inside)), compact] / (own_size - 1)
        others = np.where(np.arange(k)[None, :] == compact[:, None], np.inf, sums / sizes[None, :])
        b = others.min(axis=1)
        score = np.where(own_size > 1, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0)
    return float((w * score).sum() / weights.sum())


def coarsest_good(tried: Sequence[tuple[float, np.ndarray]]) -> np.ndarray:
    """The labels of the first local maximum of the silhouette (fewest themes) within TOLERANCE of the best.

    `tried` holds (silhouette, labels) for k = 2, 3, … in order. A local maximum is a number of themes
    at which the answers fall into separated groups; the first is the coarsest such grouping.
    """
    best = max(score for score, _labels in tried)
    for index, (score, labels) in enumerate(tried):
        following = tried[index + 1][0] if index + 1 < len(tried) else -np.inf
        if score >= following and score >= best - TOLERANCE * abs(best):
            return labels
    raise AssertionError("the best silhouette is a local maximum")


def cluster(matrix: np.ndarray, weights: Sequence[float] | np.ndarray, *, seed: int = SEED,
            min_similarity: float = MIN_SIMILARITY,
            step: Callable[[int, int], None] | None = None) -> Clustering:
    """Themes of the rows of `matrix` (unit TF-IDF rows), largest first; rows without any term go to « autres ».

    Each k draws from its own generator, seeded from `seed` and k, so that trying more or fewer k never
    changes the themes found for one k. `step(done, of)` is called after each k tried.
    """
    weights = np.asarray(weights, dtype=np.float64)
    labels = np.full(len(matrix), OTHERS)
    present = np.flatnonzero(matrix.any(axis=1))
    rows = matrix[present].astype(np.float64)
    gram = rows @ rows.T
    scores: list[tuple[int, float]] = []
    ks = candidate_ks(len(present))
    if not len(ks):
        # Too few answers to compare groupings: one theme, of those that fit together.
        found = refine(gram, weights[present], np.zeros(len(present), dtype=np.int64), min_similarity=min_similarity)
    else:
        points = latent_space(gram, dimensions_for(len(present)))
        tried = []
        for done, k in enumerate(ks, start=1):
            first = spherical_kmeans(points, weights[present], k, np.random.default_rng([seed, k]))
            refined = refine(gram, weights[present], first, min_similarity=min_similarity)
            score = silhouette(gram, weights[present], refined)
            scores.append((k, round(score, 6)))
            tried.append((score, refined))
            if step is not None:
                step(done, len(ks))
        found = coarsest_good(tried)
    labels[present] = found
    labels = largest_first(weights, labels)
    k = int(labels.max()) + 1 if len(labels) else 0
    centroids = centroids_of(matrix.astype(np.float64), weights, labels, k).astype(np.float32)
    return Clustering(labels, centroids, tuple(scores))
