"""Choosing the number of themes, k-means, and the residual « autres », on vectors built by hand."""

from __future__ import annotations

import numpy as np
import pytest

from dpi_consult.themes import theme_clustering as clustering
from dpi_consult.themes.theme_residual import (
    MIN_SIMILARITY,
    OTHERS,
    largest_first,
    refine,
    similarities,
    unit_rows,
)


def blobs(centres: int, per_centre: int, spread: float = 0.15, seed: int = 3, width: int = 40) -> np.ndarray:
    """Unit rows around `centres` orthogonal directions, in order of centre."""
    rng = np.random.default_rng(seed)
    rows = []
    for centre in range(centres):
        base = np.zeros(width)
        base[centre] = 1.0
        for _ in range(per_centre):
            rows.append(base + spread * np.abs(rng.normal(size=width)))
    return unit_rows(np.array(rows))


def gram_of(rows: np.ndarray) -> np.ndarray:
    return rows @ rows.T


@pytest.mark.parametrize("centres", [2, 3, 5, 7])
def test_the_number_of_themes_is_found_from_the_data(centres):
    rows = blobs(centres, 10)
    found = clustering.cluster(rows.astype(np.float32), np.ones(len(rows)))
    assert found.k == centres
    # Each theme is one centre's rows.
    expected = np.repeat(np.arange(centres), 10)
    assert len({(int(a), int(b)) for a, b in zip(found.labels, expected, strict=True)}) == centres


def test_every_k_from_2_to_n_over_5_at_most_12_is_tried():
    assert list(clustering.candidate_ks(9)) == []
    assert list(clustering.candidate_ks(10)) == [2]
    assert list(clustering.candidate_ks(34)) == [2, 3, 4, 5, 6]
    assert list(clustering.candidate_ks(500)) == list(range(2, 13))
    rows = blobs(3, 10)
    assert [k for k, _score in clustering.cluster(rows, np.ones(30)).silhouettes] == [2, 3, 4, 5, 6]


def test_the_first_local_maximum_of_the_silhouette_wins_when_close_enough_to_the_best():
    labels = [np.full(3, k) for k in range(6)]

    def chosen(scores: list[float]) -> int:
        picked = clustering.coarsest_good(list(zip(scores, labels, strict=False)))
        return next(index for index, candidate in enumerate(labels) if candidate is picked)

    assert chosen([0.30, 0.46, 0.40, 0.50, 0.56]) == 1  # 0.46 ≥ 0.8 × 0.56 and above its neighbours
    assert chosen([0.30, 0.44, 0.40, 0.50, 0.56]) == 4  # 0.44 < 0.8 × 0.56: the best wins
    assert chosen([0.30, 0.46, 0.50, 0.48, 0.56]) == 2  # 0.46 is not a local maximum
    assert chosen([0.50, 0.40, 0.45]) == 0  # k = 2 has no neighbour below it
    assert chosen([0.1, 0.2, 0.3]) == 2


def test_latent_dimensions_grow_with_the_answers_within_bounds():
    assert clustering.dimensions_for(20) == clustering.MIN_DIMENSIONS
    assert clustering.dimensions_for(300) == 30
    assert clustering.dimensions_for(5000) == clustering.MAX_DIMENSIONS


def test_the_latent_space_keeps_the_leading_directions_with_a_fixed_sign():
    rows = blobs(3, 5, spread=0.05)
    points = clustering.latent_space(gram_of(rows), 2)
    assert points.shape == (15, 2)
    assert np.linalg.norm(points, axis=1) == pytest.approx(np.ones(15))
    # The sign of each direction (arbitrary in an eigenvector) is fixed: its largest component is positive.
    values, vectors = np.linalg.eigh(gram_of(rows))
    leading = vectors[:, np.argsort(values)[::-1][:2]]
    largest = np.abs(leading).argmax(axis=0)
    assert (points[largest, [0, 1]] > 0).all()


