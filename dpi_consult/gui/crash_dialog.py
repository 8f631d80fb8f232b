"""An unexpected internal error in the window: the work is put in the recovery file, a report is written, and the
user is told in a dialog instead of the window vanishing."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from dpi_consult.crash_report import write_crash_report


class CrashHandler(QObject):
    """Installed as sys.excepthook while the window runs: PySide hands it the exceptions raised in slots."""

    def __init__(self, window: QWidget, keep_work: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.keep_work = keep_work
        self.reports: list[str] = []

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        error.__traceback__ = trace
        try:
            self.keep_work()
            kept = True
        except Exception:  # noqa: BLE001 (the report and the dialog matter more than why keeping failed)
            kept = False
        report = write_crash_report(error, "fenêtre")
        self.reports.append(str(report))
        text = self.tr("An internal error occurred in dpi-consult (a defect of the program, not of your "
                              "files).")
        if kept:
            text += " " + self.tr("Your work is in the recovery file: it will be offered at the next start "
                                         "if you close the window now.")
        if report is not None:
            text += "\n\n" + self.tr("Report written to: %1").replace("%1", str(report))
        self.show(text)

    def show(self, text: str) -> None:
        """A method of its own so that tests can read the message."""
        QMessageBox.critical(self.window, self.tr("Internal error"), text)


def install_crash_handler(window: QWidget, keep_work: Callable[[], object]) -> CrashHandler:
    handler = CrashHandler(window, keep_work)
    sys.excepthook = handler
    return handler
