"""Where the user left off (recent drafts, window layout), kept apart from the preferences they chose."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dpi_consult.atomic import write_atomic
from dpi_consult.settings import load_settings, save_settings, settings_path, state_dir

RECENT_FILES_MAX = 10
# Keys an earlier version kept in settings.json, moved here on first start.
LEGACY_KEYS = {"recent_files": "recent_files", "window_state": "window"}


@dataclass(slots=True)
class UiState:
    recent_files: list[str] = field(default_factory=list)
    # Window geometry, splitter positions, last section: owned by the GUI, opaque here.
    window: dict[str, Any] = field(default_factory=dict)

    def add_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[RECENT_FILES_MAX:]


def state_path() -> Path:
    return state_dir() / "state.json"


def _from_json(raw: Any) -> UiState:
    """A damaged or hand-edited state falls back to nothing remembered, key by key."""
    if not isinstance(raw, dict):
        return UiState()
    recent = raw.get("recent_files")
    window = raw.get("window")
    return UiState(
        recent_files=[p for p in recent if isinstance(p, str)][:RECENT_FILES_MAX] if isinstance(recent, list) else [],
        window=window if isinstance(window, dict) else {},
    )


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def load_ui_state() -> UiState:
    """What was remembered; on the first start after an upgrade, what settings.json held, moved out of it."""
    path = state_path()
    if path.exists():
        return _from_json(_read_json(path))
    legacy = _read_json(settings_path())
    if not isinstance(legacy, dict) or not any(key in legacy for key in LEGACY_KEYS):
        return UiState()
    state = _from_json({new: legacy.get(old) for old, new in LEGACY_KEYS.items()})
    try:
        save_ui_state(state)
        # Written back with the preferences alone, so that the two files never disagree.
        save_settings(load_settings())
    except OSError:
        pass  # a read-only profile: the state is used this time and moved on a later start
    return state


def save_ui_state(state: UiState) -> None:
    path = state_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"recent_files": state.recent_files, "window": state.window}
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
