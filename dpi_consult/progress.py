"""Progress of a long job, and the user's wish to stop it: one type for every job a user may wait on."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user stopped the job; it wrote nothing and changed nothing."""


class Progress:
    """How much of a job is done, told by the job; a stop asked by the user, seen by the job.

    Jobs run on a worker thread while the window polls `done`/`total`, and `cancel` is called
    from the window's thread: the two sides share only these fields and a thread-safe event.
    A job calls `report` between units of work; `report` raises `Cancelled` once a stop was asked,
    so a job stops at the next unit without checking anything itself.
    """

    def __init__(self, listener: Callable[[int, int], None] | None = None) -> None:
        self.done = 0
        self.total = 0
        self._listener = listener
        self._stop = threading.Event()

    def report(self, done: int, total: int) -> None:
        """`done` units out of `total`; raises `Cancelled` when the user asked to stop."""
        self.done, self.total = done, total
        if self._listener is not None:
            self._listener(done, total)
        self.check()

    def check(self) -> None:
        """Raise `Cancelled` when the user asked to stop, without reporting anything."""
        if self._stop.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        """Ask the job to stop at its next report."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()


def silent(progress: Progress | None) -> Progress:
    """The job's progress, or one nobody watches when the caller passed none."""
    return progress if progress is not None else Progress()
