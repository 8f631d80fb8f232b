"""A kit and a member's proposal decisions to and from the JSON of a .dpic file, validated field by field."""

from __future__ import annotations

from typing import Any

from dpi_consult.draft.values import Value, is_value
from dpi_consult.errors import DraftError
from dpi_consult.kit.model import DECISIONS, Kit, KitMember

_KIT_KEYS = {"id", "federation", "deadline", "guidance", "proposals", "members"}
_MEMBER_KEYS = ("name", "finess", "email")


def _fail(origin: str, path: str, message: str) -> DraftError:
    return DraftError(f"champ « {path} » : {message}", origin)


def _obj(value: Any, path: str, origin: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(origin, path, "un objet JSON était attendu")
    return value


def _text(value: Any, path: str, origin: str) -> str:
    if not isinstance(value, str):
        raise _fail(origin, path, "une chaîne était attendue")
    return value


def kit_from_json(raw: Any, origin: str, path: str = "kit") -> Kit:
    """Validate a `kit` object; the first problem raises DraftError naming the field."""
    data = _obj(raw, path, origin)
    kit_id = _text(data.get("id"), f"{path}.id", origin)
    if not kit_id.strip():
        raise _fail(origin, f"{path}.id", "un identifiant non vide était attendu")
    federation = _obj(data.get("federation", {}), f"{path}.federation", origin)
    name = _text(federation.get("name", ""), f"{path}.federation.name", origin)
    email = _text(federation.get("email", ""), f"{path}.federation.email", origin)
    deadline = data.get("deadline")
    if deadline is not None:
        deadline = _text(deadline, f"{path}.deadline", origin)
        if deadline_problem(deadline):
            raise _fail(origin, f"{path}.deadline", f"date AAAA-MM-JJ ou null attendue, trouvé « {deadline[:20]} »")
    guidance = _obj(data.get("guidance", {}), f"{path}.guidance", origin)
    for key, value in guidance.items():
        _text(value, f"{path}.guidance.{key}", origin)
    proposals: dict[str, Value] = _obj(data.get("proposals", {}), f"{path}.proposals", origin)
    for key, value in proposals.items():
        if not is_value(value):
            raise _fail(origin, f"{path}.proposals.{key}",
                        "une chaîne, un entier ou une liste de chaînes était attendu")
    raw_members = data.get("members", [])
    if not isinstance(raw_members, list):
        raise _fail(origin, f"{path}.members", "une liste était attendue")
    members = []
    for index, item in enumerate(raw_members):
        where = f"{path}.members[{index}]"
        entry = _obj(item, where, origin)
        fields = [_text(entry.get(key, ""), f"{where}.{key}", origin) for key in _MEMBER_KEYS]
        if not fields[0].strip():
            raise _fail(origin, f"{where}.name", "le nom du membre est vide")
        members.append(KitMember(*fields))
    return Kit(kit_id, name, email, deadline, guidance, proposals, members,
               {k: v for k, v in data.items() if k not in _KIT_KEYS})


def deadline_problem(text: str) -> str | None:
    """Why a deadline is not an ISO date (YYYY-MM-DD), or None."""
    from datetime import date  # only when a kit is read: datetime is kept off the window's start-up path

    try:
        if len(text) != 10:
            raise ValueError
        date.fromisoformat(text)
    except ValueError:
        return f"« {text} » n’est pas une date au format AAAA-MM-JJ"
    return None


def decisions_from_json(raw: Any, origin: str) -> dict[str, str]:
    """Validate `proposal_decisions`: question id to "adopted", "edited" or "ignored"."""
    table = _obj(raw, "proposal_decisions", origin)
    for key, value in table.items():
        if value not in DECISIONS:
            raise _fail(origin, f"proposal_decisions.{key}",
                        f"décision inconnue {value!r} (attendu : {', '.join(DECISIONS)})")
    return table
