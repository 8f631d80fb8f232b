"""The coordinator's operations on a question's consolidation: passages, attribution, reviews, answers dealt with."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum

from dpi_consult.draft.consolidation import Handled, HandledAs, QuestionWork, work_for
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.model import Draft
from dpi_consult.draft.paragraphs import Paragraph, new_paragraph_id, split_paragraphs


class AnswerState(StrEnum):
    """Where a member's answer to a question stands in the consolidation."""

    TO_HANDLE = "to_handle"  # « à traiter »
    HANDLED = "handled"  # « traité »: taken into the collective answer, or set aside on purpose
    NEW_VERSION = "new_version"  # « nouvelle version »: the member sent a newer file since


def current_versions(members: Iterable[MemberContribution]) -> dict[str, str]:
    """Member id to the SHA-256 of the contribution collected now: what flags paragraphs for review."""
    return {m.member_id: m.sha256 for m in members}


def answer_state(work: QuestionWork, member_id: str, current: Mapping[str, str]) -> AnswerState:
    """The state of a member's answer, from the same file fingerprints as the paragraphs' review flags ⚑.

    A paragraph flagged for the member always makes its answer « nouvelle version », so the two never disagree.
    """
    sha = current.get(member_id)
    if any(member_id in p.flagged(current) for p in work.paragraphs):
        return AnswerState.NEW_VERSION
    handled = work.handled.get(member_id)
    if handled is None:
        return AnswerState.TO_HANDLE
    if handled.sha256 == sha:
        return AnswerState.HANDLED
    # A newer version the answer quotes, with no paragraph of the member left to review: the coordinator
    # reviewed some and re-sourced or deleted the others, so that version has been dealt with.
    quoted = any(member_id in p.sources for p in work.paragraphs)
    return AnswerState.HANDLED if quoted else AnswerState.NEW_VERSION


def _answer(member: MemberContribution, question_id: str) -> str:
    value = member.answers.get(question_id)
    return value if isinstance(value, str) else "" if value is None else str(value)


def mark_handled(work: QuestionWork, members: Iterable[MemberContribution], question_id: str,
                 how: HandledAs = HandledAs.TAKEN) -> None:
    """The members' answers as they are now are dealt with (taken, or set aside)."""
    for member in members:
        work.handled[member.member_id] = Handled(member.sha256, how, _answer(member, question_id))


def mark_unhandled(work: QuestionWork, members: Iterable[MemberContribution]) -> None:
    for member in members:
        work.handled.pop(member.member_id, None)


def insert_passage(work: QuestionWork, passage: str, members: Sequence[MemberContribution], question_id: str,
                   index: int | None = None) -> None:
    """Insert a passage as paragraph(s) at `index` (the end when None), sourced to the members who wrote it
    (one member, or a group of near-identical answers), whose answers are then handled."""
    texts = split_paragraphs(passage)
    at = len(work.paragraphs) if index is None else max(0, min(index, len(work.paragraphs)))
    work.paragraphs[at:at] = [Paragraph(new_paragraph_id(), text, {m.member_id: m.sha256 for m in members})
                              for text in texts]
    mark_handled(work, members, question_id)


def set_sources(work: QuestionWork, paragraph: Paragraph, members: Iterable[MemberContribution],
                question_id: str) -> None:
    """The coordinator's own choice of sources, each at the version collected now, whose answers are handled."""
    members = list(members)
    paragraph.sources = {m.member_id: m.sha256 for m in members}
    mark_handled(work, members, question_id)


def attribute(work: QuestionWork, paragraph: Paragraph, members: Iterable[MemberContribution],
              question_id: str) -> None:
    """Add members to a paragraph's sources (at the version collected now); their answers are handled."""
    members = list(members)
    for member in members:
        paragraph.sources[member.member_id] = member.sha256
    mark_handled(work, members, question_id)


def mark_reviewed(work: QuestionWork, paragraph: Paragraph, members: Mapping[str, MemberContribution],
                  question_id: str) -> None:
    """The coordinator checked the paragraph against its members' newer versions: clear the flag.

    A member left with no flagged paragraph in the answer has had its new version dealt with.
    """
    current = current_versions(members.values())
    for member_id in paragraph.sources:
        if member_id in current:
            paragraph.sources[member_id] = current[member_id]
    for member_id in paragraph.sources:
        member = members.get(member_id)
        if member is not None and not any(member_id in p.flagged(current) for p in work.paragraphs):
            how = work.handled[member_id].how if member_id in work.handled else HandledAs.TAKEN
            mark_handled(work, [member], question_id, how)


def flagged_questions(draft: Draft, current: Mapping[str, str]) -> dict[str, int]:
    """Questions with paragraphs to review, and how many."""
    result = {}
    for question_id in draft.consolidation:
        count = len(work_for(draft, question_id).flagged(current))
        if count:
            result[question_id] = count
    return result


def states(work: QuestionWork, members: Iterable[MemberContribution], current: Mapping[str, str]) \
        -> dict[str, AnswerState]:
    """Member id to its answer's state, for the members given (those who answered the question)."""
    return {m.member_id: answer_state(work, m.member_id, current) for m in members}
