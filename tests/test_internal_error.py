"""A defect of the program is not bad input: one line, exit 3, and a report that says where, never what was
written."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpi_consult.cli import main
from dpi_consult.crash_report import crash_dir

FIXTURE = Path(__file__).parent / "fixtures" / "format-v1.dpic"
SECRET = "Mme Dupont, patiente du service"


def test_an_internal_error_exits_3_with_a_report_and_no_answer_text(monkeypatch: pytest.MonkeyPatch, capsys):
    from dpi_consult.cli import cmd_show

    def broken(*args, **kwargs):
        raise ValueError(f"défaut en lisant « {SECRET} »")

    monkeypatch.setattr(cmd_show, "open_draft", broken)
    code = main(["show", str(FIXTURE)])
    err = capsys.readouterr().err
    assert code == 3 and err.count("\n") == 1 and "Traceback" not in err
    assert "erreur interne du logiciel" in err
    reports = sorted(crash_dir().glob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in err
    text = reports[0].read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and "dpi-consult show" in text and "broken" in text
    assert SECRET not in text and "Dupont" not in text
    assert reports[0].stat().st_mode & 0o077 == 0  # readable by the user only


def test_bad_input_still_exits_2(tmp_path: Path, capsys):
    path = tmp_path / "vide.dpic"
    path.write_bytes(b"")
    assert main(["show", str(path)]) == 2
    assert not crash_dir().exists()
