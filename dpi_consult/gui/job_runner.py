"""Running a long core job off the UI thread, with a progress dialog that can cancel it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Job = Callable[[Callable[[int, int], bool]], T]

POLL_MS = 50


class JobCancelled(Exception):
    """The user pressed Cancel; the job stopped without writing anything."""


def run_with_progress(parent: QWidget | None, title: str, label: str, job: Job[T]) -> T:
    """Run `job(progress)` on a worker thread while the window stays responsive; re-raise its error.

    The job reports through `progress(done, total)` and stops when it returns False (the core's
    convention), raising its own cancellation exception, which surfaces here as JobCancelled.
    """
    state = {"done": 0, "total": 0}
    cancelled = threading.Event()
    outcome: dict[str, object] = {}

    def progress(done: int, total: int) -> bool:
        state["done"], state["total"] = done, total
        return not cancelled.is_set()

    def work() -> None:
        try:
            outcome["result"] = job(progress)
        except BaseException as exc:  # handed to the UI thread, which decides what the user sees
            outcome["error"] = exc

    dialog = QProgressDialog(label, QCoreApplication.translate("JobRunner", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(cancelled.set)
    worker = threading.Thread(target=work, name="dpi-consult-job", daemon=True)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if dialog.wasCanceled():
            cancelled.set()
        if state["total"]:
            dialog.setMaximum(state["total"])
            dialog.setValue(min(state["done"], state["total"]))
        if not worker.is_alive():
            timer.stop()
            loop.quit()

    timer.timeout.connect(poll)
    worker.start()
    timer.start()
    loop.exec()
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        error = outcome["error"]
        if cancelled.is_set():
            raise JobCancelled() from error
        raise error  # type: ignore[misc]
    if cancelled.is_set():
        raise JobCancelled()
    return outcome["result"]  # type: ignore[return-value]
