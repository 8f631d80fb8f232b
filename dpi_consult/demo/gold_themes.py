"""The dominant theme of a demo answer, read back from the tagged sentences and bullets of the phrase bank."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dpi_consult.demo.phrases import bank
from dpi_consult.demo.texts import typography

_PLACEHOLDER = re.compile(r"\{\w+\}")
# A filled placeholder is a figure or a few words ("12 345 €", "deux fois par an"): never a sentence.
_FIGURE = r".{1,40}?"
# A bullet is found only as a list item or a table cell, so that a bullet whose words also occur inside a
# sentence ("un bastion avec enregistrement des sessions") is not counted twice.
_ITEM_START = r"^(?:[ \t]*(?:-|\d+\.)[ \t]+|\|[ \t]*)"
_ITEM_END = r"[ \t]*[;.]?[ \t]*(?:\||$)"


def _normalise(text: str) -> str:
    """Undo what assembling an answer adds: typography, emphasis markers, a first letter lower-cased."""
    return text.replace("\u2019", "'").replace("\u00a0", " ").replace("*", "").lower()


def _pattern(entry: str) -> str:
    """The entry as a regular expression, its placeholders turned into wildcards for the invented figures."""
    literal = _PLACEHOLDER.split(_normalise(entry))
    return _FIGURE.join(re.escape(part) for part in literal)


@dataclass(frozen=True, slots=True)
class _Matcher:
    theme: str
    pattern: re.Pattern[str]
    anchor: str
    """The longest literal part of the entry: a cheap test before the regular expression."""


def _matcher(entry: str, theme: str, bullet: bool) -> _Matcher:
    body = _pattern(entry)
    regex = re.compile(f"{_ITEM_START}{body}{_ITEM_END}", re.MULTILINE) if bullet else re.compile(body)
    anchor = max(_PLACEHOLDER.split(_normalise(entry)), key=len)
    return _Matcher(theme, regex, anchor)


@cache
def _matchers(section_id: str) -> tuple[_Matcher, ...]:
    sheet = bank(section_id)
    return (*(_matcher(entry, theme, False) for entry, theme in sheet.sentence_themes.items()),
            *(_matcher(entry, theme, True) for entry, theme in sheet.bullet_themes.items()))


def gold_theme(section_id: str, text: str) -> str | None:
    """The theme most of the answer's tagged sentences and bullets belong to; None when it has none.

    Each tagged entry votes once; a tie goes to the theme found first in the text, since an answer opens on
    its own theme.
    """
    normalised = _normalise(text)
    votes: dict[str, int] = {}
    first: dict[str, int] = {}
    for matcher in _matchers(section_id):
        if matcher.anchor not in normalised:
            continue
        found = matcher.pattern.search(normalised)
        if found is None:
            continue
        votes[matcher.theme] = votes.get(matcher.theme, 0) + 1
        first[matcher.theme] = min(first.get(matcher.theme, found.start()), found.start())
    if not votes:
        return None
    return max(votes, key=lambda theme: (votes[theme], -first[theme]))


def theme_names(section_id: str) -> dict[str, str]:
    """Theme key -> readable name, in French typography like the answers (empty for a section without themes)."""
    return {key: typography(name) for key, name in bank(section_id).themes.items()}
