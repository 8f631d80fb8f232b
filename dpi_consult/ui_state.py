"""Where the user left off (recent documents, the one open at exit, window layout), apart from the preferences."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from dpi_consult.atomic import write_atomic
from dpi_consult.settings import load_settings, save_settings, settings_path, state_dir

RECENT_FILES_MAX = 10
# Keys an earlier version kept in settings.json, moved here on first start.
LEGACY_KEYS = {"recent_files": "recent_files", "window_state": "window"}


@dataclass(slots=True)
class RecentDocument:
    """A document opened or saved lately, described as it was then: the start page shows it without reading it."""

    path: str
    organisation: str = ""
    # "draft", "collective" or "kit" (a kit starts a new draft each time it is opened).
    kind: str = "draft"
    kit_id: str | None = None
    answered: int | None = None
    total: int | None = None
    # The file's own last-save time (ISO 8601), as the draft records it.
    saved_at: str | None = None

    @property
    def is_kit(self) -> bool:
        return self.kind == "kit"

    @classmethod
    def from_json(cls, raw: Any) -> RecentDocument | None:
        """A path alone (an older state) or a described document; None for anything else."""
        if isinstance(raw, str):
            return cls(raw)
        if not isinstance(raw, dict) or not isinstance(raw.get("path"), str):
            return None
        # A hand-edited or damaged value falls back to "unknown" for that key only.
        kind = raw.get("kind")
        return cls(raw["path"], organisation=_text(raw.get("organisation")) or "",
                   kind=kind if kind in DOCUMENT_KINDS else "draft", kit_id=_text(raw.get("kit_id")),
                   answered=_count(raw.get("answered")), total=_count(raw.get("total")),
                   saved_at=_text(raw.get("saved_at")))


DOCUMENT_KINDS = ("draft", "collective", "kit")


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


@dataclass(slots=True)
class UiState:
    recent: list[RecentDocument] = field(default_factory=list)
    # The document open when the app was last closed, reopened at the next start (a preference).
    last_open: str | None = None
    # Window geometry, splitter positions, last section: owned by the GUI, opaque here.
    window: dict[str, Any] = field(default_factory=dict)

    @property
    def recent_files(self) -> list[str]:
        return [entry.path for entry in self.recent]

    def add_recent(self, entry: RecentDocument | str | Path) -> None:
        """Put a document first in the list, with what is known of it now."""
        if not isinstance(entry, RecentDocument):
            entry = RecentDocument(str(entry))
        entry.path = str(Path(entry.path).resolve())
        self.recent = [entry] + [known for known in self.recent if known.path != entry.path]
        del self.recent[RECENT_FILES_MAX:]

    def recent_entry(self, path: str | Path) -> RecentDocument | None:
        text = str(Path(path).resolve())
        return next((entry for entry in self.recent if entry.path == text), None)


def state_path() -> Path:
    return state_dir() / "state.json"


def _from_json(raw: Any) -> UiState:
    """A damaged or hand-edited state falls back to nothing remembered, key by key."""
    if not isinstance(raw, dict):
        return UiState()
    listed = raw.get("recent", raw.get("recent_files"))
    recent = [entry for entry in map(RecentDocument.from_json, listed) if entry is not None] \
        if isinstance(listed, list) else []
    last_open = raw.get("last_open")
    window = raw.get("window")
    return UiState(recent=recent[:RECENT_FILES_MAX], last_open=last_open if isinstance(last_open, str) else None,
                   window=window if isinstance(window, dict) else {})


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
    data = {"recent": [asdict(entry) for entry in state.recent], "last_open": state.last_open,
            "window": state.window}
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"), private=True)
