"""Normalised Markdown written back from the block model (e.g. for content coming from Word)."""

from __future__ import annotations

import re

from .markdown_inline import inline_markdown
from .model import (
    Block,
    Cell,
    CodeBlock,
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Table,
    ThematicBreak,
)

# Line starts that would open a block (bullet, heading, quote, fence, setext underline,
# thematic break, table delimiter row): a backslash before the first character defuses them.
_BLOCK_START = re.compile(r"[-+*](?:[ \t]|$)|[#>]|~~~|=+[ \t]*$|[-:| \t]*-[-:| \t]*$")
_ORDERED_START = re.compile(r"(\d{1,9})([.)](?:[ \t]|$))")

_ALIGN_ROW = {None: "---", "left": ":--", "center": ":-:", "right": "--:"}


def to_markdown(doc: Document) -> str:
    """Normalised Markdown that parses back to the same document.

    For a document from ``parse`` the round trip gives an equal document; only contrived
    emphasis (markers wedged between punctuation and letters, or kept valid by an empty link)
    may lose its bold/italic. For a model built elsewhere (Word), blanks may move out of bold
    or vanish before a line break, and emphasis Markdown cannot express is dropped; the text,
    links, code and blocks always come back.

    Normalisations: "-" bullets ("*"/"+" where two lists touch or an item starts with "-"),
    "1." numbering, "**bold**", "*italic*", fenced code, ATX headings (setext only when a
    heading holds a line break), "***" rules, pipe tables; "|" outside tables as "&#124;".
    """
    return "\n".join(_blocks(doc.blocks, tight=False))


def _blocks(blocks: list[Block], tight: bool) -> list[str]:
    lines: list[str] = []
    previous: Block | None = None
    previous_marker = ""
    for block in blocks:
        if previous is not None and (not tight or _needs_blank(previous, block)):
            lines.append("")
        if isinstance(block, ListBlock):
            # Two lists in a row stay two lists only if their markers differ.
            avoid = previous_marker if isinstance(previous, ListBlock) else ""
            block_lines, previous_marker = _list(block, avoid)
            lines.extend(block_lines)
        else:
            lines.extend(_block(block))
        previous = block
    return lines


def _needs_blank(previous: Block, block: Block) -> bool:
    """In a tight list item, whether two blocks would merge if written on consecutive lines."""
    if isinstance(block, Paragraph):
        # Otherwise the paragraph would continue the previous one, lazily or not, or be a row.
        return isinstance(previous, Table) or _ends_with_paragraph(previous)
    if isinstance(block, Table) and _ends_with_paragraph(previous) and not isinstance(previous, Paragraph):
        # Under a nested item or a quote, the table lines would continue its paragraph lazily.
        return True
    if isinstance(block, Quote | Table):
        return type(previous) is type(block)
    if isinstance(block, ListBlock) and isinstance(previous, Paragraph):
        # Only "1." and non-empty items may interrupt a paragraph.
        return (block.ordered and block.start != 1) or not block.items or not block.items[0].blocks
    return False


def _ends_with_paragraph(block: Block) -> bool:
    while True:
        if isinstance(block, Quote) and block.blocks:
            block = block.blocks[-1]
        elif isinstance(block, ListBlock) and block.items and block.items[-1].blocks:
            block = block.items[-1].blocks[-1]
        else:
            return isinstance(block, Paragraph)


def _block(block: Block) -> list[str]:
    match block:
        case Paragraph(inlines):
            return _paragraph_lines(inline_markdown(inlines))
        case Heading():
            return _heading(block)
        case ListBlock():
            return _list(block, "")[0]
        case Quote(blocks):
            return [f"> {line}" if line else ">" for line in _blocks(blocks, tight=False)] or [">"]
        case CodeBlock(text):
            longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
            fence = "`" * max(3, longest + 1)
            return [fence, *text.split("\n"), fence] if text else [fence, fence]
        case Table():
            return _table(block)
        case ThematicBreak():
            return ["***"]
    raise TypeError(f"unknown block {block!r}")


def _heading(heading: Heading) -> list[str]:
    level = min(max(heading.level, 1), 6)
    lines = inline_markdown(heading.inlines, heading=True, breaks=level <= 2)
    if len(lines) > 1 and level <= 2:
        # Only a setext heading can hold a line break.
        return _paragraph_lines(lines) + ["===" if level == 1 else "---"]
    content = lines[0]
    return [f"{'#' * level} {content}" if content else "#" * level]


def _list(lst: ListBlock, avoid: str) -> tuple[list[str], str]:
    """Lines of the list, and the marker character used (never ``avoid``)."""
    bodies = [_blocks(item.blocks, lst.tight) for item in lst.items]
    if lst.ordered:
        char = ")" if avoid == "." else "."
    else:
        # "- - -" or "* ***" on an item's first line would read as a horizontal rule.
        firsts = [body[0][:1] for body in bodies if body]
        usable = [c for c in "-*+" if c != avoid]
        char = next((c for c in usable if c not in firsts), usable[0])
    lines: list[str] = []
    for number, body in enumerate(bodies, lst.start):
        marker = f"{number}{char} " if lst.ordered else f"{char} "
        if lines and not lst.tight:
            lines.append("")
        if not body:
            lines.append(marker.rstrip())
            continue
        indent = " " * len(marker)
        lines.append(marker + body[0] if body[0] else marker.rstrip())
        lines.extend(indent + line if line else line for line in body[1:])
    return lines, char


def _table(table: Table) -> list[str]:
    # The header sets the width: a shorter one would drop cells, an empty one the table.
    width = max([len(table.header), 1, *(len(row) for row in table.rows)])
    align = (list(table.align) + [None] * width)[:width]

    def row(cells: list[Cell]) -> str:
        texts = [inline_markdown(cell.inlines, in_table=True, breaks=False)[0] for cell in cells]
        texts += [""] * (width - len(texts))
        return "| " + " | ".join(texts) + " |"

    delimiter = "| " + " | ".join(_ALIGN_ROW.get(a, "---") for a in align) + " |"
    return [row(table.header), delimiter, *(row(cells) for cells in table.rows)]


def _paragraph_lines(lines: list[str]) -> list[str]:
    return [_line_start(line) for line in lines]


def _line_start(line: str) -> str:
    if _BLOCK_START.match(line):
        return "\\" + line
    ordered = _ORDERED_START.match(line)
    if ordered:
        return ordered.group(1) + "\\" + line[len(ordered.group(1)) :]
    return line
