"""`dpi-consult collect`: add member files to a collective draft, with a line per file."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpi_consult.cli.common import require_new_output, require_suffix
from dpi_consult.errors import InputError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "collect", help="collecte des contributions de membres dans un brouillon collectif "
        "(0 : tout collecté, 1 : fichiers refusés, 2 : brouillon collectif illisible)",
        description="Ajoute des fichiers de membres (.dpic : brouillons ou exports de partage) au brouillon "
        "collectif, qui est créé s’il n’existe pas. Un dossier apporte les fichiers .dpic et .docx qu’il "
        "contient directement (--recursive pour ses sous-dossiers aussi).")
    parser.add_argument("collective", metavar="COLLECTIF.dpic")
    parser.add_argument("inputs", metavar="FICHIER_OU_DOSSIER", nargs="+")
    parser.add_argument("-r", "--recursive", action="store_true", help="parcourt aussi les sous-dossiers")
    parser.add_argument("--form", metavar="ID_OU_CHEMIN",
                        help="formulaire d’un brouillon collectif à créer (par défaut : le formulaire fourni)")
    parser.add_argument("--org", metavar="NOM", help="nom de l’organisation d’un brouillon collectif à créer")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dpi_consult.cli.cmd_status import print_lines
    from dpi_consult.cli.common import current_author
    from dpi_consult.collective.collect import collect_files, gc_paused
    from dpi_consult.draft.binding import open_draft_stamped
    from dpi_consult.draft.files import DRAFT_SUFFIX, save_draft
    from dpi_consult.draft.model import Draft
    from dpi_consult.form.registry import resolve_form

    path = Path(args.collective)
    require_suffix(path, DRAFT_SUFFIX, "le brouillon collectif")
    created = not path.exists()
    stamp = None
    if created:
        require_new_output(path, force=False)
        form = resolve_form(args.form)
        collective = Draft.new(form, organisation=args.org)
    else:
        if args.form is not None or args.org is not None:
            raise InputError("--form et --org ne servent qu’à créer un brouillon collectif ; celui-ci existe déjà",
                             path)
        with gc_paused():
            collective, binding, stamp = open_draft_stamped(path)
        form = binding.form
        if collective.is_kit:
            raise InputError("c’est un kit de membre, pas le brouillon collectif : collectez dans le brouillon "
                             "collectif de la fédération", path)
        if collective.is_share:
            raise InputError("c’est un export de partage, pas un brouillon de travail : collectez dans le "
                             "brouillon collectif de la fédération", path)
    report = collect_files(collective, args.inputs, form=form, recursive=args.recursive, collective_path=path)
    # The report is printed once the file is written, so that a reader stopping early cannot stop the save.
    if report.changed:
        # Refused when the file changed, or appeared, while the members were read: a colleague's save is
        # never erased.
        if created and path.exists():
            raise InputError("le fichier a été créé par quelqu’un d’autre pendant la collecte : enregistrement "
                             "refusé pour ne pas l’effacer", path)
        save_draft(collective, path, current_author(), expected=stamp)
        outcome = "créé" if created else "enregistré"
    else:
        outcome = "non créé, aucune contribution collectée" if created else "inchangé"
    print_lines([*(r.line() for r in report.files), f"{path} : {outcome} ; {report.summary()}"])
    return 1 if report.has_refusals else 0
