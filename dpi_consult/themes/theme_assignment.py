"""New answers joined to existing themes, or set apart as « nouveaux », without touching the themes' own answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from dpi_consult.progress import Progress, silent
from dpi_consult.themes.term_vectors import answer_vectors
from dpi_consult.themes.theme_residual import MIN_SIMILARITY, unit_rows


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a new answer goes: the index of the theme it joins, or None for « nouveaux »; its best cosine."""

    theme: int | None
    similarity: float


def assign_answers(theme_answers: Sequence[Sequence[str]], new_answers: Sequence[str], *,
                   other_answers: Sequence[str] = (), theme_weights: Sequence[Sequence[int]] | None = None,
                   min_similarity: float = MIN_SIMILARITY, progress: Progress | None = None) -> list[Placement]:
    """Each new answer placed in the theme whose centroid is nearest, when its cosine reaches `min_similarity`.

    Themes are given by their current answers (`theme_answers[t]`, Markdown texts, one per member or one
    per wording with the members who sent it in `theme_weights`): what the coordinator moved, merged or
    split counts, and nothing stored can go stale. The vocabulary is fitted on every distinct text (the
    themes', those of « autres » in `other_answers`, the new ones), and each centroid is the weighted mean
    of its answers' vectors, as when themes were found, with the same threshold: a new answer is placed
    as it would have been among the first (except that the coordinator's themes are kept whatever their
    size). Existing answers are never moved: only the new ones get a placement.
    """
    progress = silent(progress)
    if theme_weights is not None and [len(group) for group in theme_weights] != [len(t) for t in theme_answers]:
        raise ValueError("un poids par réponse de thème est attendu")
    # Identical texts are one document, as in find_themes, where each wording comes once with its weight.
    distinct: dict[str, int] = {}
    members = [(theme, distinct.setdefault(text, len(distinct)),
                1.0 if theme_weights is None else float(theme_weights[theme][position]))
               for theme, texts in enumerate(theme_answers) for position, text in enumerate(texts)]
    for text in other_answers:
        distinct.setdefault(text, len(distinct))
    new_rows = [distinct.setdefault(text, len(distinct)) for text in new_answers]
    total = len(distinct) + 1
    progress.report(0, total)
    matrix = answer_vectors(list(distinct), progress, total)[2].astype(np.float64)
    # Same arithmetic as when themes were found (float64 centroids), so that a borderline answer is judged alike.
    membership = np.zeros((len(theme_answers), len(distinct)))
    for theme, row, weight in members:
        membership[theme, row] += weight
    centroids = unit_rows(membership @ matrix)
    similarity = matrix[new_rows] @ centroids.T if len(centroids) else np.zeros((len(new_rows), 0))
    placements = []
    for row in range(len(new_rows)):
        if similarity.shape[1] == 0:
            placements.append(Placement(None, 0.0))
            continue
        theme = int(similarity[row].argmax())
        best = float(similarity[row, theme])
        placements.append(Placement(theme if best >= min_similarity else None, best))
    progress.report(total, total)
    return placements
