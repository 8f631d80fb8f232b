"""`dpi-consult new`: start a draft on a form."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpi_consult.cli.common import current_author, require_new_output, require_suffix
from dpi_consult.draft.files import DRAFT_SUFFIX, save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import resolve_form


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("new", help="crée un brouillon vide")
    parser.add_argument("out", metavar="OUT.dpic", help="fichier à créer")
    parser.add_argument("--form", metavar="ID_OU_CHEMIN", help="formulaire fourni ou fichier .toml")
    parser.add_argument("--org", metavar="NOM", help="nom de l’organisation")
    parser.add_argument("--force", action="store_true", help="remplace un fichier existant")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    require_suffix(out, DRAFT_SUFFIX, "le brouillon")
    require_new_output(out, args.force)
    form = resolve_form(args.form)
    draft = Draft.new(form, organisation=args.org)
    save_draft(draft, out, current_author())
    print(f"{out} : brouillon créé sur le formulaire {form.id} version {form.version}")
    return 0
