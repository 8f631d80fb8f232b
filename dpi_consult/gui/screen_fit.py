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
