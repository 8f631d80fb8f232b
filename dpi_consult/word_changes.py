"""What changed between two texts, word by word: removed words, added words, and the words both keep."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

# Words with the spaces after them: a changed word is marked without its neighbours' spacing, and two different
# sentences do not show as fragments matched on their common spaces and commas.
_TOKENS = re.compile(r"\S+\s*|\s+")


class Change(StrEnum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class Span:
    change: Change
    text: str


def _opcodes(old: str, new: str) -> tuple[list[str], list[str], list[tuple[str, int, int, int, int]]]:
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    return a, b, SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def inline_changes(old: str, new: str) -> list[Span]:
    """One run of spans, removed words just before the words added in their place: the SAME and ADDED spans
    give `new`, the SAME and REMOVED ones `old`."""
    a, b, opcodes = _opcodes(old, new)
    spans: list[Span] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            spans.append(Span(Change.SAME, "".join(a[i1:i2])))
            continue
        if i2 > i1:
            spans.append(Span(Change.REMOVED, "".join(a[i1:i2])))
        if j2 > j1:
            spans.append(Span(Change.ADDED, "".join(b[j1:j2])))
    return spans


def word_changes(old: str, new: str) -> tuple[list[Span], list[Span]]:
    """The old text and the new one as spans, removed words marked in the old, added words in the new."""
    spans = inline_changes(old, new)
    return ([s for s in spans if s.change is not Change.ADDED], [s for s in spans if s.change is not Change.REMOVED])