def test_spherical_kmeans_separates_clear_groups_and_is_reproducible():
    rows = blobs(3, 8)
    first = clustering.spherical_kmeans(rows, np.ones(24), 3, np.random.default_rng(1))
    second = clustering.spherical_kmeans(rows, np.ones(24), 3, np.random.default_rng(1))
    assert first.tolist() == second.tolist()
    assert len(set(zip(first.tolist(), np.repeat(np.arange(3), 8).tolist(), strict=True))) == 3


def test_silhouette_by_hand():
    # Two tight orthogonal pairs: within a pair distance 0, between pairs distance 1: silhouette 1.
    rows = np.array([[1.0, 0], [1.0, 0], [0, 1.0], [0, 1.0]])
    assert clustering.silhouette(gram_of(rows), np.ones(4), np.array([0, 0, 1, 1])) == pytest.approx(1.0)
    # « autres » count zero: half the weight outside themes halves the score.
    rows6 = np.vstack([rows, [[0.6, 0.8], [0.8, 0.6]]])
    score = clustering.silhouette(gram_of(rows6), np.array([1, 1, 1, 1, 2, 2.0]),
                                  np.array([0, 0, 1, 1, OTHERS, OTHERS]))
    assert score == pytest.approx(0.5)


def test_an_answer_sent_by_several_members_counts_as_several_identical_points():
    rows = np.array([[1.0, 0], [0.8, 0.6], [0, 1.0], [0.6, 0.8]])
    # A theme of one distinct answer sent by 3 members is not a singleton: its copies sit at distance 0.
    heavy = clustering.silhouette(gram_of(rows), np.array([3, 1, 1, 1.0]), np.array([0, 1, 1, 1]))
    light = clustering.silhouette(gram_of(rows), np.array([1, 1, 1, 1.0]), np.array([0, 1, 1, 1]))
    assert heavy > light


def test_an_answer_far_from_its_theme_goes_to_others():
    rows = np.zeros((9, 6))
    rows[0:4, 0] = 1.0
    rows[4:8, 1] = 1.0
    rows[8] = [MIN_SIMILARITY * 0.8, 0, 0.99, 0, 0, 0]  # barely related to the first theme
    rows = unit_rows(rows)
    labels = refine(gram_of(rows), np.ones(9), np.array([0, 0, 0, 0, 1, 1, 1, 1, 0]))
    assert labels.tolist() == [0, 0, 0, 0, 1, 1, 1, 1, OTHERS]
    # Just above the threshold it stays.
    rows[8] = unit_rows(np.array([[MIN_SIMILARITY * 1.3, 0, 0.99, 0, 0, 0]]))[0]
    assert refine(gram_of(rows), np.ones(9), np.array([0, 0, 0, 0, 1, 1, 1, 1, 0]))[8] == 0


@pytest.mark.parametrize(("cosine", "kept"), [(0.10, False), (0.14, True)])
def test_the_threshold_is_the_measured_one(cosine, kept):
    """Measured on the hand-written answers (see theme_residual): between a tenth and a seventh."""
    rows = np.zeros((9, 3))
    rows[0:4, 0] = 1.0
    rows[4:8, 1] = 1.0
    rows[8] = [cosine, 0, np.sqrt(1 - cosine**2)]
    labels = refine(gram_of(rows), np.ones(9), np.array([0, 0, 0, 0, 1, 1, 1, 1, 0]))
    assert labels[8] == (0 if kept else OTHERS)


def test_an_answer_is_judged_against_the_others_of_its_theme_not_against_itself():
    rows = np.zeros((8, 6))
    rows[0:3, 0] = 1.0
    rows[3:7, 1] = 1.0
    rows[7, 2] = 1.0  # with itself in the centroid it would look fine (cosine 1/√10 ≈ 0.32)
    labels = refine(gram_of(rows), np.ones(8), np.array([0, 0, 0, 1, 1, 1, 1, 0]))
    assert labels.tolist() == [0, 0, 0, 1, 1, 1, 1, OTHERS]


