"""What changed between two texts, word by word: the pieces a reader sees kept, removed and added."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

# Words with the spaces and punctuation that follow them: joined back, the pieces give the text exactly.
_TOKEN = re.compile(r"\w+|[^\w]", re.UNICODE)


class Change(StrEnum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class Piece:
    change: Change
    text: str


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_changes(old: str, new: str) -> list[Piece]:
    """`new` against `old`, as consecutive pieces; the SAME and ADDED pieces give `new`, SAME and REMOVED `old`."""
    before, after = tokens(old), tokens(new)
    pieces: list[Piece] = []

    def add(change: Change, words: list[str]) -> None:
        if not words:
            return
        if pieces and pieces[-1].change is change:
            pieces[-1] = Piece(change, pieces[-1].text + "".join(words))
        else:
            pieces.append(Piece(change, "".join(words)))

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            add(Change.SAME, before[i1:i2])
        else:
            add(Change.REMOVED, before[i1:i2])
            add(Change.ADDED, after[j1:j2])
    return pieces
