"""Markdown answers: one parse into a neutral block model, rendered to HTML, plain text or Markdown.

Dialect: CommonMark plus pipe tables; a single line break is a hard line break; raw HTML stays
literal text; no typographic replacements, so every character is kept as typed.
"""

from .html_out import to_html
from .markdown_out import to_markdown
from .model import (
    Align,
    Block,
    Cell,
    CodeBlock,
    Document,
    Heading,
    Inline,
    LineBreak,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Table,
    Text,
    ThematicBreak,
)
from .parser import parse
from .plain import plain_length, to_plain_text
from .walk import iter_blocks, iter_text

__all__ = [
    "Align",
    "Block",
    "Cell",
    "CodeBlock",
    "Document",
    "Heading",
    "Inline",
    "LineBreak",
    "ListBlock",
    "ListItem",
    "Paragraph",
    "Quote",
    "Table",
    "Text",
    "ThematicBreak",
    "iter_blocks",
    "iter_text",
    "parse",
    "plain_length",
    "to_html",
    "to_markdown",
    "to_plain_text",
]
