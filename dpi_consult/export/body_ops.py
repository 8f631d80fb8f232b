"""What the Word body is made of, in reading order: small records, cheap to send to a worker process."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

# A chunk of answers is cut at about this many characters; records that carry no long text count this much.
SHORT_SIZE = 40


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str
    # (id, name) of the bookmark a table of contents entry points to, for the levels it lists.
    bookmark: tuple[int, str] | None = None
    page_break: bool = False
    is_answer: ClassVar[bool] = False

    @property
    def size(self) -> int:
        return SHORT_SIZE


@dataclass(frozen=True, slots=True)
class Look:
    """The logical paragraph styles an answer is written in: the contribution's own, or the annex's (smaller,
    and whose headings are bold paragraphs, so that the navigation lists only sheets and questions)."""

    text: str | None = None  # a paragraph, a table cell (None: Normal)
    list: str = "list"
    quote: str = "quote"
    heading: str | None = None  # "# Titre" (None: a heading below the question's)


ANSWER_LOOK = Look()
ANNEX_LOOK = Look("annex_text", "annex_list", "annex_quote", "annex_heading")


@dataclass(frozen=True, slots=True)
class MarkdownAnswer:
    """A long answer as the respondent wrote it, in Markdown; its own headings start below `heading_base`."""

    source: str
    heading_base: int
    look: Look = ANSWER_LOOK
    is_answer: ClassVar[bool] = True

    @property
    def size(self) -> int:
        return len(self.source)


@dataclass(frozen=True, slots=True)
class PlainAnswer:
    """A short answer (a name, a number, a chosen option), as typed; `style`: its paragraph style (None: Normal)."""

    text: str
    style: str | None = None
    is_answer: ClassVar[bool] = True

    @property
    def size(self) -> int:
        return len(self.text)


@dataclass(frozen=True, slots=True)
class ChosenOptions:
    """The options ticked in a multiple-choice answer, one item each."""

    labels: tuple[str, ...]
    is_answer: ClassVar[bool] = True

    @property
    def size(self) -> int:
        return SHORT_SIZE


@dataclass(frozen=True, slots=True)
class NoAnswer:
    """The export's own remark where a question was left unanswered (« Pas de réponse. »)."""

    text: str
    is_answer: ClassVar[bool] = True

    @property
    def size(self) -> int:
        return SHORT_SIZE


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the export's own text, not an answer."""

    text: str
    style: str | None = None
    is_answer: ClassVar[bool] = False

    @property
    def size(self) -> int:
        return SHORT_SIZE


@dataclass(frozen=True, slots=True)
class Items:
    """A bulleted list of the export's own text (the members who contributed), not an answer."""

    items: tuple[str, ...]
    is_answer: ClassVar[bool] = False

    @property
    def size(self) -> int:
        return SHORT_SIZE


@dataclass(frozen=True, slots=True)
class SectionBreak:
    """The end of a section of the document (a sheet, the annex's part of a sheet): its page setup and the
    header naming it, as the `w:sectPr` XML the package prepared; `header` says what that header reads."""

    header: str
    sect_pr: bytes = b""
    is_answer: ClassVar[bool] = False

    @property
    def size(self) -> int:
        return SHORT_SIZE


@dataclass(frozen=True, slots=True)
class AnswerTable:
    """The members' answers to one choice question of the annex: a header row repeated on each page, then one
    row per member (name, type, region, answer) that never splits across pages; a newline in a cell is a line
    break (one chosen option per line); `style`: the paragraph style of its cells (None: Normal)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    style: str | None = None
    is_answer: ClassVar[bool] = True

    @property
    def size(self) -> int:
        return SHORT_SIZE + sum(len(cell) for row in self.rows for cell in row)

    @property
    def answers(self) -> int:
        return len(self.rows)


BodyOp = (Heading | MarkdownAnswer | PlainAnswer | ChosenOptions | NoAnswer | Paragraph | Items | SectionBreak
          | AnswerTable)
