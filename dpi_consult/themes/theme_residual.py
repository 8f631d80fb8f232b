"""The answers that fit no theme (« autres »): too far from every centroid, or in a theme too small to be one."""

from __future__ import annotations

import math

import numpy as np

# TF-IDF cosine to a theme's centroid below which an answer is not of that theme. Measured on the
# hand-written answers: an answer's cosine to the others of its (human) theme has a median about 0.25
# and a tenth percentile about 0.12; its cosine to the nearest other theme, a median about 0.18.
MIN_SIMILARITY = 0.12
# A theme must gather this share of the members, and at least MIN_THEME_MEMBERS of them.
MIN_THEME_SHARE = 0.02
MIN_THEME_MEMBERS = 3
OTHERS = -1
# Placing answers again until none moves: a few passes settle it; the cap bounds a rare oscillation.
PASSES = 8


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def centroids_of(matrix: np.ndarray, weights: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Unit-length weighted mean of each label's rows (zero for a label without rows); OTHERS counts in none."""
    membership = np.zeros((k, len(labels)), dtype=matrix.dtype)
    inside = labels >= 0
    membership[labels[inside], np.flatnonzero(inside)] = weights[inside]
    return unit_rows(membership @ matrix)


def smallest_theme(weights: np.ndarray) -> int:
    return max(MIN_THEME_MEMBERS, math.ceil(MIN_THEME_SHARE * float(weights.sum())))


def similarities(gram: np.ndarray, weights: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Cosine of each answer with each theme's centroid, its own theme's centroid taken without it.

    `gram` holds the cosines between answers (unit TF-IDF rows X, gram = X·Xᵀ): a centroid is a weighted
    sum of rows, so its dot with each answer and its length come from `gram` alone, without going back
    to the thousands of terms. Leaving the answer out of its own centroid asks whether it fits the
    others of its theme, the very question a new answer is asked later; with it, an answer of a small
    theme would always seem to fit.
    """
    membership = np.zeros((len(labels), k), dtype=np.float64)
    inside = labels >= 0
    membership[np.flatnonzero(inside), labels[inside]] = weights[inside]
    dots = gram @ membership  # answer · (weighted sum of the theme's answers)
    norms = np.sqrt(np.clip(np.einsum("ik,ik->k", membership, dots), 0.0, None))
    with np.errstate(divide="ignore", invalid="ignore"):
        found = np.where(norms > 0, dots / norms, 0.0)
        rows = np.flatnonzero(inside)
        own = labels[rows]
        self_dot = gram[rows, rows]  # 1 for an answer with counted terms
        own_dot = dots[rows, own] - weights[rows] * self_dot
        own_norm = np.sqrt(np.clip(norms[own] ** 2 - 2 * weights[rows] * dots[rows, own]
                                   + weights[rows] ** 2 * self_dot, 0.0, None))
        found[rows, own] = np.where(own_norm > 1e-9, own_dot / own_norm, 0.0)
    return found


def refine(gram: np.ndarray, weights: np.ndarray, labels: np.ndarray, *,
           min_similarity: float = MIN_SIMILARITY) -> np.ndarray:
    """Labels with misfits and too-small themes set to OTHERS (theme numbers kept, some maybe emptied).

    `gram` holds the cosines between answers. Every answer goes to the nearest centroid (its own theme's
    taken without it) when the cosine reaches `min_similarity`, to « autres » otherwise, and a theme of
    fewer members than the minimum is dissolved; repeated until nothing moves. This is the rule that
    places new answers later, so an answer found among the first ones and the same answer arriving late
    go the same way.
    """
    labels = labels.copy()
    k = int(labels.max()) + 1 if len(labels) else 0
    smallest = smallest_theme(weights)
    for _ in range(PASSES):
        if k == 0:
            break
        sizes = np.bincount(labels[labels >= 0], weights=weights[labels >= 0], minlength=k)
        similarity = similarities(gram, weights, labels, k)
        similarity[:, sizes < smallest] = -np.inf
        nearest = similarity.argmax(axis=1)
        placed = np.where(similarity[np.arange(len(labels)), nearest] >= min_similarity, nearest, OTHERS)
        if np.array_equal(placed, labels):
            break
        labels = placed
    return labels


def largest_first(weights: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Themes renumbered 0, 1, … by members, most first; on a tie, the theme of the earliest answer first."""
    k = int(labels.max()) + 1 if len(labels) else 0
    sizes = np.bincount(labels[labels >= 0], weights=weights[labels >= 0], minlength=k)
    first = [int(np.flatnonzero(labels == theme)[0]) if sizes[theme] else len(labels) for theme in range(k)]
    order = [theme for theme in sorted(range(k), key=lambda t: (-sizes[t], first[t])) if sizes[theme] > 0]
    renumber = np.full(k + 1, OTHERS)
    renumber[order] = np.arange(len(order))
    return renumber[labels]  # OTHERS (−1) reads the last cell, which stays OTHERS
