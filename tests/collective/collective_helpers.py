"""Helpers shared by the collective tests: member files read and rewritten as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from dpi_consult.draft.values import is_empty

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def answered(data: dict) -> dict:
    """A member file's non-empty answers."""
    return {k: v for k, v in data["answers"].items() if not is_empty(v)}
