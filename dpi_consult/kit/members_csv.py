"""Reading the list of expected members from a CSV file (UTF-8, « ; » or « , », French or English headers)."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path
from typing import Any

from dpi_consult.draft.kit import KitMember
from dpi_consult.draft.member import normalised_name
from dpi_consult.errors import InputError
from dpi_consult.format_checks import email_problem, finess_problem
from dpi_consult.french_formats import french_number
from dpi_consult.limits import KIT_MEMBERS_MAX, MEMBER_NAME_MAX_CHARS

MAX_BYTES = 5 * 1024 * 1024
# Header names compared without case, accents, spaces, hyphens or underscores.
_COLUMNS = {
    "name": ("nom", "organisation", "organisme", "etablissement", "raisonsociale", "name", "organization",
             "nomorganisation", "nomdelorganisation"),
    "finess": ("finess", "numerofiness", "nfiness", "nofiness", "finessnumber"),
    "email": ("email", "mail", "courriel", "adresseelectronique", "adressemail", "emailaddress"),
}


def _key(header: str) -> str:
    text = unicodedata.normalize("NFKD", header.casefold()).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", text)


def read_members_csv(path: str | Path) -> list[KitMember]:
    """The members listed in a CSV file; the first bad line raises InputError naming the file and the line."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError("fichier trop volumineux pour une liste de membres (5 Mo au plus)", path)
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"lecture impossible ({exc.strerror or exc})", path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"le fichier n’est pas en UTF-8 (octet invalide à la position {exc.start}) : "
                         "enregistrez-le en « CSV UTF-8 »", path) from None
    return parse_members_csv(text, str(path))


def parse_members_csv(text: str, origin: str) -> list[KitMember]:
    lines = text.splitlines()
    header_line = next((line for line in lines if line.strip()), "")
    if not header_line:
        raise InputError("le fichier est vide (attendu : une ligne d’en-tête nom ; finess ; e-mail, puis un "
                         "membre par ligne)", origin)
    sep = ";" if header_line.count(";") >= header_line.count(",") else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        return _members_of_rows(rows, sep, origin)
    except csv.Error:
        # The csv module's own words are English: a field beyond its size limit, a quote never closed.
        raise InputError(f"ligne {rows.line_num} : champ démesuré ou guillemet jamais refermé", origin) from None


def _members_of_rows(rows: Any, sep: str, origin: str) -> list[KitMember]:  # a csv reader: rows and line_num
    rows_read: list[tuple[int, str, str, str]] = []
    columns: dict[str, int] | None = None
    width = 0
    for row in rows:
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if columns is None:
            columns = _header(row, origin)
            width = len(row)
            continue
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            raise InputError(f"ligne {line} : {len(row)} colonnes pour {width} en-têtes (séparateur « {sep} » "
                             "dans un nom ? mettez-le entre guillemets)", origin)
        cells = {field: (row[index].strip() if index < len(row) else "") for field, index in columns.items()}
        rows_read.append((line, cells["name"], cells.get("finess", ""), cells.get("email", "")))
    if columns is None or not rows_read:
        raise InputError("aucun membre dans le fichier (une ligne d’en-tête, puis un membre par ligne)", origin)
    return checked_members(rows_read, origin)


def checked_members(rows: list[tuple[int, str, str, str]], origin: str) -> list[KitMember]:
    """Members from (line, name, FINESS, e-mail) rows, from a CSV file or typed in a table.

    The first bad row raises InputError naming `origin` and the line.
    """
    if len(rows) > KIT_MEMBERS_MAX:
        raise InputError(f"{french_number(len(rows))} membres : une liste en compte {french_number(KIT_MEMBERS_MAX)} "
                         "au plus (un kit est écrit par membre)", origin)
    members: list[KitMember] = []
    seen_finess: dict[str, int] = {}
    seen_names: dict[str, tuple[int, str]] = {}
    for line, raw_name, raw_finess, raw_email in rows:
        name, email = raw_name.strip(), raw_email.strip()
        if not name:
            raise InputError(f"ligne {line} : nom du membre manquant", origin)
        if len(name) > MEMBER_NAME_MAX_CHARS:
            raise InputError(f"ligne {line} : nom de {french_number(len(name))} caractères "
                             f"({MEMBER_NAME_MAX_CHARS} au plus)", origin)
        finess = raw_finess.replace(" ", "").upper()
        if finess:
            problem = finess_problem(finess)
            if problem:
                raise InputError(f"ligne {line} : FINESS « {finess} » invalide : {problem}", origin)
            if finess in seen_finess:
                raise InputError(f"ligne {line} : FINESS {finess} déjà donné ligne {seen_finess[finess]}", origin)
            seen_finess[finess] = line
        if email and email_problem(email):
            raise InputError(f"ligne {line} : adresse électronique « {email} » invalide", origin)
        # Two members may share a name (« Clinique du Parc » in two towns) only when FINESS numbers tell them apart.
        previous = seen_names.get(normalised_name(name))
        if previous is not None and not (finess and previous[1]):
            raise InputError(f"ligne {line} : membre « {name} » déjà donné ligne {previous[0]} (ajoutez les "
                             "numéros FINESS pour distinguer deux organisations du même nom)", origin)
        seen_names[normalised_name(name)] = (line, finess)
        members.append(KitMember(name, finess, email))
    return members


def _header(row: list[str], origin: str) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(row):
        key = _key(cell)
        for field, names in _COLUMNS.items():
            if key in names and field not in columns:
                columns[field] = index
    if "name" not in columns:
        raise InputError("ligne d’en-tête sans colonne « nom » (colonnes reconnues : nom ou organisation, "
                         "finess, e-mail ou courriel)", origin)
    return columns
