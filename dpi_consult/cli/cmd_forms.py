"""`dpi-consult forms`: the bundled forms."""

from __future__ import annotations

import argparse

from dpi_consult.form.registry import bundled_forms


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("forms", help="liste les formulaires fournis")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    for form in bundled_forms().values():
        print(f"{form.id}\tversion {form.version}\t{len(form.sections)} sections, "
              f"{len(form.questions)} questions\t{form.title}")
    return 0
