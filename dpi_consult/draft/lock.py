"""A lock file beside an open draft, saying who has it open, on which machine, since when, and still alive."""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dpi_consult.atomic import write_atomic
from dpi_consult.errors import DraftError

LOCK_FORMAT = "dpi-consult-lock"
# "~$" as Office names its own lock files, so colleagues recognise it; ".lock" so that nothing takes it for
# a draft (collecting a folder reads .dpic and .docx files only).
LOCK_PREFIX = "~$"
LOCK_SUFFIX = ".lock"
HEARTBEAT_INTERVAL = timedelta(minutes=10)
# A lock whose owner has shown no sign of life for this long was left by a machine that went away.
STALE_AFTER = timedelta(hours=12)


def lock_path(path: str | Path) -> Path:
    """`contribution.dpic` → `~$contribution.dpic.lock`, in the same folder."""
    path = Path(path)
    return path.with_name(f"{LOCK_PREFIX}{path.name}{LOCK_SUFFIX}")


def this_machine() -> str:
    return socket.gethostname()


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class LockInfo:
    """What a lock file says: who opened the draft, where, since when, and the owner's last sign of life."""

    user: str
    machine: str
    pid: int
    started_at: str
    heartbeat_at: str

    def is_mine(self) -> bool:
        return self.machine == this_machine() and self.pid == os.getpid()

    def to_json(self) -> dict[str, object]:
        return {"format": LOCK_FORMAT, "user": self.user, "machine": self.machine, "pid": self.pid,
                "started_at": self.started_at, "heartbeat_at": self.heartbeat_at}

    def stale_reason(self, now: datetime | None = None) -> str | None:
        """Why the owner is certainly gone, in words for the person about to break the lock; None if it may be alive."""
        if self.machine == this_machine() and not process_alive(self.pid):
            return "l’application qui l’a ouvert sur cet ordinateur n’est plus en marche"
        heartbeat = _parse_time(self.heartbeat_at)
        if heartbeat is None:
            return "le verrou ne dit pas quand son propriétaire s’est manifesté pour la dernière fois"
        idle = (now or _now()) - heartbeat
        if idle > STALE_AFTER:
            return f"aucun signe de vie depuis {int(idle.total_seconds() // 3600)} heures"
        return None


class LockHeld(DraftError):
    """Someone else has the draft open; `info` says who, or is None when the lock file cannot be read."""

    def __init__(self, path: str | Path, info: LockInfo | None) -> None:
        self.info = info
        who = f"{info.user or 'un utilisateur'} sur {info.machine}" if info else "un utilisateur inconnu"
        super().__init__(f"déjà ouvert par {who}", path)


def _parse_time(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _windows_process_alive(pid: int) -> bool:
    # os.kill(pid, 0) on Windows would send Ctrl+C to the process group: ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def read_lock(path: str | Path) -> LockInfo | None:
    """The lock of the draft at `path`; None when there is none. A lock that cannot be read says nobody."""
    try:
        raw = lock_path(path).read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo("", "", 0, "", "")
    try:
        data = json.loads(raw)
        fields = (data["user"], data["machine"], data["pid"], data["started_at"], data["heartbeat_at"])
    except (ValueError, TypeError, KeyError, RecursionError):
        return LockInfo("", "", 0, "", "")
    if not (all(isinstance(f, str) for f in (*fields[:2], *fields[3:])) and isinstance(fields[2], int)):
        return LockInfo("", "", 0, "", "")
    return LockInfo(*fields)


def acquire_lock(path: str | Path, user: str) -> LockInfo:
    """Take the lock of the draft at `path`; LockHeld when someone (this app in another window too) has it.

    Created exclusively: of two colleagues opening the file at the same instant, one gets the lock.
    """
    target = lock_path(path)
    now = _iso(_now())
    info = LockInfo(user, this_machine(), os.getpid(), now, now)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        held = read_lock(path)
        if held is not None and held.is_mine():
            return held
        raise LockHeld(path, held) from None
    except OSError as exc:
        raise DraftError(f"verrou impossible à poser ({exc.strerror or exc})", target) from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(info.to_json(), handle, ensure_ascii=False)
    return info


def refresh_lock(path: str | Path, lock: LockInfo) -> LockInfo | None:
    """A sign of life in our lock; None (and nothing written) when the lock is no longer ours."""
    current = read_lock(path)
    if current is None or not current.is_mine():
        return None
    fresh = replace(lock, heartbeat_at=_iso(_now()))
    try:
        write_atomic(lock_path(path), json.dumps(fresh.to_json(), ensure_ascii=False).encode("utf-8"))
    except OSError:
        return lock  # an unreachable share: the next heartbeat tries again
    return fresh


def release_lock(path: str | Path) -> None:
    """Remove our lock; someone else's stays."""
    current = read_lock(path)
    if current is not None and current.is_mine():
        lock_path(path).unlink(missing_ok=True)


def break_lock(path: str | Path, seen: LockInfo | None) -> None:
    """Remove a lock the user agreed to break, unless it changed since they were shown it."""
    if read_lock(path) == seen:
        lock_path(path).unlink(missing_ok=True)
