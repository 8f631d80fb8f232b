"""The start shows the user's work: the document left open reopens, the start page lists recent documents with
whose they are and how far along, a kit says what opening it does, a drive that does not answer never hangs."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dpi_consult.draft.files import save_draft
from dpi_consult.draft.kit import Kit
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.gui import reachability
from dpi_consult.gui.app import after_first_frame
from dpi_consult.ui_state import load_ui_state


@pytest.fixture
def start_window(make_window):
    """Windows as the app starts without a file: on the start page."""
    return lambda: make_window(start_page=True)


def save_from_window(make_window, path: Path, organisation: str, answers: dict[str, str]) -> None:
    """A user types a draft and saves it: the app itself puts it in the recent list."""
    window = make_window()
    window.document.set_value("identification.organisation", organisation)
    for question_id, value in answers.items():
        window.document.set_value(question_id, value)
    assert window.files._save_to(path)
    window.close()


def test_the_start_page_lists_recent_documents_and_one_click_opens_one(make_window, start_window, qtbot,
                                                                      tmp_path: Path):
    save_from_window(make_window, tmp_path / "dax.dpic", "CH de Dax",
                     {"fiche-06.difficultes": "La purge est impossible.", "fiche-06.clarte": "plutot-non"})
    save_from_window(make_window, tmp_path / "pau.dpic", "CH de Pau", {})
    window = start_window()
    page = window.welcome
    assert window.document is None and window.central.currentWidget() is page
    qtbot.waitUntil(lambda: all(page.recent.item(row).flags() & page.recent.item(row).flags().ItemIsEnabled
                                for row in range(page.recent.count())), timeout=3000)
    first, second = (page.recent.item(row).text().split("\n") for row in range(2))
    assert first[0] == "CH de Pau — pau.dpic" and second[0] == "CH de Dax — dax.dpic"
    asked = len(bundled_form().questions) - 1  # the number of members is asked of groupings only
    assert second[1].startswith("Saved on ") and second[1].endswith(f"3 of {asked} questions answered")
    assert first[1].endswith(f"1 of {asked} question answered") and first[-1] == str(tmp_path)

    rect = page.recent.visualItemRect(page.recent.item(1))
    qtbot.mouseClick(page.recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document is not None and window.document.path == tmp_path / "dax.dpic"
    assert window.document.value("fiche-06.clarte") == "plutot-non"


def test_the_document_open_at_exit_reopens_at_the_next_start_unless_the_preference_says_no(
        make_window, start_window, qtbot, settings, tmp_path: Path):
    path = tmp_path / "dax.dpic"
    save_from_window(make_window, path, "CH de Dax", {})
    # The window above closed with the draft open: that is what the next start reopens.
    assert load_ui_state().last_open == str(path)
    window = start_window()
    after_first_frame(window, None, settings)
    qtbot.waitUntil(lambda: window.document is not None, timeout=3000)
    assert window.document.path == path and not window.document.modified
    window.files.close_document()
    window.close()
    assert load_ui_state().last_open is None  # closed on the start page: nothing to reopen

    save_from_window(make_window, path, "CH de Dax", {})
    settings.reopen_last = False
    other = start_window()
    after_first_frame(other, None, settings)
    qtbot.wait(300)
    assert other.document is None and other.central.currentWidget() is other.welcome


def test_a_drive_that_does_not_answer_never_hangs_the_start(make_window, start_window, qtbot, settings,
                                                           monkeypatch, tmp_path: Path):
    path = tmp_path / "partage" / "dax.dpic"
    path.parent.mkdir()
    save_from_window(make_window, path, "CH de Dax", {})
    release = threading.Event()
    asked: list[str] = []

    def hung_drive(text: str) -> bool:
        asked.append(text)
        release.wait(30)  # a network share gone away: stat blocks
        return True

    monkeypatch.setattr(reachability, "is_reachable", hung_drive)
    monkeypatch.setattr(reachability, "ANSWER_WITHIN_MS", 200)
    try:
        window = start_window()
        after_first_frame(window, None, settings)
        # The window answers while the drive does not.
        qtbot.waitUntil(lambda: "cannot be reached" in window.statusBar().currentMessage(), timeout=3000)
        item = window.welcome.item_for(str(path))
        assert window.document is None and asked
        assert "Unavailable" in item.text() and not item.flags() & item.flags().ItemIsEnabled
    finally:
        release.set()
    # The drive answers at last: the document can be opened from the list, but nothing opens by itself.
    qtbot.waitUntil(lambda: bool(item.flags() & item.flags().ItemIsEnabled), timeout=3000)
    assert window.document is None


def test_a_kit_says_it_starts_a_new_contribution_and_offers_the_one_already_started(
        make_window, start_window, qtbot, tmp_path: Path, monkeypatch):
    form = bundled_form()
    kit_draft = Draft.new(form, organisation="FHF Occitanie")
    kit_draft.kit = Kit("kit-occitanie", federation_name="FHF Occitanie")
    kit_draft.kind = "kit"
    kit_path = tmp_path / "kit-chu.dpic"
    save_draft(kit_draft, kit_path, "Coordinatrice")

    window = make_window(str(kit_path))
    window.document.set_value("fiche-01.difficultes", "Nos réponses déjà écrites.")
    mine = tmp_path / "ma-contribution.dpic"
    assert window.files._save_to(mine)
    window.files.close_document()

    page = start_window().welcome
    texts = [page.recent.item(row).text() for row in range(page.recent.count())]
    kit_text = next(text for text in texts if "kit-chu.dpic" in text)
    assert kit_text.startswith("Kit sent by FHF Occitanie — kit-chu.dpic")
    assert "Opening it starts a new contribution." in kit_text and "Already started from it: ma-contribution.dpic" \
        in kit_text

    asked: list[str] = []
    monkeypatch.setattr(type(window.files), "ask_resume", lambda self, started: asked.append(started.path)
                        or started.path)
    assert window.files.open_path(str(kit_path))
    assert asked == [str(mine)] and window.document.path == mine
    assert window.document.value("fiche-01.difficultes") == "Nos réponses déjà écrites."

    monkeypatch.setattr(type(window.files), "ask_resume", lambda self, started: "")
    assert window.files.open_path(str(kit_path))
    assert window.document.path is None and window.document.value("fiche-01.difficultes") is None
    window.document.set_modified(False)
    monkeypatch.setattr(type(window.files), "ask_resume", lambda self, started: None)
    assert not window.files.open_path(str(kit_path))
