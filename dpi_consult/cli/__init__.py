"""The `dpi-consult` command line: every core action, headless, with stable exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from dpi_consult.errors import InputError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
# EXIT_INTERNAL_ERROR (3), a defect of the program: dpi_consult.crash_report.

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
    # Only for the command line: the window, started from the same entry point, needs no argument parser.
    from dpi_consult.cli.parser import build_parser

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
    except Exception as error:  # noqa: BLE001 (every input error is an InputError: anything else is a defect)
        from dpi_consult.crash_report import EXIT_INTERNAL_ERROR, internal_error_line, write_crash_report

        print(internal_error_line(write_crash_report(error, f"dpi-consult {args.command}")), file=sys.stderr)
        return EXIT_INTERNAL_ERROR
