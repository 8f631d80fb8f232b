"""Themes as the engine finds them: what distinguishes each, its answers and passages (the .dpic keeps its own form)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

OTHERS_LABEL = "autres"
NEW_LABEL = "nouveaux"


@dataclass(frozen=True, slots=True)
class Term:
    """A stem that distinguishes a theme, the word it most often reads as, and how strongly it distinguishes it."""

    stem: str
    word: str
    weight: float


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence or short paragraph of answer number `answer` that reads like its theme (cosine `score`)."""

    answer: int
    text: str
    score: float


@dataclass(frozen=True, slots=True)
class Theme:
    """Answers (indexes into the texts given) of one theme, the most typical first; `members` counts their senders."""

    answers: tuple[int, ...]
    members: int
    terms: tuple[Term, ...]
    passages: tuple[Passage, ...]

    def to_json(self) -> dict[str, Any]:
        """Plain data (answers as indexes into the texts given): what the determinism tests compare across runs."""
        return {
            "answers": list(self.answers),
            "members": self.members,
            "terms": [[term.stem, term.word, round(term.weight, 6)] for term in self.terms],
            "passages": [[passage.answer, passage.text, round(passage.score, 6)] for passage in self.passages],
        }


@dataclass(frozen=True, slots=True)
class ThemeSet:
    """The themes of one question's answers, most members first, and the answers that fit none (« autres »).

    `silhouettes` gives, for each number of themes tried, how well separated its themes were (theme_clustering
    says which was kept).
    """

    themes: tuple[Theme, ...]
    others: tuple[int, ...]
    silhouettes: tuple[tuple[int, float], ...] = ()

    def labels(self, count: int) -> list[int]:
        """The theme number of each of `count` answers; −1 for « autres »."""
        found = [-1] * count
        for number, theme in enumerate(self.themes):
            for answer in theme.answers:
                found[answer] = number
        return found

    def to_json(self) -> dict[str, Any]:
        return {"themes": [theme.to_json() for theme in self.themes], "others": list(self.others),
                "silhouettes": [[k, score] for k, score in self.silhouettes]}


def theme_texts(themes: ThemeSet, texts: Sequence[str]) -> list[list[str]]:
    """Each theme's answer texts, as `assign_answers` takes them."""
    return [[texts[index] for index in theme.answers] for theme in themes.themes]
