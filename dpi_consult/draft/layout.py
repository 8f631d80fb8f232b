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
import re
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


# An escaped surrogate: what a lone one needs to exist at all (UTF-8 bytes cannot hold one).
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Refused(ValueError):
    """JSON that Python reads but that is not JSON, or not one value per key: NaN, Infinity, a key twice."""


def _refuse_constant(name: str) -> Any:
    raise _Refused(f"valeur {name} (pas du JSON)")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Refused("clé en double")
    return result


def _strict_loads(text: str | bytes) -> Any:
    """json.loads, refusing NaN, Infinity and duplicate keys: a later key silently winning is how a file
    says « format_version 99 » and is read as version 1."""
    return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)


def _path_of_duplicate(text: str | bytes) -> str:
    """Where the first key given twice is, as « a > b > clé »: found again without the hook that stopped."""
    def walk(node: Any, where: list[str]) -> str | None:
        if isinstance(node, list) and node and all(isinstance(pair, tuple) for pair in node):
            seen: set[str] = set()
            for key, value in node:
                if key in seen:
                    return " > ".join([*where, key])
                seen.add(key)
                found = walk(value, [*where, key])
                if found:
                    return found
        elif isinstance(node, list):
            for index, item in enumerate(node):
                found = walk(item, [*where, str(index)])
                if found:
                    return found
        return None

    return walk(json.loads(text, object_pairs_hook=list), []) or "?"


def _lone_surrogate_path(node: Any, where: tuple[str, ...] = ()) -> str | None:
    """The field holding half of a character (\\ud800 alone), which no file can encode back."""
    if isinstance(node, str):
        return " > ".join(where) or "(valeur)" if _SURROGATE.search(node) else None
    if isinstance(node, dict):
        items: Iterable[tuple[str, Any]] = node.items()
    elif isinstance(node, list):
        items = ((str(index), item) for index, item in enumerate(node))
    else:
        return None
    for key, value in items:
        if _SURROGATE.search(key):
            return " > ".join((*where, "(clé)"))
        found = _lone_surrogate_path(value, (*where, key))
        if found:
            return found
    return None


def _checked_text(data: Any, raw: bytes, origin: str) -> Any:
    if _SURROGATE_ESCAPE.search(raw):
        where = _lone_surrogate_path(data)
        if where is not None:
            raise DraftError(f"caractère invalide (moitié de caractère \\uD800–\\uDFFF) dans le champ « {where} »",
                             origin)
    return data


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
        return _checked_text(_strict_loads(text), raw, origin)
    except _Refused as exc:
        where = _path_of_duplicate(text) if str(exc) == "clé en double" else None
        raise DraftError(f"clé « {where} » en double" if where else str(exc), origin) from None
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
        data = _strict_loads(raw[:start] + _PLACEHOLDER.encode("ascii") + raw[end + len(_CLOSE):])
        lines = raw[start + len(_OPEN):end].split(_SEPARATOR)
        entries = [_strict_loads(line) for line in lines]
    except (ValueError, RecursionError):
        # Including UnicodeDecodeError: the whole parse names the problem and where it is.
        return parse_json_bytes(raw, origin), None
    if not isinstance(data, dict) or data.get("sources") != []:
        return parse_json_bytes(raw, origin), None
    data["sources"] = entries
    return _checked_text(data, raw, origin), lines
