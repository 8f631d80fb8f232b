"""Reading and writing .dpic files: size limits by kind, validation, atomic save."""

from __future__ import annotations

import json
from pathlib import Path

from dpi_consult.atomic import write_atomic
from dpi_consult.draft import DRAFT_SUFFIX
from dpi_consult.draft.codec import draft_from_json, draft_to_json
from dpi_consult.draft.consolidation import sync_all
from dpi_consult.draft.layout import object_with_lines, parse_with_lines
from dpi_consult.draft.model import Draft, now_iso
from dpi_consult.draft.stamp import FileChanged, FileStamp, file_changed
from dpi_consult.draft.validation import Check
from dpi_consult.draft.versions import versions_from_json
from dpi_consult.errors import DraftError
from dpi_consult.limits import COLLECTIVE_DRAFT_MAX_BYTES, MEMBER_DRAFT_MAX_BYTES, describe_bytes

__all__ = ["DRAFT_SUFFIX", "draft_bytes", "draft_from_bytes", "read_draft", "read_draft_stamped", "save_draft",
           "write_draft"]


def max_bytes(draft: Draft) -> int:
    """The largest file a draft may be: only a collective (one that holds members' contributions) may be large."""
    return COLLECTIVE_DRAFT_MAX_BYTES if draft.is_collective else MEMBER_DRAFT_MAX_BYTES


def draft_from_bytes(raw: bytes, origin: str) -> Draft:
    """A draft from a .dpic file's bytes, member lines kept as read; any problem raises DraftError."""
    data, lines = parse_with_lines(raw, origin)
    return draft_from_json(data, origin, lines)


def read_draft(path: str | Path) -> Draft:
    """Load and validate a .dpic file; any problem raises DraftError naming the file."""
    return read_draft_stamped(path)[0]


def read_draft_stamped(path: str | Path) -> tuple[Draft, FileStamp]:
    """read_draft, with the stamp of the very bytes read: what a later save compares the file with."""
    path = Path(path)
    origin = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DraftError("c’est un dossier, pas un fichier .dpic", origin)
        if size > COLLECTIVE_DRAFT_MAX_BYTES:
            raise DraftError(f"fichier de {describe_bytes(size)} : un brouillon collectif ne peut dépasser "
                             f"{describe_bytes(COLLECTIVE_DRAFT_MAX_BYTES)}", origin)
        raw = path.read_bytes()
    except OSError as exc:
        raise DraftError(f"lecture impossible ({exc.strerror or exc})", origin) from None
    stamp = FileStamp.of(path, raw)
    if size <= MEMBER_DRAFT_MAX_BYTES:
        return draft_from_bytes(raw, origin), stamp
    too_big = DraftError(f"fichier de {describe_bytes(size)} : un brouillon ne peut dépasser "
                         f"{describe_bytes(MEMBER_DRAFT_MAX_BYTES)}", origin)
    try:
        draft = draft_from_bytes(raw, origin)
    except DraftError:
        raise too_big from None
    if not draft.is_collective:
        raise too_big
    return draft, stamp


def draft_bytes(draft: Draft) -> bytes:
    """The bytes of a .dpic file (draft.layout): indented UTF-8 JSON, one compact line per member."""
    if not draft.sources:
        return (json.dumps(draft_to_json(draft), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return object_with_lines(draft_to_json(draft, with_sources=False), [entry.line for entry in draft.sources])


def within_read_limits(draft: Draft, path: str | Path) -> None:
    """What the reader would refuse (limits.py) is refused before writing, naming the field: the app never
    writes a file it cannot open again."""
    check = Check(str(path))
    check.values(draft.identity, "identity")
    check.values(draft.answers, "answers")
    check.texts(draft.notes, "notes")
    check.fields(draft.history, "history")
    # A version pointing at a revision the history lacks would make the file unreadable.
    versions_from_json([version.to_json() for version in draft.versions], draft.history, check)
    if draft.kit is not None:
        check.texts(draft.kit.guidance, "kit.guidance")
        check.values(draft.kit.proposals, "kit.proposals")


def write_draft(draft: Draft, path: str | Path) -> FileStamp:
    """Write the draft as it is, atomically, refused when it would exceed its kind's size limit or a field's."""
    within_read_limits(draft, path)
    data = draft_bytes(draft)
    limit = max_bytes(draft)
    if len(data) > limit:
        kind = "le brouillon collectif" if draft.is_collective else "le brouillon"
        raise DraftError(f"{kind} ferait {describe_bytes(len(data))}, au-delà de la limite de "
                         f"{describe_bytes(limit)}", path)
    try:
        write_atomic(path, data)
        return FileStamp.of(path, data)
    except OSError as exc:
        raise DraftError(f"enregistrement impossible ({exc.strerror or exc})", path) from None


def save_draft(draft: Draft, path: str | Path, author: str, expected: FileStamp | None = None) -> FileStamp:
    """Save a draft of any kind: consolidation aligned with the answers, a revision per changed field, atomic write.

    With `expected`, the stamp of the file as last read or written here, the save is refused (FileChanged,
    nothing recorded) when someone else has saved the file since: a colleague on a shared drive, a
    synchronised folder. Returns the stamp of the file written.
    """
    if expected is not None and file_changed(path, expected):
        raise FileChanged(path)
    # Paragraph records carry their text so that provenance can follow edits made anywhere.
    sync_all(draft)
    previous_saved_at = draft.saved_at
    draft.saved_at = now_iso()
    draft.record_revisions(author, draft.saved_at)
    try:
        return write_draft(draft, path)
    except DraftError:
        draft.saved_at = previous_saved_at
        raise
