"""Windows and dialogs kept within the screen they open on: every control reachable without maximising."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The window frame and title bar, which the available geometry does not count, take this much height.
TITLE_BAR = 32


def fit_to_screen(widget: QWidget) -> bool:
    """Shrink `widget` to its screen's available area (its parent's screen for a dialog); True when it had to."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    width = min(widget.width(), available.width())
    height = min(widget.height(), available.height() - TITLE_BAR)
    shrunk = (width, height) != (widget.width(), widget.height())
    if shrunk:
        widget.resize(width, height)
    return shrunk


def remembered_too_large(widget: QWidget, size: object) -> bool:
    """Whether a remembered [width, height] would not fit the screen `widget` opens on."""
    if not (isinstance(size, list) and len(size) == 2 and all(isinstance(n, int) for n in size)):
        return False
    available = (widget.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    return size[0] > available.width() or size[1] + TITLE_BAR > available.height()
