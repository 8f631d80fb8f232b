"""`dpi-consult new`: start a draft on a form."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpi_consult.cli.common import current_author, require_new_output, require_suffix
from dpi_consult.draft.files import DRAFT_SUFFIX, save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.errors import InputError
from dpi_consult.form.registry import resolve_form


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("new", help="crée un brouillon vide, ou un brouillon de membre à partir d’un kit")
    parser.add_argument("out", metavar="OUT.dpic", help="fichier à créer")
    parser.add_argument("--form", metavar="ID_OU_CHEMIN", help="formulaire fourni ou fichier .toml")
    parser.add_argument("--org", metavar="NOM", help="nom de l’organisation")
    parser.add_argument("--from-kit", metavar="KIT.dpic", dest="kit",
                        help="part du kit d’une fédération : nouveau brouillon avec son identifiant propre, "
                        "l’identité préremplie, les consignes et les réponses proposées")
    parser.add_argument("--force", action="store_true", help="remplace un fichier existant")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    require_suffix(out, DRAFT_SUFFIX, "le brouillon")
    require_new_output(out, args.force)
    if args.kit is not None:
        return _from_kit(args, out)
    form = resolve_form(args.form)
    draft = Draft.new(form, organisation=args.org)
    save_draft(draft, out, current_author())
    print(f"{out} : brouillon créé sur le formulaire {form.id} version {form.version}")
    return 0


def _from_kit(args: argparse.Namespace, out: Path) -> int:
    from dpi_consult.draft.binding import open_draft
    from dpi_consult.form.identification import ORGANISATION
    from dpi_consult.kit.start import draft_from_kit

    if args.form is not None:
        raise InputError("--form et --from-kit s’excluent : le kit porte son formulaire")
    if out.exists() and Path(args.kit).exists() and out.samefile(args.kit):
        raise InputError("le brouillon remplacerait le kit lui-même : choisissez un autre nom", out)
    kit_file, binding = open_draft(args.kit)
    draft = draft_from_kit(kit_file, args.kit)
    if args.org:
        draft.identity[ORGANISATION] = args.org
    save_draft(draft, out, current_author())
    federation = draft.kit.federation_name if draft.kit is not None else ""
    print(f"{out} : brouillon créé à partir du kit de {federation or 'la fédération'} "
          f"(formulaire {binding.form.id} version {binding.form.version})")
    return 0
