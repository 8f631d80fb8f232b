"""The one validator of .dpic content: every field read through it, every problem said the same way."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dpi_consult.draft.values import Value, is_value
from dpi_consult.errors import DraftError
from dpi_consult.french_formats import french_number
from dpi_consult.limits import CHOICES_MAX, FIELDS_MAX, JSON_MAX_DEPTH, TEXT_MAX_CHARS


def json_type(value: Any) -> str:
    """How a coordinator reads the type of a JSON value found where another was expected."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "un booléen"
    if isinstance(value, int | float):
        return "un nombre"
    if isinstance(value, str):
        return "une chaîne"
    if isinstance(value, list):
        return "une liste"
    return "un objet"


def join_path(path: str, key: str | int) -> str:
    """`identity` + `x` gives `identity.x`; an index gives `sources[3]`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class Check:
    """Reads a parsed .dpic value field by field; the first problem raises DraftError naming the file and the field.

    Paths are written as a person finds them in the file: `sources[3].answers.fiche-01.q1`.
    """

    __slots__ = ("origin",)

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, path: str, message: str) -> DraftError:
        return DraftError(f"champ « {path} » : {message}", self.origin)

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, f"un objet JSON était attendu, trouvé {json_type(value)}")
        return value

    def array(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(path, f"une liste était attendue, trouvé {json_type(value)}")
        return value

    def text(self, value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise self.fail(path, f"une chaîne était attendue, trouvé {json_type(value)}")
        return value

    def optional_text(self, value: Any, path: str) -> str | None:
        return None if value is None else self.text(value, path)

    def nonempty_text(self, value: Any, path: str, message: str = "une chaîne non vide était attendue") -> str:
        text = self.text(value, path)
        if not text.strip():
            raise self.fail(path, message)
        return text

    def boolean(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(path, f"true ou false était attendu, trouvé {json_type(value)}")
        return value

    def optional_boolean(self, value: Any, path: str) -> bool | None:
        if value is not None and not isinstance(value, bool):
            raise self.fail(path, f"true, false ou null était attendu, trouvé {json_type(value)}")
        return value

    def value(self, value: Any, path: str) -> Value:
        if not is_value(value):
            raise self.fail(path, f"une chaîne, un entier ou une liste de chaînes était attendu, "
                                  f"trouvé {json_type(value)}")
        return value

    def values(self, raw: Any, path: str) -> dict[str, Value]:
        """An object of answers keyed by question id, within the limits of limits.py."""
        table = self.fields(raw, path)
        for key, value in table.items():
            if not is_value(value):  # the field's path is spelled out only for the message
                self.value(value, join_path(path, key))
            size = len(value) if isinstance(value, str | list) else 0
            if size > (CHOICES_MAX if isinstance(value, list) else TEXT_MAX_CHARS):
                self._too_long(value, join_path(path, key))
        return table

    def texts(self, raw: Any, path: str) -> dict[str, str]:
        """An object of texts keyed by id (notes, guidance), within the limits of limits.py."""
        table = self.fields(raw, path)
        for key, value in table.items():
            if not isinstance(value, str):
                self.text(value, join_path(path, key))
            if len(value) > TEXT_MAX_CHARS:
                self._too_long(value, join_path(path, key))
        return table

    def fields(self, raw: Any, path: str) -> dict[str, Any]:
        table = self.obj(raw, path)
        if len(table) > FIELDS_MAX:
            raise self.fail(path, f"{french_number(len(table))} champs, au-delà de la limite de "
                                  f"{french_number(FIELDS_MAX)}")
        return table

    def _too_long(self, value: str | list, path: str) -> None:
        if isinstance(value, list):
            raise self.fail(path, f"{french_number(len(value))} choix, au-delà de la limite de "
                                  f"{french_number(CHOICES_MAX)}")
        raise self.fail(path, f"texte de {french_number(len(value))} caractères, au-delà de la limite de "
                              f"{french_number(TEXT_MAX_CHARS)}")

    def choice(self, value: Any, path: str, allowed: Iterable[str], unknown: str = "valeur inconnue") -> str:
        allowed = tuple(allowed)
        if value not in allowed:
            raise self.fail(path, f"{unknown} {value!r} (attendu : {', '.join(allowed)})")
        return value

    def unknown(self, table: dict[str, Any], known: Iterable[str], path: str) -> dict[str, Any]:
        """The fields a newer version wrote, to be kept and written back; refused when nested absurdly deep.

        Known fields have fixed shapes; only these are free, and writing them back must not exhaust the
        recursion limit of the JSON encoder.
        """
        known = frozenset(known)
        extra = {key: value for key, value in table.items() if key not in known}
        for key, value in extra.items():
            if _depth_exceeds(value, JSON_MAX_DEPTH):
                raise self.fail(join_path(path, key), f"imbrication de plus de {JSON_MAX_DEPTH} niveaux")
        return extra


def _depth_exceeds(value: Any, limit: int) -> bool:
    """True when `value` nests objects or lists more than `limit` levels deep (iterative: no recursion to exhaust)."""
    stack = [(value, 1)]
    while stack:
        current, depth = stack.pop()
        if isinstance(current, dict):
            children: Iterable[Any] = current.values()
        elif isinstance(current, list):
            children = current
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False
