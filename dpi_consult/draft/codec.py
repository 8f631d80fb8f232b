"""Draft to and from the JSON object of a .dpic file, validating every field on the way in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dpi_consult import __version__
from dpi_consult.draft.history import FieldHistory, Revision
from dpi_consult.draft.model import DRAFT_KIND_DRAFT, DRAFT_KIND_KIT, Draft, FormRef, SheetStatus, now_iso
from dpi_consult.draft.values import Value, is_value
from dpi_consult.errors import DraftError

FORMAT_NAME = "dpi-consult-draft"
FORMAT_VERSION = 1
# Minor 1 added the optional top-level fields `kind`, `kit_id` and `annex_naming`; minor 2 `consolidation`,
# the kind "kit" and the optional `kit` and `proposal_decisions`.
FORMAT_MINOR = 2

_KNOWN_KEYS = {
    "format", "format_version", "format_minor", "app_version", "created_at", "saved_at", "form",
    "draft_id", "identity", "answers", "statuses", "notes", "history", "sources",
    "kind", "kit_id", "annex_naming", "consolidation", "kit", "proposal_decisions",
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


class _Reader:
    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, path: str, message: str) -> DraftError:
        return DraftError(f"champ « {path} » : {message}", self.origin)

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, f"un objet JSON était attendu, trouvé {_json_type(value)}")
        return value

    def text(self, value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise self.fail(path, f"une chaîne était attendue, trouvé {_json_type(value)}")
        return value

    def values(self, raw: Any, path: str) -> dict[str, Value]:
        table = self.obj(raw, path)
        for key, value in table.items():
            if not is_value(value):
                raise self.fail(f"{path}.{key}",
                                f"une chaîne, un entier ou une liste de chaînes était attendu, "
                                f"trouvé {_json_type(value)}")
        return table

    def revision(self, raw: Any, path: str) -> Revision:
        table = self.obj(raw, path)
        for key in ("id", "author", "time"):
            if key not in table:
                raise self.fail(f"{path}.{key}", "champ obligatoire absent")
        parents = table.get("parents", [])
        if not isinstance(parents, list) or len(parents) > 2 or not all(isinstance(p, str) for p in parents):
            raise self.fail(f"{path}.parents", "une liste d’au plus deux identifiants était attendue")
        deleted = table.get("deleted", False)
        if deleted is True:
            text = None
        elif deleted is False:
            text = self.text(table.get("text"), f"{path}.text")
        else:
            raise self.fail(f"{path}.deleted", "true ou false était attendu")
        return Revision(self.text(table["id"], f"{path}.id"), tuple(parents),
                        self.text(table["author"], f"{path}.author"),
                        self.text(table["time"], f"{path}.time"), text)


def _json_type(value: Any) -> str:
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


def draft_from_json(data: Any, origin: str) -> Draft:
    """Validate a parsed .dpic object and build the draft; the first problem raises DraftError."""
    r = _Reader(origin)
    if not isinstance(data, dict):
        raise DraftError(f"ce n’est pas un brouillon dpi-consult (objet JSON attendu, trouvé {_json_type(data)})",
                         origin)
    if data.get("format") != FORMAT_NAME:
        raise DraftError(f"ce n’est pas un brouillon dpi-consult (champ « format » ≠ « {FORMAT_NAME} »)", origin)
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise r.fail("format_version", "un entier positif était attendu")
    if version > FORMAT_VERSION:
        raise DraftError(f"format_version {version} est plus récent que celui que cette version de "
                         f"dpi-consult sait lire ({FORMAT_VERSION}) : mettez l’application à jour", origin)
    data = migrate(dict(data), origin)
    minor = data.get("format_minor", 0)
    if isinstance(minor, bool) or not isinstance(minor, int) or minor < 0:
        raise r.fail("format_minor", "un entier positif ou nul était attendu")

    form = r.obj(data.get("form"), "form")
    form_ref = FormRef(r.text(form.get("id"), "form.id"), r.text(form.get("version"), "form.version"))
    if "toml" in form or "sha256" in form:
        form_ref.embedded_toml = r.text(form.get("toml"), "form.toml")
        form_ref.embedded_sha256 = r.text(form.get("sha256"), "form.sha256")
    form_ref.extra = {k: v for k, v in form.items() if k not in _FORM_KEYS}

    draft_id = r.text(data.get("draft_id"), "draft_id")
    import uuid  # only when reading a draft: importing it pulls in `platform`, costly at start-up

    try:
        uuid.UUID(draft_id)
    except ValueError:
        raise r.fail("draft_id", f"identifiant UUID invalide « {draft_id[:40]} »") from None

    statuses: dict[str, SheetStatus] = {}
    for key, value in r.obj(data.get("statuses", {}), "statuses").items():
        try:
            statuses[key] = SheetStatus(value)
        except ValueError:
            allowed = ", ".join(s.value for s in SheetStatus)
            raise r.fail(f"statuses.{key}", f"statut inconnu {value!r} (attendu : {allowed})") from None

    notes = r.obj(data.get("notes", {}), "notes")
    for key, value in notes.items():
        r.text(value, f"notes.{key}")

    history: dict[str, FieldHistory] = {}
    for key, revisions in r.obj(data.get("history", {}), "history").items():
        if not isinstance(revisions, list):
            raise r.fail(f"history.{key}", "une liste de révisions était attendue")
        history[key] = FieldHistory([r.revision(rev, f"history.{key}[{i}]") for i, rev in enumerate(revisions)])

    sources = data.get("sources", [])
    if not isinstance(sources, list):
        raise r.fail("sources", "une liste était attendue")
    # Format 1.1 fields; absent in older files, where they take their defaults.
    kind = data.get("kind")
    if kind is None:
        kind = DRAFT_KIND_DRAFT
    elif not r.text(kind, "kind"):
        raise r.fail("kind", "une chaîne non vide était attendue")
    kit_id = data.get("kit_id")
    if kit_id is not None:
        r.text(kit_id, "kit_id")
    annex_naming = data.get("annex_naming")
    if annex_naming is not None and not isinstance(annex_naming, bool):
        raise r.fail("annex_naming", f"true, false ou null était attendu, trouvé {_json_type(annex_naming)}")
    consolidation = data.get("consolidation", {})
    if consolidation:
        from dpi_consult.collective.consolidation import validate_consolidation

        validate_consolidation(consolidation, origin)
    elif not isinstance(consolidation, dict):
        raise r.fail("consolidation", "un objet JSON était attendu")
    # Format 1.2 fields; the kit codec (and the datetime it needs) is loaded only for files that have them.
    kit = None
    if data.get("kit") is not None:
        from dpi_consult.kit.codec import kit_from_json

        kit = kit_from_json(data["kit"], origin)
    elif kind == DRAFT_KIND_KIT:
        raise r.fail("kit", "un kit doit contenir l’objet « kit » (consignes, propositions, fédération)")
    decisions: dict[str, str] = {}
    if data.get("proposal_decisions") is not None:
        from dpi_consult.kit.codec import decisions_from_json

        decisions = decisions_from_json(data["proposal_decisions"], origin)
    app_version = data.get("app_version", "")
    created_at = data.get("created_at", "")
    saved_at = data.get("saved_at")
    return Draft(
        form_ref=form_ref,
        draft_id=draft_id,
        identity=r.values(data.get("identity", {}), "identity"),
        answers=r.values(data.get("answers", {}), "answers"),
        statuses=statuses,
        notes=notes,
        history=history,
        sources=sources,
        created_at=r.text(created_at, "created_at") if created_at else now_iso(),
        saved_at=None if saved_at is None else r.text(saved_at, "saved_at"),
        app_version=r.text(app_version, "app_version"),
        kind=kind,
        kit_id=kit_id,
        annex_naming=annex_naming,
        consolidation=consolidation,
        kit=kit,
        proposal_decisions=decisions,
        extra={k: v for k, v in data.items() if k not in _KNOWN_KEYS},
        format_minor_read=minor,
    )


def draft_to_json(draft: Draft) -> dict[str, Any]:
    """The JSON object written to a .dpic file; unknown fields read from a newer minor come back out."""
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
        "sources": draft.sources,
    }
    if draft.consolidation:
        # Only collectives have it: member drafts keep the bytes they had before format 1.2.
        data["consolidation"] = draft.consolidation
    # Written only when present, so that drafts that have nothing to do with a kit read as before.
    if draft.kit is not None:
        data["kit"] = draft.kit.to_json()
    if draft.proposal_decisions:
        data["proposal_decisions"] = draft.proposal_decisions
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
