"""`dpi-consult kit`: the member kits of a collective draft, generic and one per expected member."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpi_consult.errors import InputError
from dpi_consult.french_formats import counted


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "kit", help="prépare les kits des membres d’une contribution collective",
        description="Écrit dans DOSSIER un kit générique kit-<fédération>.dpic et, avec une liste de membres, "
        "un kit par membre prérempli avec son identité. Le kit porte le formulaire, la fédération, la date "
        "limite, les consignes et les réponses proposées enregistrées dans le brouillon collectif, jamais "
        "ses notes, son historique ni les contributions collectées. Le brouillon collectif garde la liste "
        "des membres attendus.")
    parser.add_argument("file", metavar="COLLECTIF.dpic")
    parser.add_argument("-o", "--output", required=True, metavar="DOSSIER", help="dossier où écrire les kits")
    parser.add_argument("--members", metavar="MEMBRES.csv",
                        help="liste des membres (CSV UTF-8, colonnes nom, finess, e-mail ; « ; » ou « , »)")
    parser.add_argument("--deadline", metavar="AAAA-MM-JJ", help="date limite de renvoi des contributions")
    parser.add_argument("--proposals", action="store_true",
                        help="joint les réponses actuelles du brouillon collectif comme réponses proposées")
    parser.add_argument("--force", action="store_true", help="remplace des kits déjà présents dans DOSSIER")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dpi_consult.cli.common import current_author
    from dpi_consult.draft.binding import open_draft_stamped
    from dpi_consult.draft.files import save_draft
    from dpi_consult.french_formats import iso_date_problem
    from dpi_consult.kit.files import ensure_kit, proposals_from_answers, write_kits
    from dpi_consult.kit.members_csv import read_members_csv

    path = Path(args.file)
    if args.deadline is not None:
        problem = iso_date_problem(args.deadline)
        if problem:
            raise InputError(f"--deadline : {problem}")
    members = read_members_csv(args.members) if args.members else None
    draft, binding, stamp = open_draft_stamped(path)
    if draft.is_kit or draft.kit_id is not None or draft.is_share:
        raise InputError("c’est un kit ou une contribution de membre : préparez les kits depuis le brouillon "
                         "collectif de la fédération", path)
    kit = ensure_kit(draft)
    if members is not None:
        kit.members = members
    if args.deadline is not None:
        kit.deadline = args.deadline
    if args.proposals:
        kit.proposals = proposals_from_answers(binding.form, draft)
    files = write_kits(draft, args.output, args.force)
    # The collective keeps the kit id, the settings and the expected members, for `status` and later kits.
    save_draft(draft, path, current_author(), expected=stamp)
    lines = [f"{item.path} : kit {'générique' if item.member is None else 'de ' + item.member.name}"
             for item in files]
    details = (f"{counted(len(kit.guidance), 'consigne')}, "
               f"{counted(len(kit.proposals), 'réponse proposée', 'réponses proposées')}")
    lines.append(f"{path} : {counted(len(files), 'kit écrit', 'kits écrits')} ; {details} ; "
                 f"{counted(len(kit.members), 'membre attendu', 'membres attendus')}")
    from dpi_consult.cli.cmd_status import print_lines

    print_lines(lines)
    from dpi_consult.cli.common import report_problems
    from dpi_consult.send_checks import problems_in_kit

    return report_problems(problems_in_kit(binding.form, kit), Path(args.output))
