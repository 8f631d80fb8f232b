"""LibreOffice opens the exported contribution and prints it: headings, answers, page numbers."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from export_samples import TODAY, sample_draft, sample_form, sample_members

from dpi_consult.export.docx_contribution import write_contribution

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                reason="LibreOffice (soffice) or poppler-utils (pdftotext) is not installed")


def test_libreoffice_converts_the_contribution_to_pdf(tmp_path: Path):
    form = sample_form()
    source = tmp_path / "contribution.docx"
    write_contribution(form, sample_draft(form), source, annex=sample_members(), today=TODAY)
    profile = tmp_path / "profile"  # a profile of its own: parallel runs never share a lock
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=300)
    pdf = tmp_path / "contribution.pdf"
    assert pdf.is_file(), "LibreOffice wrote no PDF"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = " ".join(text.split())
    for expected in ("Contribution de Fédération hospitalière d’Occitanie", "Sommaire",
                     "Fiche 1 — Responsabilité de traitement", "Fiche 6 — Durées de conservation",
                     "Remarques générales", "Annexe — Contributions des membres",
                     "Notre fédération estime que la fiche est utile mais perfectible",
                     "premier point", "Citation du projet", "Dossier 20 ans", "code brut <b>",
                     "La contribution peut être publiée en mentionnant le nom de l’organisation.",
                     "29 novembre 2026", "Réponse A.", "point B2"):
        assert expected in flat, expected
    pages = text.count("\f")
    assert pages >= 4 and f"page {pages} / {pages}" in flat
    assert "Fédération hospitalière d’Occitanie" in text.split("\f")[-2]  # the header, on every page
