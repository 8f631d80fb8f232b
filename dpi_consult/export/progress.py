"""Progress reporting and cancellation for long exports."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], bool]
"""Called with (done, total); returning False cancels the job."""


class Cancelled(Exception):
    """The user cancelled the job through its progress callback; nothing was written."""


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
