"""Immutable model of a consultation form: sections, questions, options."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class QuestionKind(StrEnum):
    LONG_TEXT = "long_text"
    SHORT_TEXT = "short_text"
    INTEGER = "integer"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"

    @property
    def is_choice(self) -> bool:
        return self in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE)

    @property
    def is_text(self) -> bool:
        return self in (QuestionKind.LONG_TEXT, QuestionKind.SHORT_TEXT)


class SectionKind(StrEnum):
    IDENTIFICATION = "identification"
    SHEET = "sheet"
    GENERAL = "general"
    PUBLICATION = "publication"


# Where respondents give their views: the body of the Word export, the members matrix, consolidation and a
# kit's proposed answers cover these; identification and publication consent are each respondent's own.
OPINION_SECTION_KINDS = (SectionKind.SHEET, SectionKind.GENERAL)


@dataclass(frozen=True, slots=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class RetiredOption:
    """A choice a form version stopped offering: answers that hold it keep it, and are asked to choose again."""

    id: str
    label: str
    version: str
    replaced_by: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VisibleIf:
    """The question is shown only when a single-choice question has one of these option ids."""

    question: str
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    section_id: str
    kind: QuestionKind
    prompt: str
    help: str = ""
    required: bool = False
    max_chars: int | None = None
    format: str | None = None
    options: tuple[Option, ...] = ()
    visible_if: VisibleIf | None = None
    min: int | None = None
    max: int | None = None
    retired_options: tuple[RetiredOption, ...] = ()

    def option(self, option_id: str) -> Option | None:
        for opt in self.options:
            if opt.id == option_id:
                return opt
        return None

    def retired_option(self, option_id: str) -> RetiredOption | None:
        for opt in self.retired_options:
            if opt.id == option_id:
                return opt
        return None

    def option_label(self, option_id: str) -> str:
        """The label of a current option, or of a retired one an older answer still holds."""
        opt = self.option(option_id)
        if opt is not None:
            return opt.label
        retired = self.retired_option(option_id)
        return retired.label if retired is not None else option_id


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    kind: SectionKind
    title: str
    number: int | None = None
    summary: str = ""
    questions: tuple[Question, ...] = ()

    @property
    def display_title(self) -> str:
        """"Fiche 6 — Durées de conservation" for a sheet, the title otherwise."""
        if self.number is not None:
            return f"Fiche {self.number} — {self.title}"
        return self.title


@dataclass(frozen=True, slots=True)
class RetiredQuestion:
    id: str
    prompt: str
    section_id: str


@dataclass(frozen=True, slots=True)
class FormChange:
    """What one version of a form added, reworded or retired, so drafts of older versions can be told."""

    version: str
    summary: str
    added_questions: tuple[str, ...] = ()
    reworded_questions: tuple[str, ...] = ()
    retired_questions: tuple[RetiredQuestion, ...] = ()
    # (question id, option ids)
    added_options: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (question id, the option retired)
    retired_options: tuple[tuple[str, RetiredOption], ...] = ()
    revised_summaries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Form:
    """The whole form; its source text and hash are carried along but take no part in equality."""

    id: str
    version: str
    title: str
    short_title: str
    language: str
    default_max_chars: int
    description: str
    sections: tuple[Section, ...]
    changes: tuple[FormChange, ...] = ()
    source_text: str = field(default="", compare=False, repr=False)
    source_sha256: str = field(default="", compare=False, repr=False)
    _questions: dict[str, Question] = field(init=False, compare=False, repr=False)
    _sections: dict[str, Section] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        questions: dict[str, Question] = {}
        by_id: dict[str, Section] = {}
        for section in self.sections:
            by_id[section.id] = section
            for question in section.questions:
                questions[question.id] = question
        object.__setattr__(self, "_questions", questions)
        object.__setattr__(self, "_sections", by_id)

    def question(self, question_id: str) -> Question | None:
        return self._questions.get(question_id)

    def section(self, section_id: str) -> Section | None:
        return self._sections.get(section_id)

    @property
    def questions(self) -> list[Question]:
        return list(self._questions.values())

    def identification(self) -> Section | None:
        for section in self.sections:
            if section.kind is SectionKind.IDENTIFICATION:
                return section
        return None

    def is_identification_question(self, question_id: str) -> bool:
        q = self._questions.get(question_id)
        return q is not None and self._sections[q.section_id].kind is SectionKind.IDENTIFICATION
