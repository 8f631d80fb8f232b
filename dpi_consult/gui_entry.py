"""Starting the GUI from the command line or a desktop shortcut, with a clear message if Qt cannot load."""

from __future__ import annotations

import sys


def run_gui(path: str | None = None) -> int:
    """Open the main window (on `path` if given); returns the process exit code."""
    try:
        from dpi_consult.gui.app import run
    except ImportError as exc:
        # Typically a missing system library for Qt on Linux (libEGL, libxkbcommon...).
        print(f"dpi-consult : impossible de charger l’interface graphique ({exc}) ; "
              "voir la liste des paquets système dans le README", file=sys.stderr)
        return 2
    return run(path)


def main() -> int:
    args = sys.argv[1:]
    return run_gui(args[0] if args else None)
