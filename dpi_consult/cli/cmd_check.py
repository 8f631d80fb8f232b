"""`dpi-consult check`: validate files and their answers against the form."""

from __future__ import annotations

import argparse
import sys

from dpi_consult.cli.common import one_line
from dpi_consult.draft.binding import open_draft
from dpi_consult.errors import InputError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("check", help="vérifie des brouillons (0 : conformes, 1 : remarques, 2 : illisibles)")
    parser.add_argument("files", metavar="FICHIER", nargs="+")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Here, not at the top: every command's module is read to build the parser, and checks need Markdown.
    from dpi_consult.checks import check_draft

    unreadable = findings_seen = False
    for path in args.files:
        try:
            draft, binding = open_draft(path)
        except InputError as exc:
            print(f"dpi-consult : {exc}", file=sys.stderr)
            unreadable = True
            continue
        findings = check_draft(draft, binding.form)
        for finding in findings:
            print(one_line(f"{path} : {finding}"))
        if findings:
            findings_seen = True
        else:
            print(f"{path} : conforme")
    return 2 if unreadable else 1 if findings_seen else 0
