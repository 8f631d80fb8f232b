"""The blank questionnaire as LibreOffice lays it out: no page per sheet, options side by side, compact enough
that the 122 questions of form 1.0 hold in 25 pages (49 before), and a growing form keeps that density."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_questionnaire_libreoffice import convert

from dpi_consult.form.loader import load_form_file
from dpi_consult.form.registry import resolve_form
from dpi_consult.questionnaire.blank_writer import write_blank

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")

FORM_1_0 = Path(__file__).resolve().parent.parent / "fixtures" / "form-1.0" / "cnil-dpi-2025-1.0.toml"
PAGES_1_0 = 25
QUESTIONS_1_0 = 122


def page_count(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
    # LibreOffice writes its page objects uncompressed: one "/Type /Page" each ("/Pages" is their tree).
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf.read_bytes()))


def rendered_pages(form, tmp_path: Path) -> int:
    source = tmp_path / "vierge.docx"
    write_blank(form, source)
    return page_count(convert(source, "pdf", tmp_path / "pdf", tmp_path / "profile"))


def test_the_blank_of_form_1_0_holds_in_25_pages(tmp_path: Path):
    form = load_form_file(FORM_1_0)
    assert (form.version, len(form.questions)) == ("1.0", QUESTIONS_1_0)
    pages = rendered_pages(form, tmp_path)
    assert 1 < pages <= PAGES_1_0


def test_the_bundled_form_keeps_the_same_density(tmp_path: Path):
    form = resolve_form(None)
    pages = rendered_pages(form, tmp_path)
    assert 1 < pages <= math.ceil(PAGES_1_0 * len(form.questions) / QUESTIONS_1_0), len(form.questions)
