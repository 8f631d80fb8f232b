"""A collective draft on disk: readable top level, one compact line per member, each line kept for the next save."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from dpi_consult.atomic import write_atomic
from dpi_consult.draft.codec import draft_to_json
from dpi_consult.draft.files import parse_draft_bytes
from dpi_consult.draft.model import Draft, now_iso
from dpi_consult.errors import DraftError
from dpi_consult.limits import COLLECTIVE_DRAFT_MAX_BYTES, describe_bytes

# Top-level keys sit at indent 1 and a JSON string never holds a raw newline, so this text occurs
# exactly once in the indented dump: where the empty placeholder list stands.
_PLACEHOLDER = '\n "sources": []'
_OPEN = b'\n "sources": [\n  '
_SEPARATOR = b",\n  "
_CLOSE = b"\n ]"
_ENCODE = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), check_circular=False).encode


class StoredEntry(dict):
    """An entry of `sources` with its compact JSON line, written back as it is on every save.

    Member contributions are fixed once imported, so the line encoded at collection (or read from the
    file) stays true and saving never encodes hundreds of members again. A change made through the
    dict's own methods drops the line, and the entry is then encoded afresh; nested values (answers)
    are never changed in place.
    """

    __slots__ = ("line",)

    def __init__(self, data: dict[str, Any], line: bytes | None = None) -> None:
        super().__init__(data)
        self.line = line

    def __setitem__(self, key: str, value: Any) -> None:
        self.line = None
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.line = None
        super().__delitem__(key)

    def __ior__(self, other: Any) -> StoredEntry:
        self.line = None
        return super().__ior__(other)

    def pop(self, *args: Any) -> Any:
        self.line = None
        return super().pop(*args)

    def popitem(self) -> tuple[str, Any]:
        self.line = None
        return super().popitem()

    def clear(self) -> None:
        self.line = None
        super().clear()

    def update(self, *args: Any, **kwargs: Any) -> None:
        self.line = None
        super().update(*args, **kwargs)

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self.line = None
        return super().setdefault(key, default)


def stored(entry: dict[str, Any]) -> StoredEntry:
    """A new entry encoded once, now (collection runs off the UI thread), for every later save."""
    return StoredEntry(entry, _ENCODE(entry).encode("ascii"))


def entry_line(entry: Any) -> bytes:
    line = entry.line if isinstance(entry, StoredEntry) else None
    return line if line is not None else _ENCODE(entry).encode("ascii")


def sources_fingerprint(sources: Iterable[Any]) -> str:
    """SHA-256 of the entries' lines: the same for the members in memory and those in the file they were read from."""
    import hashlib  # kept off the start-up path, which reads a draft given on the command line

    digest = hashlib.sha256()
    for entry in sources:
        digest.update(entry_line(entry))
        digest.update(b"\n")
    return digest.hexdigest()


def object_with_sources(data: dict[str, Any], sources: Sequence[Any]) -> bytes:
    """`data` indented (UTF-8, with an empty "sources" key) and `sources` spliced in, one compact line each."""
    data = {**data, "sources": []}
    head = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if not sources:
        return head.encode("utf-8")
    before, after = head.split(_PLACEHOLDER)
    return b"".join((before.encode("utf-8"), _OPEN, _SEPARATOR.join(entry_line(e) for e in sources), _CLOSE,
                     after.encode("utf-8")))


def collective_bytes(draft: Draft) -> bytes:
    """The .dpic bytes of a draft, with each entry of `sources` on one compact line.

    Same JSON value as draft_bytes, and the same bytes when there are no sources. Indenting
    hundreds of members' answers would double the file and take the pure-Python encoder (json
    only uses its C encoder without indentation) several seconds; one line per member stays
    diffable member by member. Member lines escape non-ASCII characters ("\\u00e9" for "é"): the C
    encoder writes ASCII output about twice as fast, which is 7 % of a 1,000-member collection;
    the collective's own fields, the part people read and edit, stay plain UTF-8.
    """
    return object_with_sources(draft_to_json(draft), draft.sources)


def parse_with_source_lines(raw: bytes, origin: str) -> Any:
    """parse_draft_bytes, keeping each entry's line when `sources` is laid out as collective_bytes writes it.

    Any other layout (a file edited by hand, indented by another tool) is parsed whole, with the
    same messages; its entries are then encoded at the next save.
    """
    start = raw.find(_OPEN)
    end = raw.find(_CLOSE, start + len(_OPEN)) if start >= 0 else -1
    if end < 0:
        return parse_draft_bytes(raw, origin)
    try:
        data = json.loads(raw[:start] + _PLACEHOLDER.encode("ascii") + raw[end + len(_CLOSE):])
        entries = []
        for line in raw[start + len(_OPEN):end].split(_SEPARATOR):
            value = json.loads(line)
            entries.append(StoredEntry(value, line) if isinstance(value, dict) else value)
    except (ValueError, RecursionError):
        # Including UnicodeDecodeError: the whole parse names the problem and where it is.
        return parse_draft_bytes(raw, origin)
    if not isinstance(data, dict) or data.get("sources") != []:
        return parse_draft_bytes(raw, origin)
    data["sources"] = entries
    return data


def save_collective(draft: Draft, path: str | Path, author: str) -> None:
    """save_draft for a collective: revisions of the collective's own fields, then an atomic write."""
    if draft.consolidation:
        from dpi_consult.collective.consolidation import sync_all

        # Paragraph records carry their text so that provenance can follow edits made anywhere.
        sync_all(draft)
    previous_saved_at = draft.saved_at
    draft.saved_at = now_iso()
    draft.record_revisions(author, draft.saved_at)
    try:
        data = collective_bytes(draft)
        if len(data) > COLLECTIVE_DRAFT_MAX_BYTES:
            raise DraftError(f"le brouillon collectif ferait {describe_bytes(len(data))}, au-delà de la limite "
                             f"de {describe_bytes(COLLECTIVE_DRAFT_MAX_BYTES)}", path)
        write_atomic(path, data)
    except OSError as exc:
        draft.saved_at = previous_saved_at
        raise DraftError(f"enregistrement impossible ({exc.strerror or exc})", path) from None
    except DraftError:
        draft.saved_at = previous_saved_at
        raise
