"""GUI test helpers: a main window on the bundled form with a known user and no dialogs at start."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpi_consult.gui.main_window import MainWindow
from dpi_consult.settings import Settings


@pytest.fixture
def settings() -> Settings:
    return Settings(user_name="Dr Testeur (DIM)")


@pytest.fixture
def make_window(qtbot, settings):
    """Builds windows on the bundled form (or the start page, as the app starts without a file); each is
    closed (answering "discard") at the end of the test."""
    from dpi_consult.gui.app import build_window

    windows: list[MainWindow] = []

    def make(path: str | None = None, start_page: bool = False) -> MainWindow:
        window = build_window(path, settings, start_page=start_page)
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


@pytest.fixture(scope="session")
def federation_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A federation's collective draft holding 30 synthetic members, and the folder of the members' files."""
    from dpi_consult.collective.collect import collect_files
    from dpi_consult.demo.generator import write_demo
    from dpi_consult.draft.files import save_draft
    from dpi_consult.draft.model import Draft
    from dpi_consult.form.registry import bundled_form

    folder = tmp_path_factory.mktemp("federation")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DPI_CONSULT_HOME", str(folder / "home"))
        members = write_demo(folder / "demo", bundled_form(), 30, seed=3).members
        draft = Draft.new(bundled_form(), organisation="Fédération hospitalière d’Occitanie-Pyrénées-Méditerranée")
        collect_files(draft, members, form=bundled_form())
    path = folder / "collectif.dpic"
    save_draft(draft, path, "Coordinatrice")
    return path, members[0].parent
