"""Inline spans to Markdown: emphasis markers, links, code spans and escapes."""

from __future__ import annotations

import re

from .markdown_escape import (
    HEADING_SPECIAL,
    INLINE_SPECIAL,
    code_span,
    destination,
    escape_text,
    is_autolink,
    keep_edge_blanks,
)
from .markdown_spans import Item, drop_stranded, merge_items, neighbour, prepare_items, unpad
from .model import Inline, LineBreak, Text
from .parser import inlines, markdown_it


def inline_markdown(
    inlines: list[Inline], *, heading: bool = False, in_table: bool = False, breaks: bool = True
) -> list[str]:
    """Markdown for the spans, one string per line; without ``breaks`` a line break is a space.

    Emphasis and links may run across line breaks, as the parser allows.
    """
    special = HEADING_SPECIAL if heading else INLINE_SPECIAL
    items = prepare_items(inlines, breaks)
    if not any(item is not None and (item.bold or item.italic) for item in items):
        return _render(items, special, in_table, _STYLES[0]).split("\n")
    # Touching emphasis runs can merge into one delimiter run ("**a*a****a*"): try other
    # delimiters and nestings until the text parses back to the same spans; then the same
    # with blanks moved out of the markers, then without the emphasis no delimiter can express.
    unpadded = unpad(items)
    fallback = None
    for candidates in (items, unpadded, drop_stranded(unpadded)):
        if candidates is not items and candidates == items:
            continue
        expected = _merged(candidates)
        for style in _STYLES:
            text = _render(candidates, special, in_table, style)
            parsed = _parse(text, in_table)
            if parsed == expected:
                return text.split("\n")
            if fallback is None and _flat(parsed) == _flat(expected):
                fallback = text
    if fallback is None:
        # Dropping all emphasis beats showing stray asterisks.
        plain = merge_items([item and Text(item.text, code=item.code, link=item.link) for item in items])
        fallback = _render(plain, special, in_table, _STYLES[0])
    return fallback.split("\n")


def _render(items: list[Item], special: re.Pattern[str], in_table: bool, style: tuple[str, str, str]) -> str:
    lines = _serialise(items, special, in_table, *style).split("\n")
    last = len(lines) - 1
    for index, line in enumerate(lines):
        # The parser strips Unicode blanks around a paragraph, but only spaces and tabs at the
        # start of its other lines and spaces at their end: an entity keeps a blank that was there.
        lead = index == 0 or line[:1] in (" ", "\t")
        line = keep_edge_blanks(line, lead, index == last or line[-1:] == " ")
        # An empty line would end the paragraph: a backslash at the end of a line is a hard break.
        lines[index] = line if line or index == last else "\\"
    return "\n".join(lines)


_EMPHASIS = ("bold", "italic")

# (bold delimiter, italic delimiter, nesting): nesting puts the longest-lasting mark outside
# ("long"), the shortest ("short"), or wraps every span on its own with "*" and "_"
# alternating so that neighbouring delimiters never fuse ("even", "odd").
_STYLES = [
    *(
        (bold, italic, nesting)
        for nesting in ("long", "short")
        for bold, italic in (("**", "*"), ("__", "*"), ("**", "_"), ("__", "_"))
    ),
    ("**", "*", "even"),
    ("**", "*", "odd"),
]


def _merged(items: list[Item]) -> list[Inline]:
    out: list[Inline] = []
    for item in items:
        last = out[-1] if out else None
        if item is None:
            out.append(LineBreak())
        elif isinstance(last, Text) and last.same_format(item):
            out[-1] = Text(last.text + item.text, item.bold, item.italic, item.code, item.link)
        else:
            out.append(item)
    return out


def _parse(text: str, in_table: bool) -> list[Inline]:
    if in_table:
        text = text.replace("\\|", "|")  # what the table rule does before inline parsing
    tokens = markdown_it().parseInline(text)
    return inlines(tokens[0].children if tokens else None)


def _flat(spans: list[Inline]) -> str:
    return "".join(span.text if isinstance(span, Text) else "\n" for span in spans)


def _marks(span: Text) -> list[str]:
    marks = []
    if span.link is not None:
        marks.append("link:" + span.link)
    if span.bold:
        marks.append("bold")
    if span.italic:
        marks.append("italic")
    return marks


def _serialise(
    items: list[Item], special: re.Pattern[str], in_table: bool, bold: str, italic: str, nesting: str
) -> str:
    marks: list[list[str]] = []
    for index, item in enumerate(items):
        if item is not None:
            marks.append(_marks(item))
            continue
        # A mark stays open across a line break only if the next line carries it on.
        before = neighbour(items, index, -1)
        after = neighbour(items, index, 1)
        shared = _marks(before) if before else []
        marks.append([mark for mark in shared if after and mark in _marks(after)])

    def extent(index: int, mark: str) -> int:
        end = index
        while end + 1 < len(items) and mark in marks[end + 1]:
            end += 1
        return end

    out: list[str] = []
    stack: list[tuple[str, str]] = []  # (mark, closing text); a mark is bold, italic or link:<url>
    last: tuple[int, str, bool] | None = None  # the previous text: position in out, text, lead

    def close_to(keep: int) -> None:
        if last is not None and any(mark in _EMPHASIS for mark, _ in stack[keep:]):
            # A blank just before a closing marker must be an entity (see unpad).
            out[last[0]] = escape_text(last[1], special, last[2], True, in_table)
        while len(stack) > keep:
            out.append(stack.pop()[1])

    separate = nesting in ("even", "odd")
    for index, item in enumerate(items):
        wanted = marks[index]
        keep = 0
        while keep < len(stack) and stack[keep][0] in wanted and not (separate and item is not None):
            keep += 1
        close_to(keep)
        if separate and (index + (nesting == "odd")) % 2:
            bold, italic = "__", "_"
        elif separate:
            bold, italic = "**", "*"
        last = None
        if item is None:
            out.append("\n")
            continue
        opened = {mark for mark, _ in stack}
        missing = [mark for mark in wanted if mark not in opened]
        if (
            item.link is not None
            and "link:" + item.link in missing
            and extent(index, "link:" + item.link) == index
            and is_autolink(item)
        ):
            out.append(f"<{item.text}>")
            continue
        # The mark that lasts longest goes outside, so that it closes last; links outermost on ties.
        sign = 1 if nesting == "short" else -1
        missing.sort(key=lambda mark: (sign * extent(index, mark), not mark.startswith("link:")))
        for mark in missing:
            if mark == "bold":
                stack.append((mark, bold))
                out.append(bold)
            elif mark == "italic":
                stack.append((mark, italic))
                out.append(italic)
            else:
                stack.append((mark, f"]({destination(mark[5:])})"))
                if out and out[-1].endswith("!"):
                    out[-1] = out[-1][:-1] + "\\!"  # "![" would open an image
                out.append("[")
        if item.code:
            out.append(code_span(item.text, in_table))
        else:
            lead = any(mark in _EMPHASIS for mark in missing)
            last = (len(out), item.text, lead)
            out.append(escape_text(item.text, special, lead, False, in_table))
    close_to(0)
    return "".join(out)
