"""`dpi-consult blank`: write the blank Word questionnaire for members without the app."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpi_consult.cli.common import require_new_output, require_suffix
from dpi_consult.errors import InputError
from dpi_consult.form.registry import resolve_form


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("blank", help="écrit le questionnaire Word vierge à faire remplir sans l’application")
    parser.add_argument("-o", "--output", required=True, metavar="QUESTIONNAIRE.docx", help="fichier à créer")
    parser.add_argument("--form", metavar="ID_OU_CHEMIN", help="formulaire fourni ou fichier .toml")
    parser.add_argument("--template", metavar="MODELE.docx",
                        help="modèle Word (.docx ou .dotx, par exemple le papier à en-tête de la fédération)")
    parser.add_argument("--force", action="store_true", help="remplace un fichier existant")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    require_suffix(out, ".docx", "le questionnaire")
    require_new_output(out, args.force)
    # python-docx is imported here, not at module level: every other command starts faster.
    from dpi_consult.questionnaire.blank_writer import write_blank

    form = resolve_form(args.form)
    try:
        write_blank(form, out, args.template)
    except OSError as exc:
        raise InputError(f"écriture impossible ({exc.strerror or exc})", out) from None
    print(f"{out} : questionnaire vierge du formulaire {form.id} version {form.version} "
          f"({len(form.questions)} questions)")
    return 0
