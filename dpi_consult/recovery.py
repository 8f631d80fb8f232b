"""Recovery files: the working state of an open draft, written often, offered back after a crash.

A collective draft's member contributions are fixed once imported and can weigh tens of megabytes, so
the recovery file holds only the coordinator's own fields and says where the members are: the saved
collective file (with the fingerprint of its members), or, after an import not yet saved, a side file
written once per import.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dpi_consult.atomic import write_atomic
from dpi_consult.draft.codec import draft_from_json, draft_to_json
from dpi_consult.draft.layout import lines_fingerprint, object_with_lines, parse_json_bytes, parse_with_lines
from dpi_consult.draft.member import SourceEntry, sources_from_json
from dpi_consult.draft.model import Draft, now_iso
from dpi_consult.draft.validation import Check
from dpi_consult.errors import DraftError
from dpi_consult.settings import recovery_dir

RECOVERY_FORMAT = "dpi-consult-recovery"
SOURCES_FORMAT = "dpi-consult-recovery-sources"
SUFFIX = ".recovery.json"
SOURCES_SUFFIX = ".sources.json"


@dataclass(frozen=True, slots=True)
class SourcesRef:
    """Where a recovered collective's members are: `side_file` in the recovery folder, else its saved file."""

    count: int
    fingerprint: str
    side_file: str | None = None


@dataclass(frozen=True, slots=True)
class Recovery:
    """A recovery file found at start: what it holds and when it was written."""

    path: Path
    draft: Draft
    original_path: str | None
    written_at: str
    sources: SourcesRef | None = None

    @property
    def answered(self) -> int:
        return len(self.draft.answers) + len(self.draft.identity)

    @property
    def member_count(self) -> int:
        return self.sources.count if self.sources is not None else len(self.draft.sources)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The working state as taken on the UI thread: own fields encoded, member entries shared (never changed)."""

    draft_id: str
    own: bytes
    sources: tuple[SourceEntry, ...]
    sources_generation: int
    sources_saved: bool


def recovery_path(draft: Draft) -> Path:
    """One recovery file per draft, named by its id, so two open drafts never overwrite each other."""
    return recovery_dir() / f"{draft.draft_id}{SUFFIX}"


def side_files(draft_id: str) -> list[Path]:
    """The side files of a draft's members now on disk (two only for an instant, while one replaces the other)."""
    folder = recovery_dir()
    return sorted(folder.glob(f"{draft_id}.*{SOURCES_SUFFIX}")) if folder.is_dir() else []


def take_snapshot(draft: Draft, original_path: str | Path | None, sources_generation: int = 0,
                  sources_saved: bool = False) -> Snapshot:
    """A consistent snapshot, cheap whatever the number of members: they are referenced, not encoded.

    `sources_saved` says the members are those of the file at `original_path`; `sources_generation`
    changes whenever they change, so that the side file is written once per change.
    """
    data = draft_to_json(draft, with_sources=False)
    payload = {"format": RECOVERY_FORMAT, "original_path": None if original_path is None else str(original_path),
               "written_at": now_iso(), "draft": data}
    own = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Snapshot(draft.draft_id, own, tuple(draft.sources), sources_generation,
                    sources_saved and original_path is not None)


class RecoveryWriter:
    """Writes snapshots of one open draft (on a worker thread), each member contribution at most once per change.

    A side file is named by the fingerprint of what it holds, and the one it replaces is removed only
    once the recovery file refers to the new one: a crash at any instant leaves a recovery file whose
    members can be found.
    """

    def __init__(self) -> None:
        self._fingerprints: dict[int, str] = {}
        self._side_file: Path | None = None

    def reset(self) -> None:
        """Another draft, or this one's files discarded: nothing written before can be relied on."""
        self._fingerprints.clear()
        self._side_file = None

    def write(self, snapshot: Snapshot) -> Path:
        ref: dict[str, Any] | None = None
        side: Path | None = None
        if snapshot.sources:
            generation = snapshot.sources_generation
            fingerprint = self._fingerprints.get(generation)
            if fingerprint is None:
                fingerprint = self._fingerprints[generation] = sources_fingerprint(snapshot.sources)
            if not snapshot.sources_saved:
                side = recovery_dir() / f"{snapshot.draft_id}.{fingerprint[:16]}{SOURCES_SUFFIX}"
                if side != self._side_file or not side.exists():
                    side.parent.mkdir(parents=True, exist_ok=True)
                    write_atomic(side, object_with_lines({"format": SOURCES_FORMAT, "fingerprint": fingerprint},
                                                         [entry.line for entry in snapshot.sources]), private=True)
            ref = {"count": len(snapshot.sources), "fingerprint": fingerprint,
                   "file": None if side is None else side.name}
        path = recovery_dir() / f"{snapshot.draft_id}{SUFFIX}"
        data = snapshot.own[:-1] + b',"sources":' + json.dumps(ref).encode("ascii") + b"}"
        write_recovery_bytes(path, data)
        if self._side_file is not None and self._side_file != side:
            self._side_file.unlink(missing_ok=True)
        self._side_file = side
        return path


