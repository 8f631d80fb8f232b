"""Writing member kits: one generic kit and, with a members list, one kit per member with its identity."""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from dpi_consult.draft.files import DRAFT_SUFFIX, write_draft
from dpi_consult.draft.ids import new_draft_id
from dpi_consult.draft.kit import Kit, KitMember
from dpi_consult.draft.model import Draft, DraftKind, now_iso
from dpi_consult.draft.values import Value, is_empty
from dpi_consult.errors import InputError
from dpi_consult.form.identification import EMAIL, FINESS, ORGANISATION
from dpi_consult.form.model import OPINION_SECTION_KINDS, Form

_NAME_MAX = 60


@dataclass(frozen=True, slots=True)
class KitFile:
    path: Path
    member: KitMember | None  # None for the generic kit


def default_kit(collective: Draft) -> Kit:
    """New kit settings for a collective, its identity as the federation contact; not stored in the draft."""
    email = collective.identity.get(EMAIL)
    return Kit(new_draft_id(), collective.organisation, email if isinstance(email, str) else "")


def ensure_kit(collective: Draft) -> Kit:
    """The collective's kit settings, created on first use.

    The kit id is made once and kept: kits prepared again later (a new deadline, more members) keep
    matching the contributions sent back from earlier ones.
    """
    if collective.kit is None:
        collective.kit = default_kit(collective)
    return collective.kit


def proposals_from_answers(form: Form, draft: Draft) -> dict[str, Value]:
    """The draft's current answers to the sheets and general remarks, to send as proposed answers."""
    proposals: dict[str, Value] = {}
    for section in form.sections:
        if section.kind in OPINION_SECTION_KINDS:
            for question in section.questions:
                value = draft.answers.get(question.id)
                if not is_empty(value):
                    proposals[question.id] = copy.deepcopy(value)  # type: ignore[arg-type]
    return proposals


def kit_draft(collective: Draft, kit: Kit, member: KitMember | None = None) -> Draft:
    """A kit file's draft: the form, the kit without the members list, and the member's identity if any.

    Never the collective's answers, sources, notes, statuses or history.
    """
    identity: dict[str, Value] = {}
    if member is not None:
        for key, value in ((ORGANISATION, member.name), (FINESS, member.finess), (EMAIL, member.email)):
            if value.strip():
                identity[key] = value.strip()
    now = now_iso()
    return Draft(form_ref=copy.deepcopy(collective.form_ref), identity=identity, created_at=now, saved_at=now,
                 kind=DraftKind.KIT, kit_id=kit.id, kit=kit.without_members())


def safe_stem(name: str) -> str:
    """A file name part from an organisation name: ASCII letters, digits and hyphens."""
    # Apostrophes separate words (« d’Alès » gives d-ales), they do not glue them together.
    ascii_name = unicodedata.normalize("NFKD", re.sub(r"[’']", " ", name)).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").lower()
    return stem[:_NAME_MAX].rstrip("-")


def kit_files(kit: Kit, out_dir: Path, federation: str) -> list[KitFile]:
    """Where each kit goes: kit-<federation>.dpic, then kit-<member>.dpic, made unique with -2, -3…"""
    taken: set[str] = set()

    def unique(stem: str) -> Path:
        candidate, number = stem, 2
        while candidate.casefold() in taken:
            candidate = f"{stem}-{number}"
            number += 1
        taken.add(candidate.casefold())
        return out_dir / f"{candidate}{DRAFT_SUFFIX}"

    files = [KitFile(unique(f"kit-{safe_stem(federation) or 'federation'}"), None)]
    for member in kit.members:
        files.append(KitFile(unique(f"kit-{safe_stem(member.name) or 'membre'}"), member))
    return files


def existing_kit_files(collective: Draft, out_dir: str | Path) -> list[Path]:
    """The kit files that writing the collective's kits into `out_dir` would replace."""
    kit = ensure_kit(collective)
    return [item.path for item in kit_files(kit, Path(out_dir), kit.federation_name or collective.organisation)
            if item.path.exists()]


def write_kits(collective: Draft, out_dir: str | Path, force: bool = False) -> list[KitFile]:
    """Write the generic kit and one kit per expected member of the collective's kit into `out_dir`.

    The folder is created when its parent exists. Nothing is written when one of the files exists
    already (unless `force`); each file is written atomically.
    """
    kit = ensure_kit(collective)
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise InputError("ce n’est pas un dossier", folder)
    if not folder.exists():
        if not folder.parent.is_dir():
            raise InputError("le dossier parent n’existe pas", folder)
        try:
            folder.mkdir()
        except OSError as exc:
            raise InputError(f"création du dossier impossible ({exc.strerror or exc})", folder) from None
    files = kit_files(kit, folder, kit.federation_name or collective.organisation)
    if not force:
        for item in files:
            if item.path.exists():
                raise InputError("le fichier existe déjà (--force pour remplacer les kits)", item.path)
    for item in files:
        write_draft(kit_draft(collective, kit, item.member), item.path)
    return files
