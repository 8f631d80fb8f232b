"""Where the user left off: kept in its own file, tolerant of damage, moved out of an older settings.json."""

from __future__ import annotations

import json

from dpi_consult.settings import Settings, load_settings, save_settings, settings_path, state_dir
from dpi_consult.ui_state import RECENT_FILES_MAX, RecentDocument, UiState, load_ui_state, save_ui_state, state_path


def test_state_round_trip_and_recent_files_most_recent_first(tmp_path, isolated_home):
    assert str(state_dir()).startswith(str(isolated_home))
    state = UiState(window={"geometry": "AAA", "last_section": "fiche-03"}, last_open=str(tmp_path / "b.dpic"))
    for name in ("a.dpic", "b.dpic"):
        state.add_recent(tmp_path / name)
    state.add_recent(RecentDocument(str(tmp_path / "a.dpic"), organisation="CH de Dax", answered=3, total=120,
                                    saved_at="2026-12-03T13:05:00Z"))
    save_ui_state(state)
    again = load_ui_state()
    assert again == state
    assert [p.rsplit("/", 1)[-1] for p in again.recent_files] == ["a.dpic", "b.dpic"]
    # The entry is described as it was last seen, not as it was first added.
    assert again.recent_entry(tmp_path / "a.dpic").organisation == "CH de Dax"
    assert again.recent_entry(tmp_path / "a.dpic").answered == 3


def test_recent_files_keep_the_last_ten(tmp_path):
    state = UiState()
    for index in range(RECENT_FILES_MAX + 3):
        state.add_recent(tmp_path / f"{index}.dpic")
    assert len(state.recent_files) == RECENT_FILES_MAX and state.recent_files[0].endswith("12.dpic")


def test_a_damaged_state_is_forgotten_key_by_key():
    path = state_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{pas du JSON", encoding="utf-8")
    assert load_ui_state() == UiState()
    path.write_text(json.dumps({"recent_files": ["/a.dpic", 3, None], "window": []}), encoding="utf-8")
    assert load_ui_state() == UiState(recent=[RecentDocument("/a.dpic")])
    path.write_text(json.dumps({"recent": [{"path": "/b.dpic", "organisation": 7, "kind": "virus", "answered": -1,
                                            "total": True, "saved_at": "2026-12-03T13:05:00Z"}, {"organisation": "x"}],
                                "last_open": ["/b.dpic"]}), encoding="utf-8")
    assert load_ui_state() == UiState(recent=[RecentDocument("/b.dpic", saved_at="2026-12-03T13:05:00Z")])


def test_an_older_settings_file_is_split_on_first_start():
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"user_name": "Dr Martin", "font_size": 14, "recent_files": ["/x/a.dpic"],
                                "window_state": {"last_section": "fiche-09"}}), encoding="utf-8")
    state = load_ui_state()
    assert state == UiState(recent=[RecentDocument("/x/a.dpic")], window={"last_section": "fiche-09"})
    assert json.loads(state_path().read_text(encoding="utf-8"))["recent"][0]["path"] == "/x/a.dpic"
    preferences = json.loads(path.read_text(encoding="utf-8"))
    assert "recent_files" not in preferences and "window_state" not in preferences
    assert load_settings() == Settings(user_name="Dr Martin", font_size=14)
    # Once moved, the state file is what counts.
    save_ui_state(UiState(recent=[RecentDocument("/y/b.dpic")]))
    assert load_ui_state().recent_files == ["/y/b.dpic"]


def test_a_settings_file_without_state_moves_nothing():
    save_settings(Settings(user_name="Dr Martin"))
    before = settings_path().read_bytes()
    assert load_ui_state() == UiState()
    assert not state_path().exists() and settings_path().read_bytes() == before
