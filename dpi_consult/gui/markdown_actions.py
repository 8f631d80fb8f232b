"""Toolbar edits on Markdown source as pure functions: (text, selection start, end) -> Edit; no Qt here."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "Edit",
    "changed_span",
    "index_to_utf16",
    "insert_link",
    "toggle_bold",
    "toggle_bullet_list",
    "toggle_italic",
    "toggle_numbered_list",
    "toggle_quote",
    "utf16_to_index",
]


@dataclass(frozen=True)
class Edit:
    """The whole text after an action and the selection to show; indices are Python (code point) indices."""

    text: str
    start: int
    end: int


# What may open a line before its inline content: indentation, list markers, quote marks, heading marks.
# Emphasis must go after these, or "- item" would become "**- item**" and stop being a list item.
_LINE_PREFIX = re.compile(r"(?:[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?|#{1,6}[ \t]+))*[ \t]*")
_BULLET = re.compile(r"([ \t]*)[-*+](?:[ \t]+|$)")
_NUMBER = re.compile(r"([ \t]*)(\d{1,9})[.)](?:[ \t]+|$)")
_QUOTE = re.compile(r"([ \t]{0,3})>[ \t]?")
_LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]*)\)")
_URL = re.compile(r"(?:https?://|mailto:|www\.)\S+", re.IGNORECASE)
_EMPHASIS_CHARS = "*_"
_URL_PLACEHOLDER = "https://"


def toggle_bold(text: str, start: int, end: int) -> Edit:
    """Wrap the selection in ``**``, or unwrap it when it already is bold (markers inside or around it)."""
    return _toggle_emphasis(text, start, end, 2)


def toggle_italic(text: str, start: int, end: int) -> Edit:
    """Wrap the selection in ``*``, or unwrap it when it already is italic (``*x*`` or ``***x***``)."""
    return _toggle_emphasis(text, start, end, 1)


def toggle_bullet_list(text: str, start: int, end: int) -> Edit:
    """Make each selected line a "- " item (numbered items are converted); remove the markers if all have one."""
    def bullet(lines: list[str], previous: str | None) -> list[str]:
        content = _content_lines(lines)
        if all(_BULLET.match(line) for line in content):
            return [_without(_BULLET, line) for line in lines]
        return [line if _skip_blank(line, lines) else _with_marker(line, "- ") for line in lines]

    return _edit_lines(text, start, end, bullet)


def toggle_numbered_list(text: str, start: int, end: int) -> Edit:
    """Number the selected lines "1. ", "2. "…, continuing a numbered item just above; toggle off if all numbered.

    Each indentation level is numbered on its own, so a nested list restarts at 1.
    """
    def numbered(lines: list[str], previous: str | None) -> list[str]:
        content = _content_lines(lines)
        if all(_NUMBER.match(line) for line in content):
            return [_without(_NUMBER, line) for line in lines]
        counters: dict[int, int] = {}
        above = _NUMBER.match(previous) if previous is not None else None
        if above:
            counters[len(above.group(1))] = int(above.group(2))
        result = []
        for line in lines:
            if _skip_blank(line, lines):
                result.append(line)
                continue
            indent = len(line) - len(line.lstrip(" \t"))
            # A shallower item closes the deeper lists: their numbering starts again next time.
            for deeper in [level for level in counters if level > indent]:
                del counters[deeper]
            counters[indent] = counters.get(indent, 0) + 1
            result.append(_with_marker(line, f"{counters[indent]}. "))
        return result

    return _edit_lines(text, start, end, numbered)


def toggle_quote(text: str, start: int, end: int) -> Edit:
    """Prefix the selected lines with "> " (blank lines with ">", so the quote stays one block); toggle off."""
    def quote(lines: list[str], previous: str | None) -> list[str]:
        content = _content_lines(lines)
        if all(_QUOTE.match(line) for line in content):
            return [_without(_QUOTE, line) for line in lines]
        if len(lines) == 1 and not lines[0].strip():
            return ["> " + lines[0].lstrip(" \t")]
        return [line if _QUOTE.match(line) else ("> " + line if line.strip() else ">") for line in lines]

    return _edit_lines(text, start, end, quote)


def insert_link(text: str, start: int, end: int) -> Edit:
    """Make the selection a link.

    Selected text becomes ``[text](https://)`` with the URL part selected, ready to be typed over; a
    selected URL becomes ``[](url)`` with the cursor between the brackets; with nothing selected,
    ``[](https://)`` is inserted with the cursor between the brackets; a selected link is unlinked
    back to its text (or its URL when the text is empty).
    """
    start, end = _ordered(text, start, end)
    a, b = _strip_range(text, start, end)
    core = text[a:b]
    if not core:
        a = b = end
        return _replace(text, a, b, f"[]({_URL_PLACEHOLDER})", a + 1, a + 1)
    link = _LINK.fullmatch(core)
    if link:
        label = link.group(1) or link.group(2)
        return _replace(text, a, b, label, a, a + len(label))
    if _URL.fullmatch(core):
        url = "https://" + core if core.lower().startswith("www.") else core
        return _replace(text, a, b, f"[]({url})", a + 1, a + 1)
    url_start = a + len(core) + 3
    return _replace(text, a, b, f"[{core}]({_URL_PLACEHOLDER})", url_start, url_start + len(_URL_PLACEHOLDER))


# --- emphasis -------------------------------------------------------------------------------------


def _toggle_emphasis(text: str, start: int, end: int, width: int) -> Edit:
    start, end = _ordered(text, start, end)
    marker = "*" * width
    if start == end:
        # The cursor between an empty pair ("**|**") means the user changed their mind: take it away.
        if _is_on(_outer_run(text, start, start), width):
            return _replace(text, start - width, start + width, "", start - width, start - width)
        # Just before the markers that close the emphasis being typed ("**gras|**"): as Word's second Ctrl+B,
        # step out of it, so that what comes next is typed plain.
        closing = _closing_run(text, start, width)
        if closing:
            return Edit(text, start + closing, start + closing)
        return _replace(text, start, start, marker * 2, start + width, start + width)
    segments = _inline_segments(text, start, end)
    if not segments:
        return Edit(text, start, end)
    if len(segments) == 1:
        a, b = segments[0]
        if _is_on(_outer_run(text, a, b), width):
            new = text[:a - width] + text[a:b] + text[b + width:]
            return Edit(new, a - width, b - width)
        if _is_on(_inner_run(text, a, b), width):
            return _replace(text, a, b, text[a + width:b - width], a, b - 2 * width)
        return _replace(text, a, b, marker + text[a:b] + marker, a + width, b + width)
    # Several lines: each gets its own markers, since emphasis cannot cross a paragraph or list item.
    unwrap = all(_is_on(_inner_run(text, a, b), width) for a, b in segments)
    pieces: list[str] = []
    cursor = 0
    for a, b in segments:
        pieces.append(text[cursor:a])
        inner = text[a:b]
        if unwrap:
            pieces.append(inner[width:-width])
        elif _is_on(_inner_run(text, a, b), width):
            pieces.append(inner)
        else:
            pieces.append(marker + inner + marker)
        cursor = b
    pieces.append(text[cursor:])
    new = "".join(pieces)
    return Edit(new, start, end + len(new) - len(text))


def _closing_run(text: str, position: int, width: int) -> int:
    """The length of the marker run at `position` when it closes an emphasis of `width` opened earlier on the
    line (an odd number of such runs before it, the last touching a word); 0 otherwise."""
    run = len(text[position:]) - len(text[position:].lstrip("*"))
    if not _is_on(run, width) or position == 0 or text[position - 1].isspace():
        return 0
    line = text[text.rfind("\n", 0, position) + 1:position]
    opened = sum(1 for found in re.finditer(r"\*+", line) if _is_on(len(found.group()), width))
    return run if opened % 2 == 1 else 0


def _is_on(run: int, width: int) -> bool:
    # A run of 3 is bold and italic at once; 1 is italic only; 2 bold only.
    return run >= 2 if width == 2 else run == 1 or run >= 3


def _outer_run(text: str, a: int, b: int) -> int:
    """Length of the emphasis run of one character found on both sides just outside text[a:b]."""
    if a == 0 or b >= len(text) or text[a - 1] not in _EMPHASIS_CHARS or text[b] != text[a - 1]:
        return 0
    char = text[a - 1]
    left = a - len(text[:a].rstrip(char))
    right = len(text) - b - len(text[b:].lstrip(char))
    return min(left, right)


def _inner_run(text: str, a: int, b: int) -> int:
    """Length of the emphasis run of one character opening and closing text[a:b], leaving some content."""
    inner = text[a:b]
    if len(inner) < 3 or inner[0] not in _EMPHASIS_CHARS or inner[-1] != inner[0]:
        return 0
    char = inner[0]
    run = min(len(inner) - len(inner.lstrip(char)), len(inner) - len(inner.rstrip(char)), (len(inner) - 1) // 2)
    content = inner[run:len(inner) - run]
    # "** a **" is not emphasis (CommonMark needs the markers to touch the words), so do not unwrap it.
    return 0 if content != content.strip() else run


def _inline_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank inline content of each selected line, past any list, quote or heading marker."""
    segments = []
    line_start = text.rfind("\n", 0, start) + 1
    while True:
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = len(text)
        a, b = max(start, line_start), min(end, line_end)
        if a == line_start:
            prefix = _LINE_PREFIX.match(text, line_start, line_end)
            a = prefix.end() if prefix else a
        a, b = _strip_range(text, a, b)
        if a < b:
            segments.append((a, b))
        if line_end >= end or line_end == len(text):
            return segments
        line_start = line_end + 1


# --- line prefixes --------------------------------------------------------------------------------

LineRewrite = Callable[[list[str], str | None], list[str]]


def _edit_lines(text: str, start: int, end: int, rewrite: LineRewrite) -> Edit:
    """Apply a per-line rewrite to the lines touched by the selection and map the selection across."""
    start, end = _ordered(text, start, end)
    first = text.rfind("\n", 0, start) + 1
    # A selection that ends at the very start of a line (a triple-click, a drag) does not include that line.
    last_anchor = end - 1 if end > start and text[end - 1] == "\n" else end
    last = text.find("\n", last_anchor)
    last = len(text) if last == -1 else last
    lines = text[first:last].split("\n")
    previous = text[text.rfind("\n", 0, first - 1) + 1:first - 1] if first > 0 else None
    new_lines = rewrite(lines, previous)
    if new_lines == lines:
        return Edit(text, start, end)
    new = text[:first] + "\n".join(new_lines) + text[last:]
    if start == end:
        position = _map_position(lines, new_lines, first, start, keep_line_start=False)
        return Edit(new, position, position)
    return Edit(
        new,
        _map_position(lines, new_lines, first, start, keep_line_start=True),
        _map_position(lines, new_lines, first, end, keep_line_start=False),
    )


def _map_position(old: list[str], new: list[str], first: int, position: int, keep_line_start: bool) -> int:
    """Where a position lands after line prefixes changed: same place in the content, or the line start."""
    old_start = new_start = first
    for old_line, new_line in zip(old, new, strict=True):
        if position <= old_start + len(old_line):
            column = position - old_start
            if keep_line_start and column == 0:
                return new_start
            # Lines only gain, lose or change a prefix: the content is the common tail, but never a marker's space.
            tail = min(_common_tail(old_line, new_line), _content_size(old_line), _content_size(new_line))
            old_prefix, new_prefix = len(old_line) - tail, len(new_line) - tail
            return new_start + new_prefix + max(0, column - old_prefix)
        old_start += len(old_line) + 1
        new_start += len(new_line) + 1
    return position + new_start - old_start  # past the edited lines: shifted by what they gained


def _common_tail(a: str, b: str) -> int:
    size = 0
    while size < min(len(a), len(b)) and a[len(a) - 1 - size] == b[len(b) - 1 - size]:
        size += 1
    return size


def _content_size(line: str) -> int:
    prefix = _LINE_PREFIX.match(line)
    return len(line) - (prefix.end() if prefix else 0)


def _without(marker: re.Pattern[str], line: str) -> str:
    """The line with its leading `marker` taken away, indentation kept."""
    found = marker.match(line)
    return found.group(1) + line[found.end():] if found else line


def _content_lines(lines: list[str]) -> list[str]:
    content = [line for line in lines if line.strip()]
    return content or lines


def _skip_blank(line: str, lines: list[str]) -> bool:
    # A lone empty line is where the user wants a new item; blank lines between items stay blank.
    return not line.strip() and len(lines) > 1


def _with_marker(line: str, marker: str) -> str:
    """Replace any list marker of the line by `marker`, keeping its indentation."""
    existing = _BULLET.match(line) or _NUMBER.match(line)
    if existing:
        return existing.group(1) + marker + line[existing.end():]
    body = line.lstrip(" \t")
    return line[:len(line) - len(body)] + marker + body


# --- helpers --------------------------------------------------------------------------------------


def _ordered(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = sorted((start, end))
    return max(0, min(start, len(text))), max(0, min(end, len(text)))


def _strip_range(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _replace(text: str, a: int, b: int, replacement: str, sel_start: int, sel_end: int) -> Edit:
    return Edit(text[:a] + replacement + text[b:], sel_start, sel_end)


# --- positions, for the widget that applies these edits ---------------------------------------------


def utf16_to_index(text: str, position: int) -> int:
    """A Qt text position (UTF-16 code units) as a Python index (code points): they differ after an emoji."""
    return len(text.encode("utf-16-le")[: 2 * position].decode("utf-16-le", errors="ignore"))


def index_to_utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def changed_span(old: str, new: str) -> tuple[int, int, int]:
    """(start, old end, new end): the smallest slice of `old` to replace by new[start:new end] to get `new`.

    Replacing only that keeps the undo step, the scroll position and any highlighting of the rest intact.
    """
    prefix = _common_prefix_length(old, new)
    suffix = _common_prefix_length(old[prefix:][::-1], new[prefix:][::-1])
    return prefix, len(old) - suffix, len(new) - suffix


def _common_prefix_length(a: str, b: str) -> int:
    # Binary search on slice equality: C-speed compares instead of a Python loop over 20 000 characters.
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low