def write_recovery_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data, private=True)


def write_recovery(draft: Draft, original_path: str | Path | None, sources_saved: bool = False) -> Path:
    return RecoveryWriter().write(take_snapshot(draft, original_path, 0, sources_saved))


def discard_recovery(draft: Draft) -> None:
    """A clean close or a save: the recovery file has served its purpose."""
    recovery_path(draft).unlink(missing_ok=True)
    for side in side_files(draft.draft_id):
        side.unlink(missing_ok=True)


def _sources_ref(value: Any, path: Path) -> SourcesRef | None:
    if value is None:
        return None
    side = value.get("file") if isinstance(value, dict) else None
    if not (isinstance(value, dict) and isinstance(value.get("count"), int)
            and isinstance(value.get("fingerprint"), str)
            # A bare name in the recovery folder, nothing that points elsewhere.
            and (side is None or (isinstance(side, str) and side and Path(side).name == side))):
        raise DraftError("fichier de récupération incomplet (champ « sources »)", path)
    return SourcesRef(value["count"], value["fingerprint"], value.get("file"))


def read_recovery(path: Path) -> Recovery:
    raw = parse_json_bytes(path.read_bytes(), str(path))
    if not isinstance(raw, dict) or raw.get("format") != RECOVERY_FORMAT:
        raise DraftError("ce n’est pas un fichier de récupération dpi-consult", path)
    original = raw.get("original_path")
    written_at = raw.get("written_at")
    if not isinstance(written_at, str) or not (original is None or isinstance(original, str)):
        raise DraftError("fichier de récupération incomplet", path)
    return Recovery(path, draft_from_json(raw.get("draft"), str(path)), original, written_at,
                    _sources_ref(raw.get("sources"), path))


def sources_fingerprint(sources: Iterable[SourceEntry]) -> str:
    """What identifies the members of a draft, in memory and in the file they were saved to."""
    return lines_fingerprint(entry.line for entry in sources)


def recovered_sources(recovery: Recovery) -> tuple[list[SourceEntry], str | None]:
    """The members of a recovered draft, and a note when they are not the ones the crashed session had.

    Raises DraftError when they cannot be found: the recovery file must then be kept, not restored
    without them.
    """
    ref = recovery.sources
    if ref is None:
        return recovery.draft.sources, None
    if ref.side_file is not None:
        side = recovery.path.parent / ref.side_file
        try:
            raw = side.read_bytes()
        except OSError as exc:
            raise DraftError(f"contributions des membres introuvables ({exc.strerror or exc})", side) from None
        data, lines = parse_with_lines(raw, str(side))
        ours = isinstance(data, dict) and data.get("format") == SOURCES_FORMAT
        if not ours or lines is None or lines_fingerprint(lines) != ref.fingerprint:
            raise DraftError("contributions des membres incomplètes ou altérées", side)
        return sources_from_json(data["sources"], Check(str(side)), lines), None
    if recovery.original_path is None:
        raise DraftError("fichier de récupération incomplet (contributions des membres sans fichier)", recovery.path)
    from dpi_consult.draft.files import read_draft

    sources = read_draft(recovery.original_path).sources
    if sources_fingerprint(sources) != ref.fingerprint:
        return sources, (f"{Path(recovery.original_path).name} : les contributions des membres ont changé dans le "
                         "fichier depuis la session interrompue ; celles du fichier sont reprises")
    return sources, None


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
