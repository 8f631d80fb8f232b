"""Neutral block model shared by every output (HTML preview, Word export, plain text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

Align: TypeAlias = Literal["left", "center", "right"] | None


@dataclass(slots=True)
class Text:
    """A run of characters sharing one formatting; spans are flat, never nested."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str | None = None

    def same_format(self, other: Text) -> bool:
        return (
            self.bold == other.bold
            and self.italic == other.italic
            and self.code == other.code
            and self.link == other.link
        )


@dataclass(slots=True)
class LineBreak:
    """A line break inside a paragraph (a single Enter typed by the user)."""


Inline: TypeAlias = Text | LineBreak


@dataclass(slots=True)
class Paragraph:
    inlines: list[Inline] = field(default_factory=list)


@dataclass(slots=True)
class Heading:
    level: int
    inlines: list[Inline] = field(default_factory=list)


@dataclass(slots=True)
class ListItem:
    blocks: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class ListBlock:
    """A bullet or numbered list; ``start`` is meaningful for ordered lists only."""

    ordered: bool
    items: list[ListItem] = field(default_factory=list)
    start: int = 1
    # Kept for a faithful Markdown round trip; the renderers ignore it.
    tight: bool = True


@dataclass(slots=True)
class Quote:
    blocks: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class CodeBlock:
    """Preformatted text, without its final newline."""

    text: str


@dataclass(slots=True)
class Cell:
    inlines: list[Inline] = field(default_factory=list)


@dataclass(slots=True)
class Table:
    """A pipe table; every row has exactly ``len(header)`` cells."""

    header: list[Cell]
    rows: list[list[Cell]] = field(default_factory=list)
    align: list[Align] = field(default_factory=list)


@dataclass(slots=True)
class ThematicBreak:
    """A horizontal rule."""


Block: TypeAlias = Paragraph | Heading | ListBlock | Quote | CodeBlock | Table | ThematicBreak


@dataclass(slots=True)
class Document:
    blocks: list[Block] = field(default_factory=list)
