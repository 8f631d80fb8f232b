"""The command line's parser: one sub-command per module, bad usage reported in one line with exit code 2."""

from __future__ import annotations

import argparse
import importlib
from typing import NoReturn

from dpi_consult import __version__
from dpi_consult.cli import EXIT_BAD_INPUT

# Imported with the parser, so that starting the window loads none of them.
COMMANDS = ("cmd_forms", "cmd_new", "cmd_show", "cmd_check", "cmd_demo", "cmd_blank", "cmd_import_docx", "cmd_export",
            "cmd_share", "cmd_collect", "cmd_status", "cmd_groups", "cmd_themes", "cmd_kit", "cmd_merge")


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
