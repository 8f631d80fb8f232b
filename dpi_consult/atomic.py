"""Atomic file replacement: a crash at any instant leaves the old file or the new one, never a mix."""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
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


# mkstemp's names: "." + the target's name + "." + eight random characters + ".tmp".
_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")
# A temporary file this old belongs to a write that was killed (no running write takes an hour).
STALE_SECONDS = 3600


def write_atomic(path: str | Path, data: bytes, private: bool = False) -> None:
    """Write to a temporary file in the same folder, fsync it, then replace the target.

    `private` files (recovery copies, preferences, caches) are readable by the user only, in a folder that
    is too; other files keep the mode of the file they replace, or follow the umask when new.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if private and os.name == "posix":
        os.chmod(folder, 0o700)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), 0o600 if private else _mode_for(path))
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
    remove_stale_temporaries(folder)


def remove_stale_temporaries(folder: Path) -> None:
    """Our temporary files left by a write that was killed, older than an hour: nothing else removes them."""
    limit = time.time() - STALE_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if _TEMPORARY.match(entry.name) and entry.is_file() and entry.stat().st_mtime < limit:
                os.unlink(entry.path)
        except OSError:
            continue  # another process's file, or gone already: not ours to insist on


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
