"""One question's answers as the coordinator works through them: grouped once, then filtered, each with its state."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from dpi_consult.collective.consolidation import AnswerState, answer_state
from dpi_consult.collective.grouping import AnswerGroup, group_answers
from dpi_consult.collective.tally import MemberFilter, member_answers
from dpi_consult.draft.consolidation import QuestionWork
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.values import Value
from dpi_consult.form.model import Question, QuestionKind

LEFT = frozenset({AnswerState.TO_HANDLE, AnswerState.NEW_VERSION})


def handled_one_by_one(question: Question) -> bool:
    """Long answers are read, quoted or set aside one by one; choices and figures are counted, not handled."""
    return question.kind is QuestionKind.LONG_TEXT


@dataclass(frozen=True, slots=True)
class GroupRow:
    """A group as shown: the members the filters keep, their answers and where each stands."""

    group: AnswerGroup
    members: tuple[MemberContribution, ...]
    answers: tuple[Value, ...]
    states: tuple[AnswerState, ...]

    @property
    def left(self) -> int:
        """How many of its answers remain to be dealt with."""
        return sum(1 for state in self.states if state in LEFT)


class QuestionAnswers:
    """Grouping costs a few hundred milliseconds at federation scale: done once per question and members."""

    def __init__(self, question: Question, members: Sequence[MemberContribution]) -> None:
        self.question = question
        self.answers = member_answers(question, members)
        self.groups = group_answers(question, self.answers)

    def rows(self, keep: MemberFilter, work: QuestionWork, current: Mapping[str, str],
             wanted: Collection[AnswerState] | None = None) -> list[GroupRow]:
        """The groups with at least one member left by the filters (and, when given, in a wanted state)."""
        rows = []
        for group in self.groups:
            kept = []
            for member, value in zip(group.members, group.answers, strict=True):
                if not keep.keeps(member, value, self.question):
                    continue
                state = answer_state(work, member.member_id, current)
                if wanted is None or state in wanted:
                    kept.append((member, value, state))
            if kept:
                members, values, states = zip(*kept, strict=True)
                rows.append(GroupRow(group, members, values, states))
        return rows

    def left(self, work: QuestionWork, current: Mapping[str, str]) -> int:
        """How many members' answers to the question remain to be dealt with."""
        if not handled_one_by_one(self.question):
            return 0
        return sum(1 for member, _value in self.answers if answer_state(work, member.member_id, current) in LEFT)


def answers_left(question: Question, members: Sequence[MemberContribution], work: QuestionWork,
                 current: Mapping[str, str]) -> int:
    """QuestionAnswers.left without grouping: for the count of every question at once."""
    if not handled_one_by_one(question):
        return 0
    return sum(1 for member, _value in member_answers(question, members)
               if answer_state(work, member.member_id, current) in LEFT)
