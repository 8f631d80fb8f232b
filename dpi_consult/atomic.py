"""Atomic file replacement: a crash at any instant leaves the old file or the new one, never a mix."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def _current_umask() -> int:
    # Read once at import, while no other thread can create files in between the two calls.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or what a plain open() would give a new file (mkstemp gives 0600)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_UMASK


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync it, then replace the target."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), _mode_for(path))
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    # The rename itself is durable only once the folder entry is on disk (POSIX); Windows has no
    # directory handles to sync, and replace is already durable there.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
