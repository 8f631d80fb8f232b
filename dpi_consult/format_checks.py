"""Checks of short-text formats (FINESS number, e-mail), shared by the command line and the GUI."""

from __future__ import annotations

import re

_FINESS = re.compile(r"^(\d{2}|2A|2B)\d{7}$")
# Deliberately simple: one @, a dot in the domain, no spaces. Stricter RFC parsing rejects
# addresses people really use and catches no more typos.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def finess_problem(value: str) -> str | None:
    """Why a FINESS number is malformed, or None.

    Format only: 9 characters, a department code (two digits, or 2A/2B for Corsica) then digits.
    The check key is not verified: no public source available to the project confirms its algorithm.
    """
    cleaned = value.strip().upper()
    if len(cleaned) != 9:
        return f"un numéro FINESS a 9 caractères (ici {len(cleaned)})"
    if not _FINESS.match(cleaned):
        return "un numéro FINESS est fait de 9 chiffres (2A ou 2B en tête pour la Corse)"
    return None


def email_problem(value: str) -> str | None:
    """Why an e-mail address is malformed, or None."""
    if not _EMAIL.match(value.strip()):
        return "adresse électronique invalide (forme attendue : nom@domaine.fr)"
    return None


FORMAT_CHECKS = {"finess": finess_problem, "email": email_problem}
