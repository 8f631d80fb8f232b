"""Draft to and from the JSON object of a .dpic file, validating every field on the way in."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

from dpi_consult import __version__
from dpi_consult.draft.conflicts import conflicts_from_json
from dpi_consult.draft.consolidation import consolidation_from_json
from dpi_consult.draft.history import FieldHistory, Revision
from dpi_consult.draft.kit import decisions_from_json, kit_from_json
from dpi_consult.draft.member import sources_from_json
from dpi_consult.draft.model import Draft, DraftKind, FormRef, SheetStatus, now_iso
from dpi_consult.draft.themes import themes_from_json
from dpi_consult.draft.validation import Check, json_type
from dpi_consult.draft.versions import versions_from_json
from dpi_consult.errors import DraftError

FORMAT_NAME = "dpi-consult-draft"
FORMAT_VERSION = 1
# Minor 1 added the optional top-level fields `kind`, `kit_id` and `annex_naming`; minor 2 `consolidation`,
# the kind "kit" and the optional `kit` and `proposal_decisions`; minor 3 the members' answers handled per
# question (`consolidation.<question>.handled`); minor 4 the open merge conflicts (`conflicts`) and the
# named versions (`versions`); minor 5 a collective's themes per question (`themes`).
FORMAT_MINOR = 5

_KNOWN_KEYS = {
    "format", "format_version", "format_minor", "app_version", "created_at", "saved_at", "form",
    "draft_id", "identity", "answers", "statuses", "notes", "history", "sources",
    "kind", "kit_id", "annex_naming", "consolidation", "kit", "proposal_decisions", "conflicts",
    "versions", "themes",
}
_FORM_KEYS = {"id", "version", "toml", "sha256"}

# Migrations from an older major version to the next: MIGRATIONS[n] turns a version-n object
# into a version-(n+1) object. Version 1 is the first, so none exist yet; each later major
# version adds its step here along with a fixture file in tests/fixtures/.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


def migrate(data: dict[str, Any], origin: str, migrations: dict[int, Migration] | None = None,
            target: int = FORMAT_VERSION) -> dict[str, Any]:
    """Bring an older object up to `target`, in memory; the file is rewritten only on save."""
    steps = MIGRATIONS if migrations is None else migrations
    version = data["format_version"]
    while version < target:
        step = steps.get(version)
        if step is None:
            raise DraftError(f"format_version {version} : aucune migration connue vers la version {version + 1}",
                             origin)
        data = step(data)
        version += 1
        data["format_version"] = version
    return data


def draft_from_json(data: Any, origin: str, source_lines: list[bytes] | None = None) -> Draft:
    """Validate a parsed .dpic object and build the draft; the first problem raises DraftError.

    `source_lines` are the member entries' lines as read (draft.layout), kept for the next save.
    """
    check = Check(origin)
    if not isinstance(data, dict):
        raise DraftError(f"ce n’est pas un brouillon dpi-consult (objet JSON attendu, trouvé {json_type(data)})",
                         origin)
    if data.get("format") != FORMAT_NAME:
        raise DraftError(f"ce n’est pas un brouillon dpi-consult (champ « format » ≠ « {FORMAT_NAME} »)", origin)
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise check.fail("format_version", "un entier positif était attendu")
    if version > FORMAT_VERSION:
        raise DraftError(f"format_version {version} est plus récent que celui que cette version de "
                         f"dpi-consult sait lire ({FORMAT_VERSION}) : mettez l’application à jour", origin)
    data = migrate(dict(data), origin)
    minor = data.get("format_minor", 0)
    if isinstance(minor, bool) or not isinstance(minor, int) or minor < 0:
        raise check.fail("format_minor", "un entier positif ou nul était attendu")

    form = check.obj(data.get("form"), "form")
    form_ref = FormRef(check.text(form.get("id"), "form.id"), check.text(form.get("version"), "form.version"))
    if "toml" in form or "sha256" in form:
        form_ref.embedded_toml = check.text(form.get("toml"), "form.toml")
        form_ref.embedded_sha256 = check.text(form.get("sha256"), "form.sha256")
    form_ref.extra = check.unknown(form, _FORM_KEYS, "form")

    draft_id = check.text(data.get("draft_id"), "draft_id")
    try:
        uuid.UUID(draft_id)
    except ValueError:
        raise check.fail("draft_id", f"identifiant UUID invalide « {draft_id[:40]} »") from None

    statuses: dict[str, SheetStatus] = {}
    allowed = [s.value for s in SheetStatus]
    for key, value in check.fields(data.get("statuses", {}), "statuses").items():
        statuses[key] = SheetStatus(check.choice(value, f"statuses.{key}", allowed, "statut inconnu"))

    history: dict[str, FieldHistory] = {}
    for key, revisions in check.fields(data.get("history", {}), "history").items():
        where = f"history.{key}"
        if not isinstance(revisions, list):
            raise check.fail(where, "une liste de révisions était attendue")
        history[key] = FieldHistory([_revision(check, rev, f"{where}[{i}]") for i, rev in enumerate(revisions)])

    # Format 1.1 fields; absent in older files, where they take their defaults.
    kind = data.get("kind")
    kind = DraftKind.DRAFT if kind is None else check.nonempty_text(kind, "kind")
    # A kind written by a newer version stays its text (and such a file is neither collected nor opened as a kit).
    kind = DraftKind(kind) if kind in {k.value for k in DraftKind} else kind
    # Format 1.2 fields.
    kit = None
    if data.get("kit") is not None:
        kit = kit_from_json(data["kit"], check)
    elif kind == DraftKind.KIT:
        raise check.fail("kit", "un kit doit contenir l’objet « kit » (consignes, propositions, fédération)")
    decisions = data.get("proposal_decisions")
    created_at = data.get("created_at", "")
    return Draft(
        form_ref=form_ref,
        draft_id=draft_id,
        identity=check.values(data.get("identity", {}), "identity"),
        answers=check.values(data.get("answers", {}), "answers"),
        statuses=statuses,
        notes=check.texts(data.get("notes", {}), "notes"),
        history=history,
        sources=sources_from_json(data.get("sources", []), check, source_lines),
        created_at=check.text(created_at, "created_at") if created_at else now_iso(),
        saved_at=check.optional_text(data.get("saved_at"), "saved_at"),
        app_version=check.text(data.get("app_version", ""), "app_version"),
        kind=kind,
        kit_id=check.optional_text(data.get("kit_id"), "kit_id"),
        annex_naming=check.optional_boolean(data.get("annex_naming"), "annex_naming"),
        consolidation=consolidation_from_json(data.get("consolidation", {}), check),
        kit=kit,
        proposal_decisions={} if decisions is None else decisions_from_json(decisions, check),
        conflicts=conflicts_from_json(data.get("conflicts", {}), history, check),
        versions=versions_from_json(data.get("versions", []), history, check),
        themes=themes_from_json(data.get("themes", {}), check),
        extra=check.unknown(data, _KNOWN_KEYS, ""),
        format_minor_read=minor,
    )


def _revision(check: Check, raw: Any, path: str) -> Revision:
    table = check.obj(raw, path)
    for key in ("id", "author", "time"):
        if key not in table:
            raise check.fail(f"{path}.{key}", "champ obligatoire absent")
    parents = table.get("parents", [])
    if not isinstance(parents, list) or len(parents) > 2 or not all(isinstance(p, str) for p in parents):
        raise check.fail(f"{path}.parents", "une liste d’au plus deux identifiants était attendue")
    deleted = table.get("deleted", False)
    if deleted is True:
        text = None
    elif deleted is False:
        text = check.text(table.get("text"), f"{path}.text")
    else:
        raise check.fail(f"{path}.deleted", "true ou false était attendu")
    return Revision(check.text(table["id"], f"{path}.id"), tuple(parents),
                    check.text(table["author"], f"{path}.author"), check.text(table["time"], f"{path}.time"), text)


def draft_to_json(draft: Draft, with_sources: bool = True) -> dict[str, Any]:
    """The JSON object written to a .dpic file; unknown fields read from a newer minor come back out.

    Without sources, "sources" is empty: the members' lines are written as they are (draft.layout).
    """
    form: dict[str, Any] = {"id": draft.form_ref.id, "version": draft.form_ref.version}
    if draft.form_ref.embedded_toml is not None:
        form["toml"] = draft.form_ref.embedded_toml
        form["sha256"] = draft.form_ref.embedded_sha256
    form.update(draft.form_ref.extra)
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        # A file from a newer minor keeps its number so that its extra fields stay meaningful.
        "format_minor": max(FORMAT_MINOR, draft.format_minor_read),
        "app_version": __version__,
        "created_at": draft.created_at,
        "saved_at": draft.saved_at,
        "form": form,
        "draft_id": draft.draft_id,
        "kind": draft.kind,
        "kit_id": draft.kit_id,
        "annex_naming": draft.annex_naming,
        "identity": draft.identity,
        "answers": draft.answers,
        "statuses": {k: v.value for k, v in draft.statuses.items()},
        "notes": draft.notes,
        "history": {key: [_revision_json(r) for r in h.revisions] for key, h in draft.history.items()},
        # Each member as its stored line says, which is what the file holds (draft.layout).
        "sources": [json.loads(entry.line) for entry in draft.sources] if with_sources else [],
    }
    if draft.consolidation:
        # Only collectives have it: member drafts keep the bytes they had before format 1.2.
        data["consolidation"] = {key: work.to_json() for key, work in draft.consolidation.items()}
    # Written only when present, so that drafts that have nothing to do with a kit read as before.
    if draft.kit is not None:
        data["kit"] = draft.kit.to_json()
    if draft.proposal_decisions:
        data["proposal_decisions"] = draft.proposal_decisions
    if draft.conflicts:
        data["conflicts"] = {key: conflict.to_json() for key, conflict in draft.conflicts.items()}
    if draft.versions:
        data["versions"] = [version.to_json() for version in draft.versions]
    if draft.themes:
        data["themes"] = {key: themes.to_json() for key, themes in draft.themes.items()}
    data.update(draft.extra)
    return data


def _revision_json(revision: Revision) -> dict[str, Any]:
    out: dict[str, Any] = {"id": revision.id, "parents": list(revision.parents), "author": revision.author,
                           "time": revision.time}
    if revision.text is None:
        out["deleted"] = True
    else:
        out["text"] = revision.text
    return out
