"""Damaged or hostile Word files, as questionnaires and as templates: one line naming the file and the damage,
exit 2, nothing written; in a folder given to `collect`, each is one « refusé » line and the others are read."""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from dpi_consult.cli import main
from dpi_consult.form.registry import bundled_form
from dpi_consult.questionnaire.blank_writer import write_blank

FIXTURE = Path(__file__).parents[1] / "fixtures" / "format-v1.dpic"


def rebuilt(raw: bytes, edit: Callable[[str, bytes], bytes | None] = lambda name, data: data,
            extra: tuple[tuple[str, bytes], ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = edit(info.filename, source.read(info.filename))
            if data is not None:
                target.writestr(info.filename, data)
        for name, data in extra:
            with pytest.warns(UserWarning):  # zipfile says so too: "Duplicate name"
                target.writestr(name, data)
    return buffer.getvalue()


def headers_patched(raw: bytes, flag: int = 0, method: int | None = None) -> bytes:
    """Every local and central header with a general-purpose flag added, or another compression method."""
    data = bytearray(raw)
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        start = data.find(signature)
        while start >= 0:
            old = struct.unpack("<H", data[start + flag_at:start + flag_at + 2])[0]
            data[start + flag_at:start + flag_at + 2] = struct.pack("<H", old | flag)
            if method is not None:
                data[start + method_at:start + method_at + 2] = struct.pack("<H", method)
            start = data.find(signature, start + 4)
    return bytes(data)


def with_bytes(raw: bytes, at: int, replacement: bytes) -> bytes:
    return raw[:at] + replacement + raw[at + len(replacement):]


@pytest.fixture(scope="module")
def blank(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("blank") / "questionnaire.docx"
    write_blank(bundled_form(), path)
    return path.read_bytes()


def hostile(raw: bytes) -> dict[str, tuple[bytes, str]]:
    """Each damaged file, and a word its one-line reason must contain."""
    end = raw.rfind(b"PK\x05\x06")
    central = raw.find(b"PK\x01\x02")
    document_at = raw.find(b"word/document.xml") + 40
    body = b'<w:body>', b'<w:bodyx>'
    return {
        "encrypted": (headers_patched(raw, flag=0x1), "mot de passe"),
        "unknown-method": (headers_patched(raw, method=99), "compression"),
        "corrupt-deflate": (with_bytes(raw, document_at, b"\x00" * 160), "corrompues"),
        "bad-central-offset": (with_bytes(raw, end + 16, struct.pack("<I", 0xFFFFFF00)), "archive"),
        "bad-entry-offset": (with_bytes(raw, central + 42, struct.pack("<I", 0x7FFFFFF0)), "illisible"),
        "duplicate-entries": (rebuilt(raw, extra=(("word/document.xml", b"<x/>"),)), "deux fois"),
        "no-body": (rebuilt(raw, lambda n, d: d.replace(*body).replace(b"</w:body>", b"</w:bodyx>")
                            if n == "word/document.xml" else d), "sans corps"),
        "another-root": (rebuilt(raw, lambda n, d: b'<root xmlns:w="http://schemas.openxmlformats.org/'
                                 b'wordprocessingml/2006/main"><w:body/></root>' if n == "word/document.xml" else d),
                         "sans corps"),
        "external-styles": (rebuilt(raw, lambda n, d: d.replace(
            b'Target="styles.xml"', b'Target="http://example.invalid/styles.xml" TargetMode="External"')
            if n == "word/_rels/document.xml.rels" else d), "relation externe"),
        "main-part-missing": (rebuilt(raw, lambda n, d: None if n == "word/document.xml" else d), "manque"),
        # Found by benchmarks/fuzz_readers.py: the package's own relationships pointing outside, a styles part of
        # another content type, a relationships part of another shape.
        "external-core-properties": (rebuilt(raw, lambda n, d: d.replace(
            b'Target="docProps/core.xml"', b'Target="http://example.invalid/core.xml" TargetMode="External"')
            if n == "_rels/.rels" else d), "relation externe"),
        "styles-of-another-type": (rebuilt(raw, lambda n, d: d.replace(
            b"wordprocessingml.styles+xml", b"wordprocessingml.comments+xml")
            if n == "[Content_Types].xml" else d), "pas de son type"),
        "relationships-of-another-shape": (rebuilt(raw, lambda n, d: b"<x/>" if n == "word/_rels/document.xml.rels"
                                                   else d), "paquet invalide"),
        "truncated": (raw[: len(raw) // 2], "document Word"),
    }


def cases(blank_bytes: bytes) -> list[str]:
    return sorted(hostile(blank_bytes))


CASES = ["another-root", "bad-central-offset", "bad-entry-offset", "corrupt-deflate", "duplicate-entries",
         "encrypted", "external-core-properties", "external-styles", "main-part-missing", "no-body",
         "relationships-of-another-shape", "styles-of-another-type", "truncated", "unknown-method"]


def one_line_exit_2(code: int, capsys, path: Path, word: str) -> None:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert code == 2 and len(lines) == 1, captured.err
    assert str(path) in lines[0] and word in lines[0] and "Traceback" not in captured.err


def test_the_case_list_is_complete(blank: bytes):
    assert cases(blank) == CASES


@pytest.mark.parametrize("case", CASES)
def test_a_damaged_questionnaire_is_refused_in_one_line(case: str, blank: bytes, tmp_path: Path, capsys):
    data, word = hostile(blank)[case]
    path = tmp_path / f"{case}.docx"
    path.write_bytes(data)
    out = tmp_path / "lu.dpic"
    one_line_exit_2(main(["import-docx", str(path), "-o", str(out)]), capsys, path, word)
    assert not out.exists() and hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(data).digest()


@pytest.mark.parametrize("case", CASES)
def test_a_damaged_template_is_refused_in_one_line(case: str, blank: bytes, tmp_path: Path, capsys):
    data, word = hostile(blank)[case]
    template = tmp_path / f"{case}.docx"
    template.write_bytes(data)
    out = tmp_path / "contribution.docx"
    code = main(["export", str(FIXTURE), "-o", str(out), "--template", str(template)])
    one_line_exit_2(code, capsys, template, word)
    assert not out.exists()


def test_collect_refuses_each_damaged_file_and_reads_the_others(blank: bytes, tmp_path: Path, capsys):
    folder = tmp_path / "retours"
    folder.mkdir()
    for case, (data, _word) in hostile(blank).items():
        (folder / f"{case}.docx").write_bytes(data)
    (folder / "membre.docx").write_bytes(blank)  # an intact questionnaire, even unanswered, is read
    collective = tmp_path / "collectif.dpic"
    code = main(["collect", str(collective), str(folder)])
    lines = capsys.readouterr().out.strip().splitlines()
    refused = [line for line in lines if " : refusé : " in line]
    assert code == 1 and len(refused) == len(CASES)
    assert any(line.startswith(f"{folder / 'membre.docx'} : importé") for line in lines)
    assert lines[-1].endswith("1 membre dans la contribution collective")
