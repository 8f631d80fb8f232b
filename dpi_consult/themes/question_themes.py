"""A question's themes in a collective: found from the members' answers, kept in the draft, newcomers placed.

The draft keeps which members are in which theme (draft/themes.py); this module fills it from the engine
(find_themes, assign_answers), which works on texts. Near-identical answers are grouped first
(collective/grouping.py): the engine weighs each wording by the members who sent it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from dpi_consult.collective.grouping import AnswerGroup, group_answers
from dpi_consult.collective.tally import member_answers
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.model import now_iso
from dpi_consult.draft.themes import QuestionThemes, StoredTheme, ThemeKind
from dpi_consult.form.model import Question, QuestionKind
from dpi_consult.progress import Progress, silent
from dpi_consult.themes.theme_assignment import assign_answers
from dpi_consult.themes.theme_finder import find_themes


def new_theme_id() -> str:
    return "t-" + os.urandom(6).hex()


def can_have_themes(question: Question) -> bool:
    """Long free-text answers are grouped by what they say; choices and figures are counted instead."""
    return question.kind is QuestionKind.LONG_TEXT


@dataclass(frozen=True, slots=True)
class Answered:
    """A member's current answer to the question, as text."""

    member: MemberContribution
    text: str


def answered(question: Question, members: Sequence[MemberContribution]) -> dict[str, Answered]:
    """Member id to its answer, for the members who answered the question, in collection order."""
    return {member.member_id: Answered(member, value) for member, value in member_answers(question, members)
            if isinstance(value, str)}


def grouped_answers(question: Question, answers: Sequence[Answered]) -> list[AnswerGroup]:
    return group_answers(question, [(answer.member, answer.text) for answer in answers])


def find_question_themes(question: Question, members: Sequence[MemberContribution], *,
                         keep: QuestionThemes | None = None, progress: Progress | None = None) -> QuestionThemes:
    """The question's themes found afresh; the pinned themes of `keep` stay as they are, with their answers.

    A pinned theme is one the coordinator named, merged, split, moved answers into or pinned: those
    decisions are never regrouped away. Every other answer is grouped again.
    """
    progress = silent(progress)
    current = answered(question, members)
    kept = [theme.copy() for theme in (keep.themes if keep else []) if theme.pinned and theme.kind is ThemeKind.FOUND]
    for theme in kept:
        theme.members = [member_id for member_id in theme.members if member_id in current]
    placed = {member_id for theme in kept for member_id in theme.members}
    groups = grouped_answers(question, [answer for member_id, answer in current.items() if member_id not in placed])
    themes = list(kept)
    if groups:
        found = find_themes([group.text for group in groups], [group.count for group in groups], progress=progress)
        for theme in found.themes:
            themes.append(StoredTheme(new_theme_id(), members=[member.member_id for index in theme.answers
                                                               for member in groups[index].members]))
        others = [member.member_id for index in found.others for member in groups[index].members]
        if others:
            themes.append(StoredTheme(new_theme_id(), ThemeKind.OTHERS, members=others))
    return QuestionThemes(themes, now_iso())


def place_newcomers(themes: QuestionThemes, question: Question, members: Sequence[MemberContribution], *,
                    progress: Progress | None = None) -> list[str]:
    """Bring `themes` up to date with the members' answers; the ids of the members placed.

    Members who answered since the themes were made join the theme nearest to what they say, or
    « nouveaux » when none is near: no theme is found again, nothing the coordinator decided changes.
    Members whose answer is now empty, or who left the collective, leave their theme; a theme left empty
    goes, unless pinned.
    """
    current = answered(question, members)
    changed = False
    for theme in themes.themes:
        still = [member_id for member_id in theme.members if member_id in current]
        changed |= len(still) != len(theme.members)
        theme.members = still
    newcomers = [member_id for member_id in current if themes.theme_of(member_id) is None]
    if newcomers:
        found = [theme for theme in themes.themes if theme.kind is ThemeKind.FOUND and theme.members]
        residual = [member_id for theme in themes.themes if theme.kind is not ThemeKind.FOUND
                    for member_id in theme.members]
        placements = assign_answers([[current[m].text for m in theme.members] for theme in found],
                                    [current[m].text for m in newcomers],
                                    other_answers=[current[m].text for m in residual], progress=progress)
        for member_id, placement in zip(newcomers, placements, strict=True):
            target = found[placement.theme] if placement.theme is not None else residual_theme(themes, ThemeKind.NEW)
            target.members.append(member_id)
        changed = True
    before = len(themes.themes)
    themes.themes = [theme for theme in themes.themes if theme.members or theme.pinned]
    if changed or len(themes.themes) != before:
        themes.updated_at = now_iso()
    return newcomers


def residual_theme(themes: QuestionThemes, kind: ThemeKind) -> StoredTheme:
    found = themes.residual(kind)
    if found is None:
        found = StoredTheme(new_theme_id(), kind)
        themes.themes.append(found)
    return found
