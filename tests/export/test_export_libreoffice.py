"""LibreOffice opens the exported contribution and prints it: headings, answers, page numbers."""

from __future__ import annotations

import re
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
    for expected in ("Contribution présentée par : Fédération hospitalière d’Occitanie", "Sommaire",
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


def test_contents_page_numbers_are_those_of_the_headings_and_the_cover_has_no_header(tmp_path: Path):
    form = sample_form()
    source = tmp_path / "contribution.docx"
    write_contribution(form, sample_draft(form), source, annex=sample_members(), today=TODAY)
    profile = tmp_path / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=300)
    pages = subprocess.run(["pdftotext", "-layout", str(tmp_path / "contribution.pdf"), "-"], check=True,
                           capture_output=True, text=True).stdout.split("\f")
    # Cover, contents, three sheets, the annex's introduction and its two sheets: a layout change shows here.
    assert len(pages) - 1 == 8
    cover = pages[0]
    assert "page 1 /" not in cover  # no page number on the cover
    assert [line.strip() for line in cover.splitlines() if line.strip()][0].startswith("Projet de recommandation")
    contents = next(i for i, page in enumerate(pages) if "Sommaire" in page)
    titles = r"Fiche \d+ — [^.\n]+?|Remarques générales|Annexe — Contributions des membres"
    entries = re.findall(rf"^({titles})\.{{3,}}\s*(\d+)\s*$", pages[contents], re.MULTILINE)
    assert len(entries) >= 4
    for title, number in entries:
        first = next(i for i, page in enumerate(pages) if i > contents and title in page)
        assert int(number) == first + 1, title


def test_a_member_s_contribution_lays_out_in_five_pages(tmp_path: Path):
    """Cover, contents, then one page per sheet answered (three): a change of layout shows here first."""
    form = sample_form()
    source = tmp_path / "membre.docx"
    write_contribution(form, sample_draft(form), source, today=TODAY)
    profile = tmp_path / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=300)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "membre.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert text.count("\f") == 5
