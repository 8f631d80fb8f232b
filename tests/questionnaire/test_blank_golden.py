"""Golden files: the XML parts of a blank questionnaire whose summary uses every kind of Markdown block.

Regenerate after an intended change with:  UPDATE_GOLDEN=1 pytest tests/questionnaire/test_blank_golden.py
then review the diff of tests/questionnaire/golden/ like code.
"""

from __future__ import annotations

import difflib
import io
import os
import sys
import zipfile
from pathlib import Path

import pytest

from dpi_consult.form.registry import resolve_form
from dpi_consult.questionnaire.blank_writer import blank_bytes

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "export"))
from export_helpers import normalised  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"
PARTS = {"blank-document.xml": "word/document.xml", "blank-numbering.xml": "word/numbering.xml",
         "blank-styles.xml": "word/styles.xml"}


@pytest.fixture(scope="module")
def blank() -> bytes:
    return blank_bytes(resolve_form(str(GOLDEN / "blank-form.toml")))


@pytest.mark.parametrize("name", sorted(PARTS))
def test_blank_part_matches_its_golden_file(blank: bytes, name: str):
    with zipfile.ZipFile(io.BytesIO(blank)) as package:
        actual = normalised(package.read(PARTS[name]))
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "\n".join(difflib.unified_diff(expected.splitlines(), actual.splitlines(), f"golden/{name}",
                                              "blank", lineterm="", n=2))
        pytest.fail(f"{name} differs from its golden file (UPDATE_GOLDEN=1 to accept):\n{diff[:6000]}")
