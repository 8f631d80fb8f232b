"""Derived data kept as JSON files in the user data folder; a missing or damaged entry reads as None."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dpi_consult.atomic import write_atomic
from dpi_consult.settings import data_dir


def cache_file(name: str) -> Path:
    return data_dir() / "cache" / name


def read_json(name: str) -> Any | None:
    try:
        return json.loads(cache_file(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(name: str, data: Any) -> None:
    """Best effort: a read-only data folder only costs recomputing the data at the next start."""
    path = cache_file(name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, ensure_ascii=False).encode("utf-8"), private=True)
    except OSError:
        pass
