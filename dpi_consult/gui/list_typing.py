"""Lists typed as in Word, on Markdown source: Enter continues a list, Enter on an empty item ends it, Tab and
Shift+Tab indent and outdent an item. Pure functions, (text, selection) -> Edit or None when the key is not
theirs; no Qt here."""

from __future__ import annotations

import re

from dpi_consult.gui.markdown_actions import Edit

_ITEM = re.compile(r"(?P<indent>[ \t]*)(?P<marker>[-*+]|(?P<number>\d{1,9})(?P<delimiter>[.)]))(?P<space>[ \t]+|$)")


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end == -1 else end


def item_at(text: str, position: int) -> re.Match[str] | None:
    """The list marker of the line holding `position`, if that line is a list item."""
    start, end = _line_bounds(text, position)
    return _ITEM.match(text, start, end)


def continue_list(text: str, start: int, end: int) -> Edit | None:
    """Enter in a list item: a new item after it (the text after the cursor moving into it), numbered on;
    Enter in an empty item: the item's marker goes and the list ends there. None outside a list."""
    item = item_at(text, start)
    if item is None or start != end or start < item.end():
        return None
    line_start, line_end = _line_bounds(text, start)
    if not text[item.end():line_end].strip():
        # An empty item: as in Word, Enter takes the bullet away instead of adding another. A blank line ends
        # the list, or what is typed next would join the last item (a lazy continuation line in Markdown).
        before = text[:line_start]
        if before and not before.endswith("\n\n"):
            return Edit(before + "\n" + text[line_end:], line_start + 1, line_start + 1)
        return Edit(before + text[line_end:], line_start, line_start)
    if item.group("number"):
        marker = f"{int(item.group('number')) + 1}{item.group('delimiter')}"
    else:
        marker = item.group("marker")
    prefix = "\n" + item.group("indent") + marker + " "
    tail = text[start:line_end].lstrip(" \t")
    new = text[:start].rstrip(" \t") + prefix + tail + text[line_end:]
    position = len(text[:start].rstrip(" \t")) + len(prefix)
    return Edit(new, position, position)


def indent_items(text: str, start: int, end: int, outdent: bool = False) -> Edit | None:
    """Tab (or Shift+Tab) on list items: every selected item one level deeper (or shallower). None when the
    selection holds no list item, so that Tab goes on moving the focus there."""
    first, _ = _line_bounds(text, min(start, end))
    _, last = _line_bounds(text, max(start, end))
    lines = text[first:last].split("\n")
    items = [_ITEM.match(line) for line in lines]
    if not any(items):
        return None
    new_lines = []
    shifts = []
    for line, item in zip(lines, items, strict=True):
        if item is None:
            new_lines.append(line)
            shifts.append(0)
            continue
        # One level in CommonMark is the width of the parent's marker and its space ("- " 2, "1. " 3).
        width = len(item.group("marker")) + 1
        if outdent:
            removed = min(width, len(item.group("indent")) - len(item.group("indent").lstrip(" ")))
            new_lines.append(line[removed:])
            shifts.append(-removed)
        else:
            new_lines.append(" " * width + line)
            shifts.append(width)
    if new_lines == lines:
        return Edit(text, start, end)
    new = text[:first] + "\n".join(new_lines) + text[last:]
    return Edit(new, _shifted(start, first, lines, shifts), _shifted(end, first, lines, shifts))


def _shifted(position: int, first: int, lines: list[str], shifts: list[int]) -> int:
    """Where a position goes when lines gain or lose leading spaces."""
    offset = first
    moved = 0
    for line, shift in zip(lines, shifts, strict=True):
        if position <= offset + len(line):
            return max(offset + moved, position + moved + shift)
        offset += len(line) + 1
        moved += shift
    return position + moved
