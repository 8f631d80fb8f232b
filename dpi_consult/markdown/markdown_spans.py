"""Spans prepared for Markdown output: merged, and blanks kept clear of emphasis markers."""

from __future__ import annotations

from markdown_it.common.utils import isMdAsciiPunct, isPunctChar

from .markdown_escape import is_blank
from .model import Inline, LineBreak, Text

# None stands for a line break in the working sequence.
Item = Text | None


def prepare_items(inlines: list[Inline], breaks: bool) -> list[Item]:
    items: list[Item] = []
    for span in inlines:
        if isinstance(span, LineBreak):
            items.append(None)
        elif span.code:
            items.append(Text(span.text.replace("\n", " "), span.bold, span.italic, True, span.link))
        else:
            for index, piece in enumerate(span.text.split("\n")):
                if index:
                    items.append(None)
                items.append(Text(piece, span.bold, span.italic, False, span.link))
    if not breaks:
        items = [_between(items, index) if item is None else item for index, item in enumerate(items)]
    items = merge_items(items)
    while items and items[-1] is None:
        items.pop()  # a paragraph cannot end with a line break in Markdown
    return items


def merge_items(items: list[Item]) -> list[Item]:
    merged: list[Item] = []
    for item in items:
        last = merged[-1] if merged else None
        if item is not None and not item.text:
            continue
        if item is not None and last is not None and last.same_format(item):
            # Two code spans side by side would fuse their backticks into one fence.
            merged[-1] = Text(last.text + item.text, item.bold, item.italic, item.code, item.link)
        else:
            merged.append(item)
    return merged


def neighbour(items: list[Item], index: int, step: int) -> Text | None:
    index += step
    while 0 <= index < len(items):
        item = items[index]
        if item is not None:
            return item
        index += step
    return None


def _between(items: list[Item], index: int) -> Text:
    """A space replacing a line break, formatted like both its neighbours."""
    before = neighbour(items, index, -1)
    after = neighbour(items, index, 1)
    if before is None or after is None:
        return Text(" ")
    link = before.link if before.link == after.link else None
    return Text(" ", before.bold and after.bold, before.italic and after.italic, False, link)


def _emphasis(item: Item) -> set[str]:
    if item is None:
        return set()
    return {name for name, on in (("bold", item.bold), ("italic", item.italic)) if on}


def _is_punct(char: str) -> bool:
    return isMdAsciiPunct(ord(char)) or isPunctChar(char)


def unpad(items: list[Item]) -> list[Item]:
    """Move blanks at the edge of bold/italic outside the markers where they cannot stay.

    "**gras **suite" is not bold: a closing marker needs a non-blank before it. An entity
    ("**gras&#32;**") fixes that only when a blank or punctuation follows the marker, so
    otherwise the blank moves out. The parser never produces such spans; Word content may.
    """
    out: list[Item] = []
    for index, span in enumerate(items):
        if span is None or span.code or not (span.bold or span.italic):
            out.append(span)
            continue
        text = span.text
        before = items[index - 1] if index else None
        after = items[index + 1] if index + 1 < len(items) else None
        start, end = 0, len(text)
        if is_blank(text[0]) and _emphasis(span) - _emphasis(before) and not _edge_ok(before, span, -1):
            while start < end and is_blank(text[start]):
                start += 1
        if is_blank(text[-1]) and _emphasis(span) - _emphasis(after) and not _edge_ok(after, span, 1):
            while end > start and is_blank(text[end - 1]):
                end -= 1
        if start:
            out.append(_shared(span, before, text[:start]))
        if end > start:
            out.append(Text(text[start:end], span.bold, span.italic, False, span.link))
        if end < len(text):
            out.append(_shared(span, after, text[end:]))
    return out


def _edge_ok(other: Item, span: Text, step: int) -> bool:
    """Whether the character on the far side of a marker is blank or punctuation."""
    if other is None or other.code or other.link != span.link or _emphasis(other) - _emphasis(span):
        return True  # line edge, backtick, bracket or another marker
    char = other.text[0] if step > 0 else other.text[-1]
    return is_blank(char) or _is_punct(char)


def drop_stranded(items: list[Item]) -> list[Item]:
    """Drop the emphasis no delimiter can express: a marker between a letter and punctuation.

    In "**(a)**b" the closing "**" follows ")" and precedes "b", so it cannot close. The parser
    never produces such spans; Word content may, and plain text beats stray asterisks.
    """
    out = list(items)
    for index, span in enumerate(out):
        if span is None or not (span.bold or span.italic):
            continue
        drop: set[str] = set()
        for step in (-1, 1):
            other = out[index + step] if 0 <= index + step < len(out) else None
            edge = _emphasis(span) - _emphasis(other)
            if edge and not _edge_ok(other, span, step) and _is_punct(_inner_edge(span, other, step)):
                drop |= edge
        if drop:
            out[index] = Text(
                span.text,
                span.bold and "bold" not in drop,
                span.italic and "italic" not in drop,
                span.code,
                span.link,
            )
    return out


def _inner_edge(span: Text, other: Item, step: int) -> str:
    """The character just inside a marker at the start (step -1) or end (step 1) of ``span``."""
    if span.code:
        return "`"
    if span.link is not None and (other is None or other.link != span.link):
        return "[" if step < 0 else ")"
    return span.text[0] if step < 0 else span.text[-1]


def _shared(span: Text, other: Item, text: str) -> Text:
    if other is None:
        return Text(text, link=span.link)
    return Text(text, span.bold and other.bold, span.italic and other.italic, False, span.link)
