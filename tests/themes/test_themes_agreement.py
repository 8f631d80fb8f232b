"""The adjusted Rand index, checked against values computed by hand."""

from __future__ import annotations

import pytest

from dpi_consult.themes.agreement import adjusted_rand_index, contingency


def test_the_same_grouping_under_other_names_agrees_fully():
    assert adjusted_rand_index([0, 0, 1, 1, 2], ["b", "b", "a", "a", "c"]) == pytest.approx(1.0)


def test_a_split_group_by_hand():
    # Contingency [[2, 1, 0], [0, 1, 2]]: pairs together in both = 1 + 1 = 2; pairs in the first grouping
    # 3 + 3 = 6, in the second 1 + 1 + 1 = 3; 15 pairs; expected 6 × 3 / 15 = 1.2; mean 4.5.
    # ARI = (2 − 1.2) / (4.5 − 1.2) = 0.8 / 3.3.
    assert adjusted_rand_index([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]) == pytest.approx(0.8 / 3.3)


def test_a_singleton_split_off_by_hand():
    # [[2, 0, 0], [0, 1, 1]]: together 1; first 1 + 1 = 2; second 1; 6 pairs; expected 1/3; mean 1.5.
    assert adjusted_rand_index([0, 0, 1, 1], [0, 0, 1, 2]) == pytest.approx((1 - 1 / 3) / (1.5 - 1 / 3))


def test_crossed_groupings_agree_less_than_chance():
    # Every cell 1: together 0; 2 and 2 pairs of 6; expected 2/3; mean 2: (0 − 2/3) / (2 − 2/3) = −0.5.
    assert adjusted_rand_index([0, 0, 1, 1], [0, 1, 0, 1]) == pytest.approx(-0.5)


def test_it_is_symmetric():
    first, second = [0, 0, 1, 1, 1, 2, 2], [1, 1, 1, 0, 0, 0, 2]
    assert adjusted_rand_index(first, second) == pytest.approx(adjusted_rand_index(second, first))


def test_degenerate_groupings_that_are_the_same_agree():
    assert adjusted_rand_index([1, 1, 1], [5, 5, 5]) == 1.0
    assert adjusted_rand_index([1, 2, 3], [4, 5, 6]) == 1.0
    assert adjusted_rand_index([], []) == 1.0


def test_the_contingency_table_counts_pairs_of_labels():
    assert contingency(["a", "a", "b"], [1, 2, 2]).tolist() == [[1, 1], [0, 1]]
    with pytest.raises(ValueError):
        contingency([1, 2], [1])
