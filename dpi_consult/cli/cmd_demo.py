"""`dpi-consult demo`: write a synthetic federation for trying the app and for benchmarks."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpi_consult.errors import InputError
from dpi_consult.form.registry import resolve_form

MAX_MEMBERS = 100_000


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="écrit une fédération fictive (membres et copies d’un brouillon)")
    parser.add_argument("out", metavar="DOSSIER")
    parser.add_argument("--members", type=int, default=20, metavar="N", help="nombre de membres (20 par défaut)")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="graine du hasard (1 par défaut)")
    parser.add_argument("--form", metavar="ID_OU_CHEMIN", help="formulaire fourni ou fichier .toml")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dpi_consult.demo.generator import write_demo

    if not 1 <= args.members <= MAX_MEMBERS:
        raise InputError(f"--members doit être compris entre 1 et {MAX_MEMBERS}")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InputError("existe déjà et n’est pas un dossier", out)
    form = resolve_form(args.form)
    try:
        result = write_demo(out, form, args.members, args.seed)
    except OSError as exc:
        raise InputError(f"écriture impossible ({exc.strerror or exc})", out) from None
    print(f"{len(result.members)} brouillons de membres dans {out / 'members'}, "
          f"{len(result.copies)} fichiers dans {out / 'copies'}")
    return 0
