"""Paragraphs of a collective answer, each with the members it comes from, carried across every edit of the text."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher

# A paragraph is a block of text between blank lines: what a reader (and Word) sees as one paragraph.
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")

# Share of a new paragraph's (or an old one's) text, whichever is shorter, that must come from an
# old paragraph for the new one to count as made from it: a split half comes wholly from its
# paragraph, a joined paragraph wholly contains each of its parts, an unrelated rewrite shares
# only common words.
_DERIVED = 0.5


def split_paragraphs(text: str) -> list[str]:
    """The non-empty paragraphs of an answer, each stripped of surrounding blank space."""
    return [part.strip() for part in _BLANK_LINES.split(text.strip()) if part.strip()]


def paragraph_at(text: str, position: int) -> int | None:
    """The index (among split_paragraphs(text)) of the paragraph holding `position`, or None between them."""
    index = 0
    start = 0
    for separator in _BLANK_LINES.finditer(text):
        block = text[start:separator.start()]
        if block.strip():
            if start <= position <= separator.start():
                return index
            index += 1
        start = separator.end()
    if text[start:].strip() and start <= position <= len(text):
        return index
    return None


def join_paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def new_paragraph_id() -> str:
    return "p-" + os.urandom(6).hex()


@dataclass(slots=True)
class Paragraph:
    """One paragraph of the collective answer; `sources` maps member ids to the SHA-256 of the member's
    file when the coordinator took the paragraph from it (or last confirmed it)."""

    id: str
    text: str
    sources: dict[str, str] = field(default_factory=dict)

    def flagged(self, current: Mapping[str, str]) -> list[str]:
        """Source members who have sent another version since (`current`: member id to SHA-256)."""
        return [member for member, sha in self.sources.items() if member in current and current[member] != sha]


def _shared_chars(a: str, b: str) -> int:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def _derived_from(old: str, new: str) -> bool:
    shorter = min(len(old), len(new))
    return shorter > 0 and _shared_chars(old, new) >= _DERIVED * shorter


def align(old: list[Paragraph], new_texts: list[str]) -> list[Paragraph]:
    """The paragraphs of the new text, with ids and sources carried over from the old ones.

    Unchanged paragraphs keep everything. Where a run of paragraphs changed: a paragraph edited in
    place keeps its id and sources; the halves of a split paragraph both keep its sources (the
    first half its id); a paragraph joined from several gets the union of their sources; a new
    paragraph that comes from no old one starts with no source. Old paragraphs are matched in
    order, so text is never attributed twice by accident of position.
    """
    matcher = SequenceMatcher(None, [p.text for p in old], new_texts, autojunk=False)
    result: list[Paragraph] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result.extend(Paragraph(p.id, p.text, dict(p.sources)) for p in old[i1:i2])
        elif tag == "insert":
            result.extend(Paragraph(new_paragraph_id(), text) for text in new_texts[j1:j2])
        elif tag == "replace":
            result.extend(_align_changed(old[i1:i2], new_texts[j1:j2]))
    return result


def _align_changed(old: list[Paragraph], new_texts: list[str]) -> list[Paragraph]:
    if len(old) == len(new_texts):
        # As many paragraphs rewritten where they stood: edits of them, however far the wording moved.
        return [Paragraph(p.id, text, dict(p.sources)) for p, text in zip(old, new_texts, strict=True)]
    used_ids: set[str] = set()
    result = []
    for text in new_texts:
        origins = [p for p in old if _derived_from(p.text, text)]
        sources: dict[str, str] = {}
        for origin in origins:
            for member, sha in origin.sources.items():
                sources.setdefault(member, sha)
        paragraph_id = next((p.id for p in origins if p.id not in used_ids), None) or new_paragraph_id()
        used_ids.add(paragraph_id)
        result.append(Paragraph(paragraph_id, text, sources))
    return result
