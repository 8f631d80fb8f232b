"""Every kind of Word document the app writes passes the ISO/IEC 29500-4 schemas and the package checks that Word
applies (the project's shared checker, when it is present beside the repository)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.shared import Cm
from export_samples import TODAY, sample_draft, sample_form, sample_members

from dpi_consult.export.docx_contribution import write_contribution
from dpi_consult.questionnaire.blank_writer import write_blank

CHECKER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "docx-check" / "check.py"

pytestmark = pytest.mark.skipif(not CHECKER.is_file(), reason=f"the shared docx checker is not here ({CHECKER})")


def letterhead(folder: Path) -> Path:
    document = docx.Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(3)
    section.header.paragraphs[0].text = "Fédération — papier à en-tête"
    section.footer.paragraphs[0].text = "12 rue de la Santé, 75014 Paris"
    path = folder / "modele.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("kind", ["member", "collective with annex", "letterhead", "blank"])
def test_the_document_passes_the_checker(tmp_path: Path, kind: str):
    form = sample_form()
    out = tmp_path / f"{kind.replace(' ', '-')}.docx"
    if kind == "blank":
        write_blank(form, out)
    else:
        write_contribution(form, sample_draft(form), out, annex=sample_members() if "annex" in kind else None,
                           template=letterhead(tmp_path) if kind == "letterhead" else None, today=TODAY)
    result = subprocess.run([sys.executable, str(CHECKER), str(out)], capture_output=True, text=True, timeout=120)
    assert "schema errors: 0, package problems: 0" in result.stdout, result.stdout[-3000:] + result.stderr[-2000:]
