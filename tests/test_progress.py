"""The one progress type of long jobs: reports reach the listener, a cancel stops the job at its next report."""

from __future__ import annotations

import threading

import pytest

from dpi_consult.progress import Cancelled, Progress, silent


def test_reports_reach_the_listener_and_are_kept():
    seen: list[tuple[int, int]] = []
    progress = Progress(lambda done, total: seen.append((done, total)))
    progress.report(0, 3)
    progress.report(2, 3)
    assert seen == [(0, 3), (2, 3)]
    assert (progress.done, progress.total) == (2, 3) and not progress.cancelled


def test_a_cancel_from_another_thread_stops_the_job_at_its_next_report():
    progress = Progress()
    progress.report(1, 10)
    thread = threading.Thread(target=progress.cancel)
    thread.start()
    thread.join()
    assert progress.cancelled
    with pytest.raises(Cancelled):
        progress.report(2, 10)
    with pytest.raises(Cancelled):
        progress.check()


def test_no_progress_given_is_one_nobody_watches():
    given = Progress()
    assert silent(given) is given
    quiet = silent(None)
    quiet.report(5, 5)
    assert quiet.done == 5


def test_the_stop_at_fixture_cancels_at_its_step(stop_at):
    seen: list[tuple[int, int]] = []
    progress = stop_at(2, seen)
    progress.report(1, 4)
    with pytest.raises(Cancelled):
        progress.report(2, 4)
    assert seen == [(1, 4), (2, 4)]
