"""The `dpi-consult` command line: every core action, headless, with stable exit codes."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from dpi_consult import __version__
from dpi_consult.errors import InputError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

# Imported only when the command line is used, so that starting the GUI loads none of them.
COMMANDS = ("cmd_forms", "cmd_new", "cmd_show", "cmd_check", "cmd_demo", "cmd_blank", "cmd_import_docx", "cmd_export",
            "cmd_share", "cmd_collect", "cmd_status", "cmd_groups", "cmd_kit")


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage in one line (and exit code 2) instead of a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog} : erreur : {message} (voir « {self.prog} --help »)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dpi-consult", description="Contribution à la consultation de la CNIL sur le DPI. "
                     "Sans argument, ou avec un fichier .dpic, ouvre l’application.")
    parser.add_argument("--version", action="version", version=f"dpi-consult {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(f"dpi_consult.cli.{name}").register(sub)
    return parser


def wants_gui(argv: Sequence[str]) -> bool:
    """No arguments, or a single draft path: the user wants the window."""
    if not argv:
        return True
    return len(argv) == 1 and argv[0].lower().endswith(".dpic")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(args_list):
        from dpi_consult.gui_entry import run_gui

        return run_gui(args_list[0] if args_list else None)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.error("commande manquante")
    try:
        return int(args.run(args))
    except InputError as exc:
        print(f"dpi-consult : {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("dpi-consult : interrompu", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`dpi-consult status x | head`): nothing is wrong with the command.
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
