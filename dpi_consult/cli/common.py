"""Helpers shared by the command-line commands."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dpi_consult.errors import InputError
from dpi_consult.settings import load_settings

if TYPE_CHECKING:
    from dpi_consult.draft.model import Draft
    from dpi_consult.form.model import Form


def current_author() -> str:
    """The name recorded on revisions: the user's name from the preferences, else the login name."""
    name = load_settings().user_name.strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "inconnu"


def require_suffix(out: Path, suffix: str, subject: str) -> None:
    """`subject` names the file in the message: "le brouillon", "le questionnaire", "l’export"."""
    if out.suffix.lower() != suffix:
        raise InputError(f"{subject} doit avoir l’extension {suffix}", out)


def require_new_output(out: Path, force: bool) -> None:
    """The file to write must not exist (unless --force) and its folder must."""
    if out.exists() and not force:
        raise InputError("le fichier existe déjà (--force pour le remplacer)", out)
    if str(out.parent) and not out.parent.is_dir():
        raise InputError("le dossier n’existe pas", out.parent)


def warn_personal_data(form: Form, draft: Draft, out: Path) -> None:
    """Print on stderr what looks like personal data in the answers written to `out`.

    Warnings only: the exit code stays 0, since an address or a number in an opinion is often meant
    (a functional contact, a regulation's article), and scripts should not fail on a guess.
    """
    from dpi_consult.personal_data import scan_draft

    findings = scan_draft(form, draft)
    for finding in findings:
        print(f"dpi-consult : attention, donnée personnelle possible dans {out} : {finding.line()}", file=sys.stderr)
