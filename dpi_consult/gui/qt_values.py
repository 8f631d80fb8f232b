"""Qt enum values the first frame needs, written through Qt properties so PySide never builds its Qt namespace."""

from __future__ import annotations

from PySide6.QtCore import QObject

# The first use of PySide6.QtCore.Qt makes PySide build about ninety Python enums: 15 ms, a tenth of
# the start-up budget (benchmarks/startup.py). A property write takes the plain number instead. The
# values are Qt's own (qnamespace.h); tests/gui/test_qt_values.py checks each against the Qt enum.
PLAIN_TEXT = 0
RICH_TEXT = 1
ALIGN_RIGHT = 0x2
ALIGN_TOP = 0x20
TEXT_SELECTABLE_BY_MOUSE = 0x1
ELIDE_NONE = 3
SCROLL_BAR_ALWAYS_OFF = 1
TOOL_BUTTON_TEXT_BESIDE_ICON = 2
DOWN_ARROW = 2
RIGHT_ARROW = 4


def set_property(target: QObject, name: str, value: int) -> None:
    """Set an enum property by its number; a misspelt property name fails loudly rather than silently."""
    # setProperty is true only for a declared property it could write (a misspelt name becomes a dynamic one).
    if not target.setProperty(name, value):
        raise AttributeError(f"{type(target).__name__} has no Qt property {name!r}")
