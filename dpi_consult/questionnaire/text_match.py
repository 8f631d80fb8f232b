"""Comparing texts the way a person would: same words despite spacing, quotes, dashes and case."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")

# At 0.9 a typo or two in a sentence still matches; two different questions of the form do not
# (the closest pair of prompts in the bundled form is far below).
CLOSE_RATIO = 0.9

_SPACES = re.compile(r"\s+")
_TRANSLATE = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‑": "-", "‐": "-",
    "…": "...",
})


def normalise(text: str) -> str:
    """Case, compatibility characters, quotes, dashes and spacing folded; trailing punctuation dropped."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).casefold()
    text = _SPACES.sub(" ", text).strip()
    return text.rstrip(" :;.,")


def close_match(text: str, candidates: Iterable[tuple[str, T]]) -> T | None:
    """The candidate whose normalised text is closest to ``text``, if at least CLOSE_RATIO alike.

    ``text`` and the candidate keys must already be normalised.
    """
    best: T | None = None
    best_ratio = CLOSE_RATIO
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(text)
    for key, value in candidates:
        matcher.set_seq1(key)
        # The cheap upper bounds discard most candidates before the real comparison.
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        # On a tie the first candidate (in form order) wins.
        if ratio > best_ratio or (best is None and ratio == best_ratio):
            best, best_ratio = value, ratio
    return best
