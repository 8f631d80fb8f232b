"""`dpi-consult themes`: what the members say about one question, grouped in themes as the window shows them."""

from __future__ import annotations

import argparse
import csv
import sys
from typing import TYPE_CHECKING

from dpi_consult.errors import InputError
from dpi_consult.french_formats import counted

if TYPE_CHECKING:
    from dpi_consult.themes.theme_views import ThemeRow

RESIDUAL_TITLES = {"others": "Autres (ne relèvent d’aucun thème)",
                   "new": "Nouvelles (collectées depuis, loin de tout thème)"}
MEMBERS_SHOWN = 12


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "themes", help="réponses des membres à une question, regroupées par thème",
        description="Affiche les thèmes des réponses des membres à une question à réponse longue : pour chacun, "
        "les termes qui le distinguent, le nombre de membres par type et par région, les passages les plus "
        "représentatifs et les membres. Les thèmes enregistrés dans le brouillon collectif (noms, fusions, "
        "déplacements) sont repris tels quels, les membres collectés depuis y sont placés ; sans thèmes "
        "enregistrés, ils sont calculés. Le fichier n’est pas modifié.")
    parser.add_argument("file", metavar="COLLECTIF.dpic")
    parser.add_argument("question", metavar="QUESTION", help="identifiant de la question (ex. fiche-06.difficultes)")
    parser.add_argument("--format", choices=("texte", "csv"), default="texte",
                        help="texte (par défaut) ou csv : une ligne par thème, séparateur « ; »")
    parser.set_defaults(run=run)


def title(row: ThemeRow) -> str:
    if row.theme.name:
        return row.theme.name
    return RESIDUAL_TITLES.get(row.theme.kind.value) or row.terms_title or "Thème sans terme distinctif"


def run(args: argparse.Namespace) -> int:
    from dpi_consult.cli.cmd_status import print_lines
    from dpi_consult.cli.common import open_collective_question
    from dpi_consult.themes.question_themes import answered, can_have_themes, find_question_themes, place_newcomers
    from dpi_consult.themes.theme_views import portraits, theme_rows

    draft, binding, question = open_collective_question(args.file, args.question)
    if not can_have_themes(question):
        raise InputError(f"la question « {args.question} » n’appelle pas de réponse rédigée : ses réponses se "
                         "comptent (dpi-consult groups), elles ne se regroupent pas par thème", args.file)
    members = draft.members
    stored = draft.themes.get(question.id)
    if stored is None:
        themes = find_question_themes(question, members)
    else:
        themes = stored.copy()
        place_newcomers(themes, question, members)
    rows = theme_rows(portraits(themes, question, members), question, binding.form)
    if args.format == "csv":
        return _print_csv(rows)
    found = sum(1 for row in rows if row.theme.kind.value == "found")
    lines = [f"{question.id} — {question.prompt}",
             f"{counted(len(answered(question, members)), 'réponse')} de {counted(len(members), 'membre')}, en "
             f"{counted(found, 'thème')}" + (" enregistrés dans le brouillon." if stored else
                                             " calculés (aucun thème enregistré pour cette question).")]
    for number, row in enumerate(rows, start=1):
        lines.append("")
        pinned = " (épinglé)" if row.theme.pinned else ""
        lines.append(f"Thème {number} : {title(row)} — {counted(len(row.members), 'membre')}{pinned}")
        if row.terms:
            lines.append("  Termes : " + ", ".join(term.word for term in row.terms))
        if row.by_type:
            lines.append("  Types : " + " ; ".join(f"{label} {count}" for label, count in row.by_type))
        if row.by_region:
            lines.append("  Régions : " + " ; ".join(f"{label} {count}" for label, count in row.by_region))
        for passage, member in row.passages:
            lines.append(f"  « {passage} » — {member.label}")
        shown = ", ".join(member.label for member in row.members[:MEMBERS_SHOWN])
        more = len(row.members) - MEMBERS_SHOWN
        lines.append(f"  Membres : {shown}" + (f" et {counted(more, 'autre')}" if more > 0 else ""))
    print_lines(lines)
    return 0


def _print_csv(rows: list[ThemeRow]) -> int:
    from dpi_consult.collective.csv_export import neutralised

    writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
    writer.writerow(["thème", "titre", "épinglé", "termes", "membres", "types", "régions", "passages",
                     "noms des membres"])
    for number, row in enumerate(rows, start=1):
        writer.writerow([
            str(number), neutralised(title(row)), "oui" if row.theme.pinned else "non",
            neutralised(", ".join(term.word for term in row.terms)), str(len(row.members)),
            neutralised(" ; ".join(f"{label} {count}" for label, count in row.by_type)),
            neutralised(" ; ".join(f"{label} {count}" for label, count in row.by_region)),
            neutralised(" | ".join(f"« {passage} » — {member.label}" for passage, member in row.passages)),
            neutralised(" ; ".join(member.label for member in row.members))])
    return 0
