"""Recovery files: the working state of an open draft, written often, offered back after a crash."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dpi_consult.atomic import write_atomic
from dpi_consult.draft.codec import draft_from_json, draft_to_json
from dpi_consult.draft.files import parse_draft_bytes
from dpi_consult.draft.model import Draft, now_iso
from dpi_consult.errors import DraftError
from dpi_consult.settings import recovery_dir

RECOVERY_FORMAT = "dpi-consult-recovery"
SUFFIX = ".recovery.json"


@dataclass(frozen=True, slots=True)
class Recovery:
    """A recovery file found at start: what it holds and when it was written."""

    path: Path
    draft: Draft
    original_path: str | None
    written_at: str

    @property
    def answered(self) -> int:
        return len(self.draft.answers) + len(self.draft.identity)


def recovery_path(draft: Draft) -> Path:
    """One recovery file per draft, named by its id, so two open drafts never overwrite each other."""
    return recovery_dir() / f"{draft.draft_id}{SUFFIX}"


def recovery_bytes(draft: Draft, original_path: str | Path | None) -> bytes:
    """Serialise on the caller's thread (the snapshot must be consistent); writing can happen elsewhere."""
    payload: dict[str, Any] = {
        "format": RECOVERY_FORMAT,
        "original_path": None if original_path is None else str(original_path),
        "written_at": now_iso(),
        "draft": draft_to_json(draft),
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_recovery_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)


def write_recovery(draft: Draft, original_path: str | Path | None) -> Path:
    path = recovery_path(draft)
    write_recovery_bytes(path, recovery_bytes(draft, original_path))
    return path


def discard_recovery(draft: Draft) -> None:
    """A clean close or a save: the recovery file has served its purpose."""
    recovery_path(draft).unlink(missing_ok=True)


def read_recovery(path: Path) -> Recovery:
    raw = parse_draft_bytes(path.read_bytes(), str(path))
    if not isinstance(raw, dict) or raw.get("format") != RECOVERY_FORMAT:
        raise DraftError("ce n’est pas un fichier de récupération dpi-consult", path)
    original = raw.get("original_path")
    written_at = raw.get("written_at")
    if not isinstance(written_at, str) or not (original is None or isinstance(original, str)):
        raise DraftError("fichier de récupération incomplet", path)
    return Recovery(path, draft_from_json(raw.get("draft"), str(path)), original, written_at)


def pending_recoveries() -> tuple[list[Recovery], list[tuple[Path, str]]]:
    """Recovery files left by a session that did not close cleanly, newest first, and unreadable ones."""
    folder = recovery_dir()
    found: list[Recovery] = []
    broken: list[tuple[Path, str]] = []
    if not folder.is_dir():
        return found, broken
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            found.append(read_recovery(path))
        except (DraftError, OSError) as exc:
            broken.append((path, str(exc)))
    found.sort(key=lambda r: r.written_at, reverse=True)
    return found, broken
