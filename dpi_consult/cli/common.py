"""Helpers shared by the command-line commands."""

from __future__ import annotations

import getpass

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
