"""The coordinator's operations on a question's consolidation: inserting members' passages, sources, reviews."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from dpi_consult.draft.consolidation import QuestionWork, work_for
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.model import Draft
from dpi_consult.draft.paragraphs import Paragraph, new_paragraph_id, split_paragraphs


def current_versions(members: Iterable[MemberContribution]) -> dict[str, str]:
    """Member id to the SHA-256 of the contribution collected now: what flags paragraphs for review."""
    return {m.member_id: m.sha256 for m in members}


def insert_passage(work: QuestionWork, passage: str, member: MemberContribution, index: int | None = None) -> None:
    """Insert a member's passage as paragraph(s) at `index` (the end when None), sourced to that member."""
    texts = split_paragraphs(passage)
    at = len(work.paragraphs) if index is None else max(0, min(index, len(work.paragraphs)))
    work.paragraphs[at:at] = [Paragraph(new_paragraph_id(), text, {member.member_id: member.sha256})
                              for text in texts]


def set_sources(paragraph: Paragraph, members: Iterable[MemberContribution]) -> None:
    """The coordinator's own choice of sources; each at the version collected now."""
    paragraph.sources = {m.member_id: m.sha256 for m in members}


def mark_reviewed(paragraph: Paragraph, current: Mapping[str, str]) -> None:
    """The coordinator checked the paragraph against its members' newer versions: clear the flag."""
    for member in paragraph.sources:
        if member in current:
            paragraph.sources[member] = current[member]


def flagged_questions(draft: Draft, current: Mapping[str, str]) -> dict[str, int]:
    """Questions with paragraphs to review, and how many."""
    result = {}
    for question_id in draft.consolidation:
        count = len(work_for(draft, question_id).flagged(current))
        if count:
            result[question_id] = count
    return result
