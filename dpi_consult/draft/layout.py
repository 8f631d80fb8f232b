"""The bytes of a .dpic file: indented UTF-8 JSON, with each member contribution on one compact line.

Indenting hundreds of members' answers would double the file and take the pure-Python encoder (json only
uses its C encoder without indentation) several seconds; one line per member stays diffable member by
member. Member lines escape non-ASCII characters ("\\u00e9" for "é"): the C encoder writes ASCII output
about twice as fast, which is 7 % of a 1,000-member collection; the draft's own fields, the part people
read and edit, stay plain UTF-8. Each line is kept as read and written back unchanged on the next save.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from dpi_consult.errors import DraftError

# Top-level keys sit at indent 1 and a JSON string never holds a raw newline, so this text occurs
# exactly once in the indented dump: where the empty placeholder list stands.
_PLACEHOLDER = '\n "sources": []'
_OPEN = b'\n "sources": [\n  '
_SEPARATOR = b",\n  "
_CLOSE = b"\n ]"


def object_with_lines(data: dict[str, Any], lines: Sequence[bytes]) -> bytes:
    """`data` indented (UTF-8), its "sources" made of `lines`, one compact entry each."""
    data = {**data, "sources": []}
    head = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if not lines:
        return head.encode("utf-8")
    before, after = head.split(_PLACEHOLDER)
    return b"".join((before.encode("utf-8"), _OPEN, _SEPARATOR.join(lines), _CLOSE, after.encode("utf-8")))


def lines_fingerprint(lines: Iterable[bytes]) -> str:
    """SHA-256 of the entries' lines: the same for the members in memory and those in the file they were read from."""
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line)
        digest.update(b"\n")
    return digest.hexdigest()


def parse_json_bytes(raw: bytes, origin: str) -> Any:
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


def parse_with_lines(raw: bytes, origin: str) -> tuple[Any, list[bytes] | None]:
    """The JSON value, and each entry's line of `sources` when the file is laid out as object_with_lines writes it.

    Any other layout (a file edited by hand, indented by another tool) is parsed whole, with the same
    messages, and gives no lines: its entries are then encoded at the next save.
    """
    start = raw.find(_OPEN)
    end = raw.find(_CLOSE, start + len(_OPEN)) if start >= 0 else -1
    if end < 0:
        return parse_json_bytes(raw, origin), None
    try:
        data = json.loads(raw[:start] + _PLACEHOLDER.encode("ascii") + raw[end + len(_CLOSE):])
        lines = raw[start + len(_OPEN):end].split(_SEPARATOR)
        entries = [json.loads(line) for line in lines]
    except (ValueError, RecursionError):
        # Including UnicodeDecodeError: the whole parse names the problem and where it is.
        return parse_json_bytes(raw, origin), None
    if not isinstance(data, dict) or data.get("sources") != []:
        return parse_json_bytes(raw, origin), None
    data["sources"] = entries
    return data, lines
