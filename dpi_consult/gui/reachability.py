"""Whether recent documents can be reached, asked off the UI thread: a network drive that went away never freezes
the window."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from dpi_consult.recent_documents import is_reachable

# A drive that has not answered by then is shown as unavailable; a later answer still counts.
ANSWER_WITHIN_MS = 2500


class ReachabilityProbe(QObject):
    """Asks each path once per `probe` call; `answered(path, reachable)` comes back on the UI thread."""

    answered = Signal(str, bool)
    _found = Signal(str, bool)  # emitted by the worker threads, delivered queued on the UI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.known: dict[str, bool] = {}
        self._waiting: set[str] = set()
        self._found.connect(self._on_found)

    def probe(self, paths: list[str]) -> None:
        for path in paths:
            if path in self._waiting:
                continue
            self._waiting.add(path)
            # A daemon thread per path: a stat hung on a dead mount is abandoned, never joined at exit.
            threading.Thread(target=self._ask, args=(path,), name="reachability", daemon=True).start()
            QTimer.singleShot(ANSWER_WITHIN_MS, self, lambda p=path: self._no_answer(p))

    def _ask(self, path: str) -> None:
        try:
            reachable = is_reachable(path)
        except OSError:
            reachable = False
        try:
            self._found.emit(path, reachable)
        except RuntimeError:
            pass  # the window closed while the drive was being asked

    def _on_found(self, path: str, reachable: bool) -> None:
        self._waiting.discard(path)
        if self.known.get(path) != reachable:
            self.known[path] = reachable
            self.answered.emit(path, reachable)

    def _no_answer(self, path: str) -> None:
        if path in self._waiting and path not in self.known:
            self.known[path] = False
            self.answered.emit(path, False)
