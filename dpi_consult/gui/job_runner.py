"""Running a long core job off the UI thread, its progress shown in a dialog whose Cancel stops it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dpi_consult.progress import Cancelled, Progress

T = TypeVar("T")
Job = Callable[[Progress], T]


class _Relay(QObject):
    """Carries the worker's reports to the UI thread: emitted there, delivered here, queued."""

    reported = Signal(int, int)
    finished = Signal()


def run_with_progress(parent: QWidget | None, title: str, label: str, job: Job[T]) -> T:
    """Run `job(progress)` on a worker thread while the window stays responsive; re-raise its error.

    Cancel in the dialog asks the job to stop at its next report; the job then raises `Cancelled`,
    which reaches the caller, as does any error the job raised after the user cancelled. A job that
    finished before its next report returns its result: what it wrote is there.
    """
    relay = _Relay()
    progress = Progress(relay.reported.emit)
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["result"] = job(progress)
        except BaseException as exc:  # handed to the UI thread, which decides what the user sees
            outcome["error"] = exc
        finally:
            relay.finished.emit()

    dialog = QProgressDialog(label, QCoreApplication.translate("JobRunner", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(progress.cancel)  # its button, Escape, and closing the dialog

    def show(done: int, total: int) -> None:
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    loop = QEventLoop()
    relay.reported.connect(show)
    relay.finished.connect(loop.quit)
    worker = threading.Thread(target=work, name="dpi-consult-job", daemon=True)
    worker.start()
    loop.exec()
    worker.join()
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        error = outcome["error"]
        if progress.cancelled:
            raise Cancelled() from error
        raise error  # type: ignore[misc]
    # A job that finished before it saw the Cancel did its work: the caller reports what it wrote.
    return outcome["result"]  # type: ignore[return-value]
