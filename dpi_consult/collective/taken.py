"""Which passages of a member's answer the collective answer already holds, so that none is inserted twice."""

from __future__ import annotations

from dataclasses import dataclass

from dpi_consult.collective.grouping import CONTAINED, near_identical, shingles, words
from dpi_consult.draft.paragraphs import split_paragraphs


@dataclass(frozen=True, slots=True)
class TakenPassage:
    """Paragraph `index` of the member's answer is already in paragraph `number` (from 1) of the collective one."""

    index: int
    text: str
    number: int


def _inside(part: list[str], whole: list[str]) -> bool:
    """The member's paragraph is (nearly) all there, alone or within a paragraph that joins several."""
    if not part:
        return False
    a, b = shingles(part), shingles(whole)
    if not a:  # a few words: the same words, in order, somewhere in the paragraph
        return " ".join(part) in " ".join(whole)
    return near_identical(a, b) or len(a & b) / len(a) >= CONTAINED


def taken_passages(answer: str, collective_paragraphs: list[str]) -> list[TakenPassage]:
    """The member's paragraphs found in the collective answer, with where they are."""
    collective = [words(text) for text in collective_paragraphs]
    found = []
    for index, paragraph in enumerate(split_paragraphs(answer)):
        own = words(paragraph)
        for number, other in enumerate(collective, start=1):
            if _inside(own, other):
                found.append(TakenPassage(index, paragraph, number))
                break
    return found
