"""Who answered what: members by sections, counting the questions each member answered."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from dpi_consult.draft.member import MemberContribution, normalised_name
from dpi_consult.draft.values import is_empty
from dpi_consult.form.model import OPINION_SECTION_KINDS, Form, Section


class MatrixSort(StrEnum):
    COLLECTED = "collecte"
    NAME = "nom"
    TOTAL = "total"


@dataclass(frozen=True, slots=True)
class MatrixRow:
    member: MemberContribution
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class Matrix:
    """Rows in collection order unless sorted; columns are `sections`, in form order."""

    sections: tuple[Section, ...]
    rows: tuple[MatrixRow, ...]

    @property
    def column_totals(self) -> tuple[int, ...]:
        """Answers per section, all members together."""
        return tuple(sum(row.counts[i] for row in self.rows) for i in range(len(self.sections)))

    @property
    def members_per_section(self) -> tuple[int, ...]:
        """How many members answered at least one question of each section."""
        return tuple(sum(1 for row in self.rows if row.counts[i]) for i in range(len(self.sections)))

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)

    def without_answer(self, section_id: str) -> list[MemberContribution]:
        """Members who answered no question of the section, in row order."""
        index = [s.id for s in self.sections].index(section_id)  # ValueError for a section not shown
        return [row.member for row in self.rows if not row.counts[index]]

    def sorted(self, how: MatrixSort) -> Matrix:
        if how is MatrixSort.NAME:
            rows = sorted(self.rows, key=lambda r: normalised_name(r.member.label))
        elif how is MatrixSort.TOTAL:
            rows = sorted(self.rows, key=lambda r: (-r.total, normalised_name(r.member.label)))
        else:
            return self
        return Matrix(self.sections, tuple(rows))


def answer_matrix(form: Form, members: Sequence[MemberContribution]) -> Matrix:
    """Count, for each member and each sheet (and general remarks), the questions answered."""
    sections = tuple(s for s in form.sections if s.kind in OPINION_SECTION_KINDS)
    question_ids = [tuple(q.id for q in s.questions) for s in sections]
    rows = []
    for member in members:
        answers = member.answers
        rows.append(MatrixRow(member, tuple(
            sum(1 for qid in ids if not is_empty(answers.get(qid))) for ids in question_ids)))
    return Matrix(sections, tuple(rows))


def section_short_name(section: Section) -> str:
    """"F6" for sheet 6, "Rem." for "Remarques générales": a text table stays narrow."""
    if section.number is not None:
        return f"F{section.number}"
    word = (section.title.split() or [section.id])[0]
    return word if len(word) <= 4 else word[:3] + "."
