"""Test setup: headless Qt, every user folder redirected to a temporary one, a user who cancels."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the real user's settings, recovery files or documents."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DPI_CONSULT_HOME", str(home))
    return home


@pytest.fixture
def stop_at():
    """A job's progress on which the user presses Cancel when the job reports `step` units done."""
    from dpi_consult.progress import Progress

    def make(step: int, seen: list[tuple[int, int]] | None = None) -> Progress:
        def listen(done: int, total: int) -> None:
            if seen is not None:
                seen.append((done, total))
            if done >= step:
                progress.cancel()

        progress = Progress(listen)
        return progress

    return make


# The same examples on every run, so that a landing is never refused by chance; new seeds are tried
# by hand (`pytest --hypothesis-profile=default`), and what they find is kept as an @example.
settings.register_profile("repeatable", derandomize=True)
settings.load_profile("repeatable")
