"""Immutable model of a consultation form: sections, questions, options."""

from __future__ import annotations

from enum import StrEnum

from dpi_consult.records import Record


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


class Option(Record):
    __slots__ = ("id", "label")
    _fields = __slots__
    id: str
    label: str

    def __init__(self, id: str, label: str) -> None:
        self._set(id=id, label=label)


class VisibleIf(Record):
    """The question is shown only when a single-choice question has one of these option ids."""

    __slots__ = ("question", "values")
    _fields = __slots__
    question: str
    values: tuple[str, ...]

    def __init__(self, question: str, values: tuple[str, ...]) -> None:
        self._set(question=question, values=values)


class Question(Record):
    __slots__ = ("id", "section_id", "kind", "prompt", "help", "required", "max_chars", "format", "options",
                 "visible_if", "min", "max")
    _fields = __slots__
    id: str
    section_id: str
    kind: QuestionKind
    prompt: str
    help: str
    required: bool
    max_chars: int | None
    format: str | None
    options: tuple[Option, ...]
    visible_if: VisibleIf | None
    min: int | None
    max: int | None

    def __init__(self, id: str, section_id: str, kind: QuestionKind, prompt: str,
                 help: str = "", required: bool = False, max_chars: int | None = None,
                 format: str | None = None, options: tuple[Option, ...] = (),
                 visible_if: VisibleIf | None = None, min: int | None = None,
                 max: int | None = None) -> None:
        self._set(id=id, section_id=section_id, kind=kind, prompt=prompt, help=help, required=required,
                  max_chars=max_chars, format=format, options=options, visible_if=visible_if, min=min, max=max)

    def option(self, option_id: str) -> Option | None:
        for opt in self.options:
            if opt.id == option_id:
                return opt
        return None

    def option_label(self, option_id: str) -> str:
        opt = self.option(option_id)
        return opt.label if opt else option_id


class Section(Record):
    __slots__ = ("id", "kind", "title", "number", "summary", "questions")
    _fields = __slots__
    id: str
    kind: SectionKind
    title: str
    number: int | None
    summary: str
    questions: tuple[Question, ...]

    def __init__(self, id: str, kind: SectionKind, title: str, number: int | None = None,
                 summary: str = "", questions: tuple[Question, ...] = ()) -> None:
        self._set(id=id, kind=kind, title=title, number=number, summary=summary, questions=questions)

    @property
    def display_title(self) -> str:
        """"Fiche 6 — Durées de conservation" for a sheet, the title otherwise."""
        if self.number is not None:
            return f"Fiche {self.number} — {self.title}"
        return self.title


class Form(Record):
    """The whole form; its source text and hash are carried along but take no part in equality."""

    __slots__ = ("id", "version", "title", "short_title", "language", "default_max_chars", "description",
                 "sections", "source_text", "source_sha256", "_questions", "_sections")
    _fields = ("id", "version", "title", "short_title", "language", "default_max_chars", "description", "sections")
    id: str
    version: str
    title: str
    short_title: str
    language: str
    default_max_chars: int
    description: str
    sections: tuple[Section, ...]
    source_text: str
    source_sha256: str
    _questions: dict[str, Question]
    _sections: dict[str, Section]

    def __init__(self, id: str, version: str, title: str, short_title: str, language: str,
                 default_max_chars: int, description: str, sections: tuple[Section, ...], source_text: str = "",
                 source_sha256: str = "") -> None:
        questions: dict[str, Question] = {}
        by_id: dict[str, Section] = {}
        for section in sections:
            by_id[section.id] = section
            for question in section.questions:
                questions[question.id] = question
        self._set(id=id, version=version, title=title, short_title=short_title, language=language,
                  default_max_chars=default_max_chars, description=description, sections=sections,
                  source_text=source_text, source_sha256=source_sha256, _questions=questions, _sections=by_id)

    def __reduce__(self) -> tuple[object, ...]:
        # Equality leaves the source out, a copy keeps it.
        return (Form, (*self._values(), self.source_text, self.source_sha256))

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
