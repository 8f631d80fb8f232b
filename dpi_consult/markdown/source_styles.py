"""What each character of a line of Markdown source looks like in an editor that styles the source in place.

The editor keeps the Markdown as it is (every offset stays exact: counter, search, spelling, paragraphs) and
only shows it formatted: bold words bold, markers discreet, list bullets and headings as such. This is the
look of one line, from patterns; the preview and the exports use the real parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Look(StrEnum):
    MARKER = "marker"  # ** _ ` # > [ ]( ) | and the like: shown, but discreet
    LIST_MARKER = "list_marker"  # "- " "1. ": the bullet or number of an item
    BOLD = "bold"
    ITALIC = "italic"
    CODE = "code"
    LINK = "link"  # the words of a link
    URL = "url"  # where it points: discreet
    HEADING = "heading"
    QUOTE = "quote"
    TABLE_HEADER = "table_header"


@dataclass(frozen=True, slots=True)
class Run:
    """Characters start..end of the line, looking as `looks` says (empty: plain text)."""

    start: int
    end: int
    looks: frozenset[Look]
    heading_level: int = 0


_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_QUOTE = re.compile(r"(?: {0,3}>[ \t]?)+")
_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_TABLE_DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_CODE = re.compile(r"(`+)(.+?)\1")
_LINK = re.compile(r"(\[)([^\[\]]*)(\]\()([^()\s]*)(\))")
_STRONG_EMPHASIS = re.compile(r"(\*\*\*)(?=\S)(.+?)(?<=\S)\*\*\*")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_\w])")


def line_runs(line: str, table_header: bool = False) -> list[Run]:
    """The looks of a line of source, as consecutive runs covering it (plain runs included)."""
    looks: list[set[Look]] = [set() for _ in line]
    level = 0

    def mark(start: int, end: int, look: Look) -> None:
        for index in range(start, end):
            looks[index].add(look)

    content = 0
    heading = _HEADING.match(line)
    if heading:
        level = len(heading.group(1))
        mark(0, heading.end(), Look.MARKER)
        mark(heading.end(), len(line), Look.HEADING)
        content = heading.end()
    else:
        quote = _QUOTE.match(line)
        if quote and quote.end():
            mark(0, quote.end(), Look.MARKER)
            mark(quote.end(), len(line), Look.QUOTE)
            content = quote.end()
        item = _ITEM.match(line, content)
        if item and item.end() > content:
            mark(content, item.end(), Look.LIST_MARKER)
            content = item.end()
    if "|" in line and _TABLE_DELIMITER.fullmatch(line):
        mark(0, len(line), Look.MARKER)
        return _runs(looks, level)
    if "|" in line:
        for found in re.finditer(r"(?<!\\)\|", line):
            mark(found.start(), found.end(), Look.MARKER)
        if table_header:
            mark(content, len(line), Look.TABLE_HEADER)
    _inline(line, content, mark)
    return _runs(looks, level)


def is_table_delimiter(line: str) -> bool:
    return "|" in line and bool(_TABLE_DELIMITER.fullmatch(line))


def _inline(line: str, start: int, mark) -> None:
    """Code spans first (nothing inside them is formatting), then links, then emphasis outside code."""
    code_spans = []
    for found in _CODE.finditer(line, start):
        mark(found.start(1), found.end(1), Look.MARKER)
        mark(found.start(2), found.end(2), Look.CODE)
        mark(found.end(2), found.end(), Look.MARKER)
        code_spans.append((found.start(), found.end()))

    def in_code(position: int) -> bool:
        return any(a <= position < b for a, b in code_spans)

    for found in _LINK.finditer(line, start):
        if in_code(found.start()):
            continue
        mark(found.start(1), found.end(1), Look.MARKER)
        mark(found.start(2), found.end(2), Look.LINK)
        mark(found.start(3), found.end(5), Look.URL)
    for pattern, width, kinds in ((_STRONG_EMPHASIS, 3, (Look.BOLD, Look.ITALIC)), (_STRONG, 2, (Look.BOLD,)),
                                  (_EMPHASIS, 1, (Look.ITALIC,))):
        for found in pattern.finditer(line, start):
            if in_code(found.start()):
                continue
            mark(found.start(), found.start() + width, Look.MARKER)
            mark(found.end() - width, found.end(), Look.MARKER)
            for kind in kinds:
                mark(found.start() + width, found.end() - width, kind)


def _runs(looks: list[set[Look]], level: int) -> list[Run]:
    runs: list[Run] = []
    start = 0
    for index in range(1, len(looks) + 1):
        if index == len(looks) or looks[index] != looks[start]:
            kinds = frozenset(looks[start])
            runs.append(Run(start, index, kinds, level if Look.HEADING in kinds else 0))
            start = index
    return runs
