"""A questionnaire re-saved by LibreOffice still imports: the markers survive its .docx and .odt filters."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from questionnaire_fill import fill_sample, tick_with_content_control, tick_with_legacy_field

from dpi_consult.form.registry import resolve_form
from dpi_consult.questionnaire.blank_writer import build_blank
from dpi_consult.questionnaire.importer import import_questionnaire
from dpi_consult.questionnaire.markers import bookmark_name, label_text

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


def convert(source: Path, to: str, out_dir: Path, profile: Path) -> Path:
    """soffice --convert-to, with a profile of its own so that parallel runs never share a lock."""
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", to,
                    "--outdir", str(out_dir), str(source)], check=True, capture_output=True, timeout=300)
    converted = out_dir / f"{source.stem}.{to.split(':')[0]}"
    assert converted.is_file(), f"LibreOffice wrote no {to}"
    return converted


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    form = resolve_form(None)
    document = build_blank(form)
    expected = fill_sample(document)
    tick_with_content_control(document, "identification.roles", "DSI")
    tick_with_content_control(document, "identification.roles", "Juriste", checked=False)
    tick_with_legacy_field(document, "fiche-02.clarte", "Plutôt non")
    expected["identification.roles"] = ["dpo", "medecin-dim", "dsi", "rssi"]
    expected["fiche-02.clarte"] = "plutot-non"
    path = tmp_path_factory.mktemp("filled") / "rempli.docx"
    document.save(path)
    return path, expected


def assert_all_answers_back(path: Path, expected: dict) -> None:
    form = resolve_form(None)
    result = import_questionnaire(path)
    for question_id, value in expected.items():
        assert result.draft.value(form, question_id) == value, question_id
    report = result.report
    assert report.complete, [str(u) for u in report.unplaced] + [str(r) for r in report.rejected]
    # Found by their markers, not by the fallback on prompts: the markers survived.
    assert report.by_prompt == [] and report.recognised == len(form.questions)
    assert not report.notes, report.notes


# "MS Word 2007 XML" is the filter of LibreOffice's "Save as Word 2007-365"; the bare "docx" picks
# "Office Open XML Text".
@pytest.mark.parametrize("target", ["docx:MS Word 2007 XML", "docx"])
def test_libreoffice_docx_resave_keeps_markers_and_answers(filled, tmp_path: Path, target: str):
    source, expected = filled
    resaved = convert(source, target, tmp_path / "out", tmp_path / "profile")
    document = docx.Document(resaved)
    names = {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}
    form = resolve_form(None)
    assert {bookmark_name(q.id) for q in form.questions} <= names
    hidden = "".join(t.text or "" for r in document.element.body.iter(qn("w:r"))
                     if r.find(f"{qn('w:rPr')}/{qn('w:vanish')}") is not None for t in r.iter(qn("w:t")))
    assert all(label_text(q.id) in hidden for q in form.questions)
    assert_all_answers_back(resaved, expected)


def test_libreoffice_odt_and_back_keeps_answers(filled, tmp_path: Path):
    source, expected = filled
    odt = convert(source, "odt", tmp_path / "odt", tmp_path / "profile")
    back = convert(odt, "docx:MS Word 2007 XML", tmp_path / "back", tmp_path / "profile")
    assert_all_answers_back(back, expected)


def test_libreoffice_resave_of_an_untouched_blank_imports_empty(tmp_path: Path):
    source = tmp_path / "vierge.docx"
    build_blank(resolve_form(None)).save(source)
    resaved = convert(source, "docx:MS Word 2007 XML", tmp_path / "out", tmp_path / "profile")
    result = import_questionnaire(resaved)
    assert result.draft.answers == {} and result.draft.identity == {}
    assert result.report.complete and result.report.by_prompt == []


def _python_with_uno() -> str | None:
    """A Python that can drive LibreOffice (Debian's python3-uno), if there is one."""
    for candidate in ("/usr/bin/python3", shutil.which("python3")):
        if candidate and subprocess.run([candidate, "-c", "import uno"], capture_output=True).returncode == 0:
            return candidate
    return None


def test_answers_typed_inside_libreoffice_import_by_their_markers(tmp_path: Path):
    python = _python_with_uno()
    if python is None:
        pytest.skip("no Python with LibreOffice's uno module (python3-uno)")
    form = resolve_form(None)
    blank = tmp_path / "vierge.docx"
    build_blank(form).save(blank)
    names = tmp_path / "names.json"
    names.write_text(json.dumps({q.id: bookmark_name(q.id) for q in form.questions}), encoding="utf-8")
    typed = tmp_path / "tape.docx"
    subprocess.run([python, str(Path(__file__).with_name("lo_typing.py")), str(blank), str(typed),
                    str(tmp_path / "profile"), str(names)], check=True, capture_output=True, timeout=300)
    result = import_questionnaire(typed)
    assert result.draft.identity == {"identification.organisation": "Clinique du Test",
                                     "identification.roles": ["dsi", "rssi"]}
    assert result.draft.answers == {
        "fiche-01.clarte": "plutot-oui",
        "fiche-01.difficultes": "Coût **élevé** *et durable* selon [la CNIL](https://www.cnil.fr/).\n\n"
                                "- premier point\n  - sous-point\n- second point",
    }
    assert result.report.complete and result.report.by_prompt == []
