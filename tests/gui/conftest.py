"""GUI test helpers: a main window on the bundled form with a known user and no dialogs at start."""

from __future__ import annotations

import pytest

from dpi_consult.gui.main_window import MainWindow
from dpi_consult.settings import Settings


@pytest.fixture
def settings() -> Settings:
    return Settings(user_name="Dr Testeur (DIM)")


@pytest.fixture
def make_window(qtbot, settings):
    """Builds windows on the bundled form; each is closed (answering "discard") at the end of the test."""
    from dpi_consult.gui.app import build_window

    windows: list[MainWindow] = []

    def make(path: str | None = None) -> MainWindow:
        window = build_window(path, settings)
        # Not qtbot.addWidget: pytest-qt would close the window before this fixture can answer the
        # unsaved-changes question, and that modal question would wait forever.
        window.resize(1200, 800)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.document is not None:
            window.document.set_modified(False)
        window.close()
        window.deleteLater()
