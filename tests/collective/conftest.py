"""Fixtures for collective contributions: a generated federation of member files."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpi_consult.demo.generator import write_demo
from dpi_consult.form.registry import bundled_form

MEMBERS = 30


@pytest.fixture(scope="module")
def federation(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """30 member drafts from the demo generator, written once per test module (treat as read-only)."""
    with pytest.MonkeyPatch.context() as patch:
        # The bundled form cache lives in the user data folder: keep it in a temporary one.
        patch.setenv("DPI_CONSULT_HOME", str(tmp_path_factory.mktemp("home")))
        out = tmp_path_factory.mktemp("federation")
        return write_demo(out, bundled_form(), MEMBERS, seed=7).members
