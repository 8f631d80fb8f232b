"""Members' answers to one question: filtered by respondent type, region or words, and counted for choices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dpi_consult.draft.answer_text import answer_text
from dpi_consult.draft.member import MemberContribution, normalised_name
from dpi_consult.draft.values import Value, is_empty
from dpi_consult.form.identification import REGION, TYPE
from dpi_consult.form.model import Form, Question


@dataclass(frozen=True, slots=True)
class MemberFilter:
    """Empty fields filter nothing; `words` matches the member's name or answer, without case or accents."""

    respondent_type: str = ""
    region: str = ""
    words: str = ""
    # Only these members (a theme's), when given.
    members: frozenset[str] | None = None

    def keeps(self, member: MemberContribution, answer: Value | None, question: Question) -> bool:
        if self.members is not None and member.member_id not in self.members:
            return False
        if self.respondent_type and member.identity.get(TYPE) != self.respondent_type:
            return False
        if self.region and member.identity.get(REGION) != self.region:
            return False
        if self.words.strip():
            wanted = normalised_name(self.words)
            haystack = normalised_name(f"{member.label}\n{answer_text(question, answer, keep_markdown=True)}")
            return wanted in haystack
        return True


def member_answers(question: Question, members: Sequence[MemberContribution],
                   keep: MemberFilter | None = None) -> list[tuple[MemberContribution, Value]]:
    """The members who answered the question (and pass the filter), in collection order, with their answer."""
    result = []
    for member in members:
        value = member.answers.get(question.id)
        if is_empty(value):
            continue
        if keep is not None and not keep.keeps(member, value, question):
            continue
        result.append((member, value))
    return result


@dataclass(frozen=True, slots=True)
class ChoiceCount:
    """How many members chose each option, out of those who answered the question."""

    counts: tuple[tuple[str, str, int], ...]  # (option id, label, count), in the form's order
    answered: int

    def lines(self) -> list[str]:
        """« Plutôt non : 23 / 41 » for each option."""
        return [f"{label} : {count} / {self.answered}" for _id, label, count in self.counts]


def count_choices(question: Question, answers: Sequence[tuple[MemberContribution, Value]]) -> ChoiceCount:
    """Counts for a choice question; a multiple choice counts each member once per ticked option."""
    # Members who answered an older form version may hold a choice it has since retired: counted after the rest.
    offered = [(o.id, o.label) for o in question.options] + [(o.id, o.label) for o in question.retired_options]
    tallies = {option_id: 0 for option_id, _label in offered}
    for _member, value in answers:
        chosen = value if isinstance(value, list) else [value]
        for option_id in set(chosen):
            if option_id in tallies:
                tallies[option_id] += 1
    return ChoiceCount(tuple((option_id, label, tallies[option_id]) for option_id, label in offered
                             if tallies[option_id] or question.option(option_id) is not None), len(answers))


def filter_choices(form: Form, question_id: str) -> list[tuple[str, str]]:
    """(option id, label) for a filter drop-down on an identification question (type, region)."""
    question = form.question(question_id)
    if question is None:
        return []
    return [(o.id, o.label) for o in question.options] + [(o.id, o.label) for o in question.retired_options]
