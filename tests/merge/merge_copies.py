"""Copies of one saved draft edited apart by colleagues, as files, for the merge tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.files import save_draft
from dpi_consult.draft.model import Draft, SheetStatus
from dpi_consult.form.model import Form
from dpi_consult.form.registry import bundled_form

LONG = "fiche-06.traces-r6113-9-2"
OTHER_LONG = "fiche-01.difficultes"
CHOICE = "fiche-06.clarte"
BASE_TEXT = ("Les journaux de sécurité suffisent six mois.\n\n"
             "L’historique des soins suit le dossier.\n\n"
             "Le coût de stockage reste à chiffrer.")


def base_file(folder: Path) -> Path:
    form = bundled_form()
    draft = Draft.new(form, "Centre hospitalier de Vannes")
    draft.set_value(form, LONG, BASE_TEXT)
    draft.set_value(form, CHOICE, "plutot-oui")
    draft.set_value(form, "identification.type", "etablissement-public")
    draft.set_note("fiche-06", "À relire.")
    path = folder / "base.dpic"
    save_draft(draft, path, "Coordinatrice")
    return path


def copy_edited(base: Path, name: str, author: str, edit: Callable[[Form, Draft], None]) -> Path:
    """A copy of the base file (or the file itself, under its own name), changed by `edit` and saved by `author`."""
    path = base.parent / name
    if path != base:
        shutil.copy(base, path)
    draft, binding = open_draft(path)
    edit(binding.form, draft)
    save_draft(draft, path, author)
    return path


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def replace_paragraph(text: str, index: int, new: str) -> str:
    parts = paragraphs(text)
    parts[index] = new
    return "\n\n".join(parts)


def set_status(section: str, status: SheetStatus) -> Callable[[Form, Draft], None]:
    return lambda _form, draft: draft.set_status(section, status)
