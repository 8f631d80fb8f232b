"""Golden files: the XML parts of the sample contribution, compared structurally.

Regenerate after an intended change with:  UPDATE_GOLDEN=1 pytest tests/export/test_export_golden.py
then review the diff of tests/export/golden/ like code.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
from export_helpers import normalised, part
from export_samples import TODAY, sample_members

from dpi_consult.export.docx_contribution import write_contribution

GOLDEN = Path(__file__).parent / "golden"
PARTS = {"document.xml": "word/document.xml", "styles.xml": "word/styles.xml", "numbering.xml": "word/numbering.xml"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from export_samples import sample_draft, sample_form

    form = sample_form()
    out = tmp_path_factory.mktemp("golden") / "contribution.docx"
    write_contribution(form, sample_draft(form), out, annex=sample_members(), today=TODAY, workers=1)
    return out


@pytest.mark.parametrize("name", sorted(PARTS))
def test_part_matches_its_golden_file(exported: Path, name: str):
    actual = normalised(part(exported, PARTS[name]))
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "\n".join(difflib.unified_diff(expected.splitlines(), actual.splitlines(), f"golden/{name}",
                                              "exported", lineterm="", n=2))
        pytest.fail(f"{name} differs from its golden file (UPDATE_GOLDEN=1 to accept):\n{diff[:6000]}")


def test_parallel_rendering_writes_the_same_document(exported: Path, tmp_path: Path):
    """Worker processes render chunks of the body; joined, they must give the very same XML."""
    from export_samples import sample_draft, sample_form

    import dpi_consult.export.docx_body as body

    form = sample_form()
    out = tmp_path / "parallel.docx"
    original = body.CHUNK_CHARS
    body.CHUNK_CHARS = 50  # many chunks, so that lists and links cross chunk boundaries
    try:
        write_contribution(form, sample_draft(form), out, annex=sample_members(), today=TODAY, workers=2)
    finally:
        body.CHUNK_CHARS = original
    for name in PARTS.values():
        assert normalised(part(out, name)) == normalised(part(exported, name)), name
