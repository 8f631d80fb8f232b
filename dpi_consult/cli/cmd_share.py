"""`dpi-consult share`: the export of a draft that a member sends to its federation."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpi_consult.cli.common import report_problems, require_new_output, require_suffix
from dpi_consult.errors import InputError
from dpi_consult.french_formats import counted

NAMING_CHOICES = {"oui": True, "non": False}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("share", help="écrit l’export à envoyer à la fédération (sans notes, statuts "
                            "ni historique)")
    parser.add_argument("file", metavar="BROUILLON.dpic")
    parser.add_argument("-o", "--output", required=True, metavar="PARTAGE.dpic", help="fichier à créer")
    parser.add_argument("--nommer", choices=sorted(NAMING_CHOICES), dest="naming",
                        help="réponse à « La fédération peut-elle vous nommer dans l’annexe de sa "
                             "contribution ? » (par défaut : celle du brouillon ; sans réponse : anonyme)")
    parser.add_argument("--force", action="store_true", help="remplace un fichier existant")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dpi_consult.collective.share import share_refusal, write_share
    from dpi_consult.draft.binding import open_draft
    from dpi_consult.draft.files import DRAFT_SUFFIX
    from dpi_consult.draft.values import is_empty

    source, out = Path(args.file), Path(args.output)
    require_suffix(out, DRAFT_SUFFIX, "l’export")
    if out.exists() and _same_file(source, out):
        raise InputError("l’export remplacerait le brouillon lui-même (ses notes et son historique seraient "
                         "perdus) : choisissez un autre nom", out)
    require_new_output(out, args.force)
    draft, binding = open_draft(source)
    refusal = share_refusal(draft)
    if refusal is not None:
        raise InputError(refusal, source)
    if args.naming is not None:
        draft.annex_naming = NAMING_CHOICES[args.naming]
    shared = write_share(draft, out)
    answered = sum(1 for key, value in shared.answers.items()
                   if binding.form.question(key) is not None and not is_empty(value))
    naming = "oui" if shared.annex_naming else "non, anonyme" if shared.annex_naming is False \
        else "sans réponse, anonyme"
    print(f"{out} : export de partage écrit ({counted(answered, 'réponse')} ; nom en annexe : {naming} ; "
          "notes, statuts et historique retirés)")
    from dpi_consult.send_checks import problems_before_sending

    return report_problems(problems_before_sending(binding.form, shared), out)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False
