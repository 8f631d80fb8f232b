"""Named versions as the .dpic keeps them: for each field, the revision it had when the version was saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dpi_consult.draft.validation import Check, join_path
from dpi_consult.french_formats import french_number
from dpi_consult.limits import VERSION_NAME_MAX_CHARS

if TYPE_CHECKING:
    from dpi_consult.draft.history import FieldHistory

_KNOWN_KEYS = {"id", "name", "author", "time", "heads"}


@dataclass(frozen=True, slots=True)
class SavedVersion:
    """A state of the draft someone named (format 1.4). `heads` maps each field that had a value then (history
    key) to the id of its revision at that moment: the texts stay in the history, so fifty versions of a long
    draft cost fifty lists of ids, not fifty copies of the text, and merging keeps them meaningful."""

    id: str
    name: str
    author: str
    time: str
    heads: dict[str, str]
    # Fields of a version written by a newer minor version of the format, written back as they were.
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def __hash__(self) -> int:
        # One id per version: hashable by it, so a window can key its list by version (heads is a dict).
        return hash(self.id)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "author": self.author, "time": self.time,
                "heads": dict(self.heads), **self.extra}


def versions_from_json(raw: Any, history: dict[str, FieldHistory], check: Check) -> list[SavedVersion]:
    """Validate the `versions` list: each head must be a revision, not a deletion, of that field's history."""
    # One set of ids per field, built once: a draft with fifty versions checks thousands of heads.
    known: dict[str, dict[str, bool]] = {}
    result: list[SavedVersion] = []
    taken: set[str] = set()
    for index, entry in enumerate(check.array(raw, "versions")):
        where = f"versions[{index}]"
        table = check.obj(entry, where)
        for key in ("id", "name", "author", "time", "heads"):
            if key not in table:
                raise check.fail(f"{where}.{key}", "champ obligatoire absent")
        version_id = check.nonempty_text(table["id"], f"{where}.id")
        if version_id in taken:
            raise check.fail(f"{where}.id", f"identifiant « {version_id[:40]} » déjà pris par une autre version")
        taken.add(version_id)
        name = check.nonempty_text(table["name"], f"{where}.name", "le nom de la version est vide")
        if len(name) > VERSION_NAME_MAX_CHARS:
            raise check.fail(f"{where}.name", f"nom de {french_number(len(name))} caractères, au-delà de la "
                                              f"limite de {french_number(VERSION_NAME_MAX_CHARS)}")
        heads: dict[str, str] = {}
        for key, revision_id in check.fields(table["heads"], f"{where}.heads").items():
            path = join_path(f"{where}.heads", key)
            revision_id = check.text(revision_id, path)
            if key not in known:
                known[key] = {r.id: r.deleted for r in history[key].revisions} if key in history else {}
            deleted = known[key].get(revision_id)
            if deleted is None:
                raise check.fail(path, f"révision « {revision_id[:40]} » absente de l’historique du champ")
            if deleted:
                raise check.fail(path, f"la révision « {revision_id[:40]} » est une suppression, pas une valeur")
            heads[key] = revision_id
        result.append(SavedVersion(version_id, name, check.text(table["author"], f"{where}.author"),
                                   check.text(table["time"], f"{where}.time"), heads,
                                   check.unknown(table, _KNOWN_KEYS, where)))
    return result


def united_versions(mine: list[SavedVersion], theirs: list[SavedVersion]) -> list[SavedVersion]:
    """The versions of two copies of a draft being merged: each version once (by id, mine when both have it),
    oldest first, ties by id, so that A with B and B with A list the same. Their heads stay valid because a
    merge keeps every revision of both histories."""
    by_id = {version.id: version for version in theirs}
    by_id.update({version.id: version for version in mine})
    return sorted(by_id.values(), key=lambda version: (version.time, version.id))
