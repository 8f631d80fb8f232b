"""User preferences and the app's folders (through platformdirs), with no Qt involved."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from dpi_consult.atomic import write_atomic

APP_NAME = "dpi-consult"
# Redirects every folder of the app (tests, portable installs).
HOME_ENV = "DPI_CONSULT_HOME"


def _base(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / kind
    import platformdirs

    if kind == "config":
        return platformdirs.user_config_path(APP_NAME, appauthor=False)
    if kind == "data":
        return platformdirs.user_data_path(APP_NAME, appauthor=False)
    if kind == "state":
        return platformdirs.user_state_path(APP_NAME, appauthor=False)
    return platformdirs.user_documents_path() / "dpi-consult"


def config_dir() -> Path:
    """Where settings.json lives."""
    return _base("config")


def data_dir() -> Path:
    """Where the app keeps its own working files (recovery files, snapshots)."""
    return _base("data")


def state_dir() -> Path:
    """Where the app remembers where the user left off (recent drafts, window layout)."""
    return _base("state")


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def documents_dir() -> Path:
    """The default folder offered for the user's drafts and exports."""
    return _base("documents")


def settings_path() -> Path:
    return config_dir() / "settings.json"


@dataclass(slots=True)
class Settings:
    """What the user chose in Preferences; where they left off is `ui_state.UiState`."""

    user_name: str = ""
    language: str = "fr"
    autosave_file: bool = False
    spellcheck: bool = True
    font_size: int = 11
    # Answers shown as Markdown source rather than formatted, for those who prefer to see the markers.
    show_markdown: bool = False
    # At start, the document open when the app was last closed, as a word processor does.
    reopen_last: bool = True

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def load_settings() -> Settings:
    """The saved preferences; a missing or damaged file gives the defaults rather than an error."""
    try:
        # utf-8-sig: a file written by Windows PowerShell or Notepad starts with a BOM.
        raw = json.loads(settings_path().read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    defaults = Settings()
    values: dict[str, Any] = {}
    for name in (f.name for f in fields(Settings)):
        value = raw.get(name, getattr(defaults, name))
        expected = type(getattr(defaults, name))
        # A value of the wrong type (hand-edited file) falls back to the default for that key only.
        values[name] = value if isinstance(value, expected) and not (
            expected is int and isinstance(value, bool)) else getattr(defaults, name)
    if values["language"] not in ("fr", "en"):
        values["language"] = "fr"
    return Settings(**values)


def save_settings(settings: Settings) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(settings.to_json(), ensure_ascii=False, indent=2).encode("utf-8"), private=True)
