"""Traversal helpers over the block model."""

from __future__ import annotations

from collections.abc import Iterator

from .model import Block, CodeBlock, Document, Heading, ListBlock, Paragraph, Quote, Table, Text


def iter_blocks(blocks: Document | list[Block]) -> Iterator[Block]:
    """Every block, containers before their content, in document order."""
    stack = list(reversed(blocks.blocks if isinstance(blocks, Document) else blocks))
    while stack:
        block = stack.pop()
        yield block
        if isinstance(block, Quote):
            stack.extend(reversed(block.blocks))
        elif isinstance(block, ListBlock):
            for item in reversed(block.items):
                stack.extend(reversed(item.blocks))


def iter_text(doc: Document | list[Block]) -> Iterator[str]:
    """Every piece of text in reading order: spans, code blocks, table cells (urls excluded)."""
    for block in iter_blocks(doc):
        if isinstance(block, Paragraph | Heading):
            yield from (span.text for span in block.inlines if isinstance(span, Text))
        elif isinstance(block, CodeBlock):
            yield block.text
        elif isinstance(block, Table):
            for row in [block.header, *block.rows]:
                for cell in row:
                    yield from (span.text for span in cell.inlines if isinstance(span, Text))
