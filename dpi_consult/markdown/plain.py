"""Plain-text rendering: what an answer becomes once pasted into a web form or counted."""

from __future__ import annotations

from functools import lru_cache

from .model import (
    Block,
    Cell,
    CodeBlock,
    Document,
    Heading,
    Inline,
    LineBreak,
    ListBlock,
    Paragraph,
    Quote,
    Table,
    Text,
    ThematicBreak,
)
from .parser import markdown_it, parse

BULLET = "• "
THEMATIC_BREAK = "———"
# French typography: guillemets hold their content with non-breaking spaces.
QUOTE_OPEN = "«\u00a0"
QUOTE_CLOSE = "\u00a0»"


def to_plain_text(doc: Document) -> str:
    """Render without any markup, as the answer reads once pasted into a web form.

    Conventions:
    - blocks (paragraphs, headings, lists, quotes…) are separated by one blank line ("\\n\\n");
      a line break inside a paragraph is "\\n";
    - list items start with "• " or with their real number ("3. "), one item per line whatever
      the list looseness; an item's other lines and nested lists are indented under the item
      text, i.e. 2 spaces per bullet level; blocks inside an item are separated by "\\n";
    - a quote is wrapped in French guillemets with non-breaking spaces: "«\\u00a0…\\u00a0»";
    - a table is one line per row (header first), cells joined by " | ";
    - a link reads "text (url)", the url decoded (accents shown), or just the text when it is
      the url (autolinks, e-mail addresses);
    - headings and code blocks give their text as is; a horizontal rule is "———".
    """
    return _blocks(doc.blocks, "\n\n")


@lru_cache(maxsize=512)
def plain_length(text: str) -> int:
    """Number of characters the answer counts for: ``len(to_plain_text(parse(text)))``.

    This is the figure character limits are checked against: markup is not counted, a line
    break counts 1, list bullets/numbers, quote guillemets and link urls count as rendered
    (see ``to_plain_text``). Cached (512 texts), as the counter, the checks and the exports
    ask for the same texts again and again.
    """
    return len(to_plain_text(parse(text)))


def _blocks(blocks: list[Block], sep: str) -> str:
    parts = [_block(block) for block in blocks]
    return sep.join(part for part in parts if part)


def _block(block: Block) -> str:
    match block:
        case Paragraph(inlines) | Heading(_, inlines):
            return inline_text(inlines)
        case ListBlock():
            return _list(block)
        case Quote(blocks):
            inner = _blocks(blocks, "\n\n")
            if not inner or (inner.startswith("«") and inner.endswith("»")):
                return inner
            return QUOTE_OPEN + inner + QUOTE_CLOSE
        case CodeBlock(text):
            return text
        case Table():
            lines = [_row(block.header)] + [_row(row) for row in block.rows]
            return "\n".join(lines)
        case ThematicBreak():
            return THEMATIC_BREAK
    raise TypeError(f"unknown block {block!r}")


def _list(lst: ListBlock) -> str:
    lines: list[str] = []
    for number, item in enumerate(lst.items, lst.start):
        marker = f"{number}. " if lst.ordered else BULLET
        # Inside an item, blocks stay compact whatever the list looseness.
        body = _blocks(item.blocks, "\n")
        indent = " " * len(marker)
        first, *rest = body.split("\n")
        lines.append((marker + first).rstrip())
        lines.extend(indent + line if line else line for line in rest)
    return "\n".join(lines)


def _row(cells: list[Cell]) -> str:
    return " | ".join(inline_text(cell.inlines).replace("\n", " ") for cell in cells)


def inline_text(inlines: list[Inline]) -> str:
    """Spans without markup; a link run is followed by its url in parentheses."""
    out: list[str] = []
    run: list[str] = []
    count = len(inlines)
    for index, span in enumerate(inlines):
        if isinstance(span, LineBreak):
            out.append("\n")
            if run:
                run.append("\n")
            continue
        out.append(span.text)
        if span.link is None:
            continue
        run.append(span.text)
        if _link_continues(inlines, index + 1, count, span.link):
            continue
        out.append(_link_suffix("".join(run), span.link))
        run.clear()
    return "".join(out)


def _link_continues(inlines: list[Inline], index: int, count: int, link: str) -> bool:
    """A link's text may hold line breaks: the url goes after the whole run, not each piece."""
    while index < count:
        span = inlines[index]
        if isinstance(span, Text):
            return span.link == link
        index += 1
    return False


def _link_suffix(text: str, url: str) -> str:
    shown = markdown_it().normalizeLinkText(url)
    if text in (url, shown) or url == "mailto:" + text:
        return ""
    return f" ({shown})"
