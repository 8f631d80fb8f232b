"""Test setup: headless Qt, and every user folder redirected to a temporary one."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the real user's settings, recovery files or documents."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DPI_CONSULT_HOME", str(home))
    return home
