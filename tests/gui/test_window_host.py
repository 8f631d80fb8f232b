"""The window's actions need only the narrow host they are typed on: a bare window with a status bar will do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow

from dpi_consult.draft.files import read_draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.gui.document import DraftDocument
from dpi_consult.gui.file_actions import FileActions
from dpi_consult.gui.file_guard import FileGuard
from dpi_consult.settings import Settings
from dpi_consult.ui_state import UiState, load_ui_state


class BareHost(QMainWindow):
    """A FileHost and nothing more: no navigator, pages, recovery keeper or consolidation window."""

    def __init__(self) -> None:
        super().__init__()
        self.default_form = bundled_form()
        self.document: DraftDocument | None = None
        self.settings = Settings(user_name="Dr Hôte")
        self.state = UiState()
        self.guard = FileGuard(self, self.settings.user_name)
        self.shown: list[DraftDocument | None] = []

    def set_document(self, document: DraftDocument | None) -> None:
        self.document = document
        self.guard.document = document
        self.shown.append(document)


def test_file_actions_save_and_reopen_through_the_bare_host_and_say_so_by_signals(qtbot, monkeypatch,
                                                                                   tmp_path: Path):
    host = BareHost()
    qtbot.addWidget(host)
    actions = FileActions(host)
    events: list[str] = []
    actions.about_to_save.connect(lambda: events.append("about to save"))
    actions.saved.connect(lambda: events.append("saved"))

    actions.new()
    assert host.document is not None and host.shown == [host.document]
    host.document.set_value("fiche-01.difficultes", "Une réponse écrite dans un hôte nu.")
    path = tmp_path / "hote.dpic"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "hote"), ""))
    assert actions.save()
    assert events == ["about to save", "saved"]
    assert read_draft(path).answers["fiche-01.difficultes"] == "Une réponse écrite dans un hôte nu."
    assert host.statusBar().currentMessage().endswith(str(path))
    assert load_ui_state().recent_files == [str(path.resolve())]

    assert actions.open_path(str(path))
    assert host.document.path == path and host.document.value("fiche-01.difficultes")
    host.guard.release()
