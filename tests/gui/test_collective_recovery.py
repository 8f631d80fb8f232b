"""Recovery of a collective draft: only the coordinator's edits in the recovery file, members given back whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dpi_consult.collective.collect import collect_files
from dpi_consult.demo.generator import write_demo
from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.gui.app import offer_recovery
from dpi_consult.gui.contribution_import import ContributionImport
from dpi_consult.recovery import pending_recoveries, recovered_sources, side_files

EDIT = "La fédération demande un délai « raisonnable » de mise en conformité."

CRASHING_SESSION = textwrap.dedent(f"""
    import os, signal
    from dpi_consult.gui.app import build_window, make_application
    from dpi_consult.gui.contribution_import import ContributionImport
    from dpi_consult.settings import Settings

    ContributionImport.show_report = lambda self, report: None
    app = make_application()
    window = build_window(os.environ["DRAFT"], Settings(user_name="Coordinatrice"))
    window.show()
    assert window.collective.import_paths(os.environ["NEW_MEMBERS"].split(os.pathsep))
    window.document.set_value("fiche-02.commentaire", {EDIT!r})
    window.keeper.write_now()
    window.keeper.wait()
    os.kill(os.getpid(), signal.SIGKILL)  # no clean close, no save: a crash
""")


@pytest.fixture(scope="module")
def federation(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DPI_CONSULT_HOME", str(tmp_path_factory.mktemp("home")))
        return write_demo(tmp_path_factory.mktemp("federation"), bundled_form(), 200, seed=5).members


def saved_collective(members: list[Path], path: Path) -> Path:
    draft = Draft.new(bundled_form(), organisation="Fédération d’Essai")
    collect_files(draft, members, collective_path=path)
    save_draft(draft, path, "Coordinatrice")
    return path


def answer_texts(path: Path) -> list[str]:
    """Long answers of a member file, the kind of text that must stay out of the recovery file."""
    answers = json.loads(path.read_text(encoding="utf-8"))["answers"]
    return [v for v in answers.values() if isinstance(v, str) and len(v) > 40]


def test_a_crash_after_importing_gives_back_the_unsaved_members_and_the_edits(qtbot, make_window, federation,
                                                                            tmp_path: Path, monkeypatch):
    collective = saved_collective(federation[:5], tmp_path / "federation.dpic")
    before = collective.read_bytes()
    env = {**os.environ, "DRAFT": str(collective), "QT_QPA_PLATFORM": "offscreen",
           "NEW_MEMBERS": os.pathsep.join(str(p) for p in federation[5:8])}
    result = subprocess.run([sys.executable, "-c", CRASHING_SESSION], env=env, timeout=60, capture_output=True)
    assert result.returncode == -9, result.stderr.decode()
    assert collective.read_bytes() == before

    (recovery,), broken = pending_recoveries()
    assert broken == [] and recovery.member_count == 8 and recovery.sources.side_file
    assert recovery.draft.sources == []
    recovery_text = recovery.path.read_text(encoding="utf-8")
    assert EDIT in recovery_text and not any(t in recovery_text for t in answer_texts(federation[6]))

    from dpi_consult.gui import recovery_dialog

    def restore_first(dialog):
        dialog.restore_button.click()
        return 1

    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", restore_first)
    window = make_window()
    assert offer_recovery(window)
    document = window.document
    assert document.path == collective and window.isWindowModified()
    assert document.value("fiche-02.commentaire") == EDIT
    assert [m.file_name for m in document.draft.members] == [p.name for p in federation[:8]]
    assert window.collective.overview_action.isEnabled()

    window.files.save()
    assert pending_recoveries() == ([], []) and side_files(document.draft.draft_id) == []
    saved = read_draft(collective)
    assert len(saved.members) == 8 and saved.answers["fiche-02.commentaire"] == EDIT


def test_recovery_of_a_200_member_collective_stays_small_and_members_go_aside_once(qtbot, make_window, federation,
                                                                                  tmp_path: Path, monkeypatch):
    collective = saved_collective(federation[:199], tmp_path / "federation.dpic")
    window = make_window(str(collective))
    keeper = window.keeper
    window.document.set_value("fiche-02.commentaire", EDIT)
    keeper.write_now()
    keeper.wait()
    recovery_file = keeper.recovery_file()
    draft_id = window.document.draft.draft_id
    assert recovery_file.stat().st_size < 20_000 < collective.stat().st_size // 100
    text = recovery_file.read_text(encoding="utf-8")
    assert EDIT in text and not any(t in text for t in answer_texts(federation[10]))
    assert side_files(draft_id) == []  # the members are those of the saved file

    monkeypatch.setattr(ContributionImport, "show_report", lambda self, report: None)
    assert window.collective.import_paths([str(federation[199])])
    keeper.write_now()
    keeper.wait()
    (side_file,) = side_files(draft_id)
    assert recovery_file.stat().st_size < 20_000
    written = side_file.stat().st_mtime_ns, side_file.stat().st_ino
    window.document.set_value("fiche-02.commentaire", EDIT + " Deuxième phrase.")
    keeper.write_now()
    keeper.wait()
    assert (side_file.stat().st_mtime_ns, side_file.stat().st_ino) == written  # not written again
    assert "Deuxième phrase" in recovery_file.read_text(encoding="utf-8")

    # Another import: its members go to a new side file; the previous one goes once nothing refers to it.
    data = json.loads(federation[0].read_text(encoding="utf-8"))
    data.update(draft_id="0b0f8f1e-7d1c-4b59-9d4e-1c2a3b4c5d6e", kit_id=None)
    data["identity"]["identification.organisation"] = "Clinique Nouvelle"
    newcomer = tmp_path / "nouveau.dpic"
    newcomer.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert window.collective.import_paths([str(newcomer)])
    keeper.write_now()
    keeper.wait()
    (new_side,) = side_files(draft_id)
    assert new_side != side_file
    (recovery,), _ = pending_recoveries()
    sources, note = recovered_sources(recovery)
    assert len(sources) == 201 and note is None and sources[-1].file_name == "nouveau.dpic"
