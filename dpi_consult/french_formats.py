"""Dates, numbers and counts as a French reader writes them: « 1er décembre 2026 », « 4 351 », « 2 fichiers »."""

from __future__ import annotations

from datetime import date

NBSP = "\u00a0"
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")


def french_number(number: int) -> str:
    """1 234 567 with non-breaking spaces, as French writes thousands."""
    return f"{number:,}".replace(",", NBSP)


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """« 0 fichier », « 1 fichier », « 3 fichiers »: French puts 0 and 1 in the singular, never « fichier(s) »."""
    return f"{french_number(count)} {singular if count <= 1 else plural or singular + 's'}"


def french_date(day: date) -> str:
    """29 novembre 2026; 1er décembre 2026."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"


def iso_date_problem(text: str) -> str | None:
    """Why `text` is not an ISO date (YYYY-MM-DD), or None."""
    try:
        if len(text) != 10:
            raise ValueError
        date.fromisoformat(text)
    except ValueError:
        return f"« {text} » n’est pas une date au format AAAA-MM-JJ"
    return None


def french_iso_date(text: str) -> str:
    """"2026-06-15" as "15 juin 2026"; the text as it is when it is not an ISO date."""
    if iso_date_problem(text):
        return text
    return french_date(date.fromisoformat(text))


def french_moment(iso: str) -> str:
    """« 5 décembre 2026 à 09:40 », in this computer's time zone, from the UTC times files record; a time that
    cannot be read is shown as it is."""
    from datetime import UTC, datetime

    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return f"{french_date(local.date())} à {local:%H:%M}"
