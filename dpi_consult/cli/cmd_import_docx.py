"""`dpi-consult import-docx`: read a filled Word questionnaire back into a draft."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpi_consult.cli.common import current_author, require_new_output, require_suffix
from dpi_consult.draft.files import DRAFT_SUFFIX, save_draft


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("import-docx", help="importe un questionnaire Word rempli dans un brouillon "
                            "(0 : tout placé, 1 : texte non placé, 2 : illisible)")
    parser.add_argument("file", metavar="REMPLI.docx")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.dpic", help="brouillon à créer")
    parser.add_argument("--form", metavar="ID_OU_CHEMIN",
                        help="formulaire fourni ou fichier .toml (par défaut : celui du questionnaire)")
    parser.add_argument("--author", metavar="NOM", help="auteur des réponses (par défaut : la personne qui a "
                        "enregistré le document, sinon l’organisation)")
    parser.add_argument("--force", action="store_true", help="remplace un brouillon existant")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    require_suffix(out, DRAFT_SUFFIX, "le brouillon")
    require_new_output(out, args.force)
    # python-docx is imported here, not at module level: every other command starts faster.
    from dpi_consult.questionnaire.importer import import_questionnaire

    result = import_questionnaire(args.file, args.form)
    author = (args.author or "").strip() or result.saved_by or result.draft.organisation or current_author()
    save_draft(result.draft, out, author)
    for line in result.report.lines(result.form):
        print(line)
    print(f"{out} : brouillon écrit (auteur des réponses : {author})")
    return 0 if result.report.complete else 1
