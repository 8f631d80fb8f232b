"""What a draft file was when it was opened or saved, to tell whether someone else has saved it since."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dpi_consult.errors import DraftError
from dpi_consult.french_formats import french_date


@dataclass(frozen=True, slots=True)
class FileStamp:
    """Size, modification time and SHA-256 of a file's bytes as this window last read or wrote them."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: str | Path, data: bytes) -> FileStamp:
        """The stamp of `data`, just read from or written to `path`."""
        return cls(len(data), os.stat(path).st_mtime_ns, hashlib.sha256(data).hexdigest())


def file_changed(path: str | Path, stamp: FileStamp) -> bool:
    """Whether the file's content is no longer the one stamped.

    A file touched without a change (a synchronisation client rewriting the same bytes) is unchanged; a
    change of content keeping the size and the time is still seen, by the hash. A file gone is unchanged:
    saving it back overwrites nobody's work.
    """
    try:
        if os.stat(path).st_size != stamp.size:
            return True
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise DraftError(f"lecture impossible ({exc.strerror or exc})", path) from None
    return hashlib.sha256(data).hexdigest() != stamp.sha256


# The stamp of a file this window never read: every existing file differs from it, so the next save asks first.
UNKNOWN_FILE = FileStamp(-1, 0, "")


def stamp_for_recovered(path: str | Path, saved_at: str | None) -> FileStamp | None:
    """For a draft restored after a crash: the file's stamp if it is still the save the draft was read from.

    When someone has saved the file since (its save time differs), UNKNOWN_FILE: the restored text is not
    written over theirs without a question. None when the file is gone.
    """
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return UNKNOWN_FILE
    saved = last_save_of(raw)
    if saved is None or saved[1] != saved_at:
        return UNKNOWN_FILE
    return FileStamp.of(path, raw)


def last_save(path: str | Path) -> tuple[str, str] | None:
    """(who, when) of the file's last save, as its history tells, or None when it does not say."""
    try:
        return last_save_of(Path(path).read_bytes())
    except OSError:
        return None


def last_save_of(raw: bytes) -> tuple[str, str] | None:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("saved_at"), str):
        return None
    saved_at = data["saved_at"]
    authors = []
    history = data.get("history")
    # The last revision of each field that this save changed names who made the save.
    for revisions in history.values() if isinstance(history, dict) else ():
        head = revisions[-1] if isinstance(revisions, list) and revisions else None
        if isinstance(head, dict) and head.get("time") == saved_at:
            author = head.get("author")
            if isinstance(author, str) and author and author not in authors:
                authors.append(author)
    return ", ".join(authors), saved_at


class FileChanged(DraftError):
    """The file on disk is no longer the one the draft was read from: saving would erase someone's work."""

    def __init__(self, path: str | Path) -> None:
        self.saved_by: tuple[str, str] | None = last_save(path)
        detail = "le fichier a été modifié depuis son ouverture"
        if self.saved_by is not None:
            who, when = self.saved_by
            detail += f" (enregistré{' par ' + who if who else ''} le {describe_time(when)})"
        super().__init__(f"{detail} : enregistrement refusé pour ne pas effacer ces modifications", path)


def describe_time(iso: str) -> str:
    """"2026-12-04T14:32:00Z" as the reader's local time, « 4 décembre 2026 à 15:32 »; else as it is."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    return f"{french_date(moment.date())} à {moment:%H:%M}"
