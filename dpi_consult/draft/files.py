"""Reading and writing .dpic files: size and encoding checks, JSON parsing, atomic save."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dpi_consult.atomic import write_atomic
from dpi_consult.draft import DRAFT_SUFFIX
from dpi_consult.draft.codec import draft_from_json, draft_to_json
from dpi_consult.draft.model import Draft, now_iso
from dpi_consult.errors import DraftError
from dpi_consult.limits import COLLECTIVE_DRAFT_MAX_BYTES, MEMBER_DRAFT_MAX_BYTES, describe_bytes

__all__ = ["DRAFT_SUFFIX", "draft_bytes", "parse_draft_bytes", "read_draft", "save_draft"]


def parse_draft_bytes(raw: bytes, origin: str) -> Any:
    """The JSON value in a .dpic file's bytes; BOM accepted, every other oddity refused in one line."""
    if not raw.strip():
        raise DraftError("le fichier est vide", origin)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise DraftError(f"le fichier contient des octets nuls (position {nul}) : "
                         "ce n’est pas un brouillon dpi-consult", origin)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DraftError(f"le fichier n’est pas en UTF-8 (octet invalide à la position {exc.start})",
                         origin) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        stripped = text.strip()
        if exc.pos >= len(stripped) or (stripped.startswith("{") and not stripped.endswith("}")):
            raise DraftError("le fichier est tronqué (fin inattendue du JSON)", origin) from None
        raise DraftError(f"JSON invalide ligne {exc.lineno}, colonne {exc.colno} : {exc.msg}", origin) from None
    except RecursionError:
        raise DraftError("JSON imbriqué trop profondément", origin) from None


def read_draft(path: str | Path) -> Draft:
    """Load and validate a .dpic file; any problem raises DraftError naming the file."""
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
    # Member lines are kept as read, so that saving does not encode them again.
    from dpi_consult.collective.storage import parse_with_source_lines

    if size > MEMBER_DRAFT_MAX_BYTES:
        # Only a collective draft (one that holds member contributions) may be this large.
        too_big = DraftError(f"fichier de {describe_bytes(size)} : un brouillon ne peut dépasser "
                             f"{describe_bytes(MEMBER_DRAFT_MAX_BYTES)}", origin)
        try:
            draft = draft_from_json(parse_with_source_lines(raw, origin), origin)
        except DraftError:
            raise too_big from None
        if not draft.is_collective:
            raise too_big
        return draft
    return draft_from_json(parse_with_source_lines(raw, origin), origin)


def draft_bytes(draft: Draft) -> bytes:
    """The bytes of a .dpic file: indented UTF-8 JSON, readable and diffable."""
    if draft.sources:
        # Member contributions go one compact line each: indenting hundreds of them is slow and big.
        from dpi_consult.collective.storage import collective_bytes

        return collective_bytes(draft)
    return (json.dumps(draft_to_json(draft), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def save_draft(draft: Draft, path: str | Path, author: str) -> None:
    """Record a revision for every changed field, then write the file atomically."""
    previous_saved_at = draft.saved_at
    draft.saved_at = now_iso()
    draft.record_revisions(author, draft.saved_at)
    try:
        write_atomic(path, draft_bytes(draft))
    except OSError as exc:
        draft.saved_at = previous_saved_at
        raise DraftError(f"enregistrement impossible ({exc.strerror or exc})", path) from None
