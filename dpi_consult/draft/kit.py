"""A member kit as a .dpic holds it (federation, deadline, guidance, proposals, members), and the member's decisions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dpi_consult.draft.model import ProposalDecision
from dpi_consult.draft.validation import Check, join_path
from dpi_consult.draft.values import Value
from dpi_consult.french_formats import french_iso_date, iso_date_problem

_KIT_KEYS = ("id", "federation", "deadline", "guidance", "proposals", "members")
_MEMBER_KEYS = ("name", "finess", "email")


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
        """"Kit envoyé par FHF Occitanie — à renvoyer avant le 15 juin 2026", as the member sees it.

        "Kit de Fédération X" would need the article the name takes, which the name does not say.
        """
        text = f"Kit envoyé par {self.federation_name}" if self.federation_name else "Kit de votre fédération"
        if self.deadline:
            text += f" — à renvoyer avant le {french_iso_date(self.deadline)}"
        return text


def kit_from_json(raw: Any, check: Check, path: str = "kit") -> Kit:
    """Validate a `kit` object; the first problem raises DraftError naming the field."""
    data = check.obj(raw, path)
    kit_id = check.nonempty_text(data.get("id"), f"{path}.id", "un identifiant non vide était attendu")
    federation = check.obj(data.get("federation", {}), f"{path}.federation")
    name = check.text(federation.get("name", ""), f"{path}.federation.name")
    email = check.text(federation.get("email", ""), f"{path}.federation.email")
    deadline = check.optional_text(data.get("deadline"), f"{path}.deadline")
    if deadline is not None and iso_date_problem(deadline):
        raise check.fail(f"{path}.deadline", f"date AAAA-MM-JJ ou null attendue, trouvé « {deadline[:20]} »")
    guidance = check.texts(data.get("guidance", {}), f"{path}.guidance")
    proposals = check.values(data.get("proposals", {}), f"{path}.proposals")
    members = []
    for index, item in enumerate(check.array(data.get("members", []), f"{path}.members")):
        where = join_path(f"{path}.members", index)
        entry = check.obj(item, where)
        fields = [check.text(entry.get(key, ""), f"{where}.{key}") for key in _MEMBER_KEYS]
        if not fields[0].strip():
            raise check.fail(f"{where}.name", "le nom du membre est vide")
        members.append(KitMember(*fields))
    return Kit(kit_id, name, email, deadline, guidance, proposals, members, check.unknown(data, _KIT_KEYS, path))


def decisions_from_json(raw: Any, check: Check) -> dict[str, ProposalDecision]:
    """Validate `proposal_decisions`: question id to "adopted", "edited" or "ignored"."""
    table = check.obj(raw, "proposal_decisions")
    allowed = [decision.value for decision in ProposalDecision]
    return {key: ProposalDecision(check.choice(value, f"proposal_decisions.{key}", allowed, "décision inconnue"))
            for key, value in table.items()}
