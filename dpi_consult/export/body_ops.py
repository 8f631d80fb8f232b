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
class MarkdownAnswer:
    """A long answer as the respondent wrote it, in Markdown; its own headings start below `heading_base`."""

    source: str
    heading_base: int
    is_answer: ClassVar[bool] = True

    @property
    def size(self) -> int:
        return len(self.source)


@dataclass(frozen=True, slots=True)
class PlainAnswer:
    """A short answer (a name, a number, a chosen option), as typed."""

    text: str
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


BodyOp = Heading | MarkdownAnswer | PlainAnswer | ChosenOptions | NoAnswer | Paragraph | Items
