"""Helpers shared by the command-line commands."""

from __future__ import annotations

import getpass
from pathlib import Path

from dpi_consult.errors import InputError
from dpi_consult.settings import load_settings


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
