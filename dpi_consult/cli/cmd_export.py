"""`dpi-consult export`: the contribution as a Word document, plain text or Markdown; members' answers as CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpi_consult.draft.binding import open_draft
from dpi_consult.errors import InputError

FORMATS = {".docx": "docx", ".txt": "txt", ".md": "md", ".markdown": "md", ".csv": "csv"}
NO_MEMBERS = "aucune contribution de membre dans ce brouillon (l’annexe demande un brouillon collectif)"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="exporte la contribution (Word, texte ou Markdown)",
                            description="Exporte la contribution d’un brouillon : document Word prêt à envoyer, "
                            "ou texte à coller question par question dans le formulaire en ligne.")
    parser.add_argument("file", metavar="FICHIER.dpic")
    parser.add_argument("-o", "--output", required=True, metavar="SORTIE",
                        help="fichier à écrire (.docx, .txt, .md ou .csv)")
    parser.add_argument("--format", choices=("docx", "txt", "md", "csv"),
                        help="format de sortie (par défaut : d’après l’extension de SORTIE, sinon docx) ; csv : "
                        "une ligne par membre et par question (brouillon collectif)")
    parser.add_argument("--sep", default=";", choices=(";", ","),
                        help="séparateur du CSV (« ; » par défaut, pour Excel en français)")
    parser.add_argument("--template", metavar="MODELE", help="modèle Word (.docx ou .dotx) dont reprendre les "
                        "styles, la mise en page, l’en-tête et le pied de page")
    parser.add_argument("--all-questions", action="store_true",
                        help="inclut aussi les questions sans réponse (« Pas de réponse. »)")
    parser.add_argument("--annex", action="store_true",
                        help="ajoute en annexe les réponses des membres (brouillon collectif)")
    parser.set_defaults(run=run)


def output_format(output: str, explicit: str | None) -> str:
    suffix = Path(output).suffix.lower()
    inferred = FORMATS.get(suffix)
    if explicit is None:
        if inferred is None and suffix:
            raise InputError(f"extension « {suffix} » inconnue : utilisez .docx, .txt, .md ou .csv, ou --format",
                             output)
        return inferred or "docx"
    if inferred is not None and inferred != explicit:
        raise InputError(f"l’extension « {suffix} » ne correspond pas au format {explicit}", output)
    return explicit


def run(args: argparse.Namespace) -> int:
    fmt = output_format(args.output, args.format)
    if args.template and fmt != "docx":
        raise InputError(f"--template ne s’applique qu’au format docx, pas au format {fmt}")
    out = Path(args.output)
    if out.is_dir():
        raise InputError("c’est un dossier : indiquez le nom du fichier à écrire", out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("dossier de destination introuvable", folder)
    draft, binding = open_draft(args.file)
    form = binding.form
    if fmt == "csv":
        if not draft.sources:
            raise InputError("aucune contribution de membre dans ce brouillon (le CSV demande un brouillon "
                             "collectif)", args.file)
        from dpi_consult.collective.csv_export import write_answers_csv

        write_answers_csv(form, draft, out, sep=args.sep)
        print(f"{out} : réponses des membres exportées (csv)")
        return 0
    annex = None
    if args.annex:
        from dpi_consult.export.content import members_from_sources

        annex = members_from_sources(form, draft)
        if not annex:
            raise InputError(NO_MEMBERS, args.file)
    if fmt == "docx":
        from dpi_consult.export.docx_contribution import write_contribution

        write_contribution(form, draft, out, args.template, args.all_questions, annex)
    else:
        from dpi_consult.export.text_export import write_text

        write_text(form, draft, out, fmt, args.all_questions, annex)  # type: ignore[arg-type]
    print(f"{out} : contribution exportée ({fmt})")
    from dpi_consult.cli.common import report_problems
    from dpi_consult.send_checks import problems_before_sending

    return report_problems(problems_before_sending(form, draft), out)
