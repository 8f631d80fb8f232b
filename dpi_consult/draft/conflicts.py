"""Open merge conflicts as the .dpic keeps them: per field, the two revisions that disagree and their ancestor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dpi_consult.draft.validation import Check

if TYPE_CHECKING:
    from dpi_consult.draft.history import FieldHistory, Revision


@dataclass(frozen=True, slots=True)
class Conflict:
    """Both sides of a field changed the same paragraph (or the same choice) since `base` (None: no common
    revision). `sides` are revision ids of the field's history, in canonical order (author, time, id), so that
    merging A into B or B into A records the same conflict. The texts live in the history, never copied here."""

    base: str | None
    sides: tuple[str, str]

    def to_json(self) -> dict[str, Any]:
        return {"base": self.base, "sides": list(self.sides)}

    def revisions(self, history: FieldHistory) -> tuple[Revision | None, Revision, Revision]:
        index = history.by_id()
        return (index.get(self.base) if self.base else None, index[self.sides[0]], index[self.sides[1]])


def conflicts_from_json(raw: Any, history: dict[str, FieldHistory], check: Check) -> dict[str, Conflict]:
    """Validate the `conflicts` object (format 1.4): each side must be a revision of that field's history."""
    result: dict[str, Conflict] = {}
    for key, entry in check.fields(raw, "conflicts").items():
        where = f"conflicts.{key}"
        table = check.obj(entry, where)
        sides = table.get("sides")
        if not isinstance(sides, list) or len(sides) != 2 or not all(isinstance(s, str) for s in sides):
            raise check.fail(f"{where}.sides", "une liste de deux identifiants de révision était attendue")
        base = check.optional_text(table.get("base"), f"{where}.base")
        known = {r.id for r in history[key].revisions} if key in history else set()
        for revision_id in [*sides, *([base] if base else [])]:
            if revision_id not in known:
                raise check.fail(where, f"révision « {revision_id[:40]} » absente de l’historique du champ")
        result[key] = Conflict(base, (sides[0], sides[1]))
    return result
