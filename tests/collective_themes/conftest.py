"""A collective whose members sent the hand-written answers to one question: built once per module."""

from __future__ import annotations

from pathlib import Path

import pytest
from themes_helpers import handwritten, write_members


@pytest.fixture(scope="module")
def member_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """51 members' drafts, the last 9 kept apart as those collected later."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DPI_CONSULT_HOME", str(tmp_path_factory.mktemp("home")))
        return write_members(tmp_path_factory.mktemp("members"), handwritten())