def test_leave_one_out_similarity_by_hand():
    rows = unit_rows(np.array([[1.0, 0], [1.0, 0], [0.6, 0.8]]))
    found = similarities(gram_of(rows), np.array([1.0, 2.0, 1.0]), np.array([0, 0, 0]), 1)
    # Row 0 without itself: 2 × row 1 + row 2 = (2.6, 0.8); cosine 2.6 / √(2.6² + 0.8²).
    assert found[0, 0] == pytest.approx(2.6 / np.hypot(2.6, 0.8))
    # Row 2 without itself: (3, 0); cosine 0.6.
    assert found[2, 0] == pytest.approx(0.6)


def test_an_answer_moves_to_the_theme_it_fits_best():
    rows = np.zeros((8, 4))
    rows[0:4, 0] = 1.0
    rows[4:8, 1] = 1.0
    labels = refine(gram_of(rows), np.ones(8), np.array([0, 0, 0, 0, 1, 1, 1, 0]))
    assert labels.tolist() == [0, 0, 0, 0, 1, 1, 1, 1]


def test_a_theme_of_fewer_than_three_members_is_dissolved_unless_its_answers_were_sent_by_more():
    rows = np.zeros((10, 4))
    rows[0:4, 0] = 1.0
    rows[4:8, 1] = 1.0
    rows[8:10, 2] = 1.0
    labels = np.array([0, 0, 0, 0, 1, 1, 1, 1, 2, 2])
    assert refine(gram_of(rows), np.ones(10), labels).tolist()[8:] == [OTHERS, OTHERS]
    weights = np.array([1, 1, 1, 1, 1, 1, 1, 1, 2, 1.0])
    assert refine(gram_of(rows), weights, labels).tolist()[8:] == [2, 2]


def test_a_theme_under_two_percent_of_the_members_is_dissolved():
    rows = np.zeros((12, 4))
    rows[0:5, 0] = 1.0
    rows[5:10, 1] = 1.0
    rows[10:12, 2] = 1.0
    labels = np.array([0] * 5 + [1] * 5 + [2, 2])
    weights = np.array([50.0] * 10 + [4, 4])  # 8 members of 508: 1.6 %
    assert refine(gram_of(rows), weights, labels).tolist()[10:] == [OTHERS, OTHERS]
    weights[10:] = 6  # 12 of 512: 2.3 %
    assert refine(gram_of(rows), weights, labels).tolist()[10:] == [2, 2]


def test_themes_are_numbered_by_members_most_first_then_by_their_first_answer():
    labels = np.array([3, 1, 1, OTHERS, 0, 0, 2])
    weights = np.array([5, 1, 1, 9, 2, 1, 3.0])
    # Theme 3 (5 members) first; themes 0 and 2 (3 each) tie: theme 0's first answer (index 4) comes
    # earlier than theme 2's (index 6); theme 1 (2) last. « autres » stays apart whatever its weight.
    assert largest_first(weights, labels).tolist() == [0, 3, 3, OTHERS, 1, 1, 2]


def test_answers_without_any_counted_term_go_to_others():
    rows = blobs(2, 10)
    rows = np.vstack([rows, np.zeros((2, rows.shape[1]))])
    found = clustering.cluster(rows.astype(np.float32), np.ones(22))
    assert found.labels[-2:].tolist() == [OTHERS, OTHERS]
    assert found.k == 2


def test_too_few_answers_make_one_theme_of_those_that_fit_together():
    rows = blobs(1, 6)
    found = clustering.cluster(rows.astype(np.float32), np.ones(6))
    assert found.k == 1 and found.silhouettes == ()
    assert found.labels.tolist() == [0] * 6


def test_the_centroids_are_the_unit_means_of_the_final_themes():
    rows = blobs(3, 10)
    found = clustering.cluster(rows.astype(np.float32), np.ones(30))
    for theme in range(found.k):
        mean = rows[found.labels == theme].mean(axis=0)
        assert found.centroids[theme] == pytest.approx(mean / np.linalg.norm(mean), rel=1e-5)
