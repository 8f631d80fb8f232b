"""What an unexpected internal error leaves behind: a report of where it happened, never what was written."""

from __future__ import annotations

import os
import platform
import time
import traceback
from pathlib import Path

from dpi_consult import __version__
from dpi_consult.settings import state_dir

EXIT_INTERNAL_ERROR = 3


def crash_dir() -> Path:
    return state_dir() / "crash-reports"


def report_text(error: BaseException, where: str) -> str:
    """Versions, the exception's type and the frames it went through; not its message, which may quote an
    answer, nor any variable."""
    lines = [f"dpi-consult {__version__} — {where}", f"Python {platform.python_version()} on {platform.platform()}",
             f"{type(error).__module__}.{type(error).__qualname__}", ""]
    for frame in traceback.extract_tb(error.__traceback__):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def write_crash_report(error: BaseException, where: str) -> Path | None:
    """The report's path, readable by the user only; None when even that could not be written."""
    folder = crash_dir()
    path = folder / time.strftime(f"crash-%Y%m%d-%H%M%S-{os.getpid()}.txt")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(report_text(error, where))
    except OSError:
        return None
    return path


def internal_error_line(report: Path | None) -> str:
    """The one line the command line prints: a defect of the program, not of the user's files."""
    where = f" ; rapport écrit dans {report}" if report is not None else " ; le rapport n’a pas pu être écrit"
    return f"dpi-consult : erreur interne du logiciel (vos fichiers n’y sont pour rien){where}"

