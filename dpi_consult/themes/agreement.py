"""How far two groupings of the same answers agree: the adjusted Rand index (Hubert and Arabie, 1985)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np


def contingency(first: Sequence[Hashable], second: Sequence[Hashable]) -> np.ndarray:
    """Counts of items in each (group of `first`, group of `second`) pair."""
    if len(first) != len(second):
        raise ValueError("les deux regroupements doivent porter sur les mêmes éléments")
    _, rows = np.unique(np.asarray([repr(label) for label in first]), return_inverse=True)
    _, cols = np.unique(np.asarray([repr(label) for label in second]), return_inverse=True)
    table = np.zeros((int(rows.max(initial=-1)) + 1, int(cols.max(initial=-1)) + 1), dtype=np.int64)
    np.add.at(table, (rows, cols), 1)
    return table


def _pairs(counts: np.ndarray) -> float:
    return float((counts * (counts - 1) // 2).sum())


def adjusted_rand_index(first: Sequence[Hashable], second: Sequence[Hashable]) -> float:
    """1 for the same grouping, about 0 for groupings as alike as chance makes them, negative below chance.

    Labels are compared by identity only (their names do not matter); two groupings that each put
    everything in one group, or each item apart, agree perfectly (1).
    """
    table = contingency(first, second)
    n = int(table.sum())
    together = _pairs(table)
    in_first, in_second = _pairs(table.sum(axis=1)), _pairs(table.sum(axis=0))
    all_pairs = n * (n - 1) / 2
    expected = in_first * in_second / all_pairs if all_pairs else 0.0
    best = (in_first + in_second) / 2
    if best == expected:
        return 1.0
    return (together - expected) / (best - expected)
