"""A member kit's settings: federation contact, deadline, guidance, proposed answers, expected members."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dpi_consult.draft.values import Value
from dpi_consult.kit import DECISION_ADOPTED, DECISION_EDITED, DECISION_IGNORED, DECISIONS

__all__ = ["DECISIONS", "DECISION_ADOPTED", "DECISION_EDITED", "DECISION_IGNORED", "Kit", "KitMember", "french_date"]

_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre")


@dataclass(slots=True)
class KitMember:
    """A member the federation expects a contribution from."""

    name: str
    finess: str = ""
    email: str = ""

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "finess": self.finess, "email": self.email}


@dataclass(slots=True)
class Kit:
    """Held by the collective draft that prepares it, by each kit file, and (without members) by members' drafts."""

    id: str
    federation_name: str = ""
    federation_email: str = ""
    # ISO date (YYYY-MM-DD) or None.
    deadline: str | None = None
    # Markdown per question id.
    guidance: dict[str, str] = field(default_factory=dict)
    proposals: dict[str, Value] = field(default_factory=dict)
    members: list[KitMember] = field(default_factory=list)
    # Keys written by a newer version of the app: kept and written back as they were.
    extra: dict[str, Any] = field(default_factory=dict)

    def without_members(self) -> Kit:
        """What a member receives: every setting but the list of the other members."""
        return Kit(self.id, self.federation_name, self.federation_email, self.deadline, dict(self.guidance),
                   dict(self.proposals), [], dict(self.extra))

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "federation": {"name": self.federation_name, "email": self.federation_email},
            "deadline": self.deadline,
            "guidance": self.guidance,
            "proposals": self.proposals,
            "members": [m.to_json() for m in self.members],
        }
        data.update(self.extra)
        return data

    @property
    def heading(self) -> str:
        """"Kit de FHF Occitanie — à renvoyer avant le 15 juin 2026", as the member sees it."""
        text = f"Kit de {self.federation_name or 'la fédération'}"
        if self.deadline:
            text += f" — à renvoyer avant le {french_date(self.deadline)}"
        return text


def french_date(iso: str) -> str:
    """"2026-06-15" as "15 juin 2026" ("1er" for the first day); the text as it is when it is not a date."""
    try:
        year, month, day = (int(part) for part in iso.split("-"))
        month_name = _MONTHS[month - 1]
    except (ValueError, IndexError):
        return iso
    return f"{'1er' if day == 1 else day} {month_name} {year}"
