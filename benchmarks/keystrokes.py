"""Shared by the GUI benchmarks: timing keystrokes in an editor, with recovery writes among them as in use."""

from __future__ import annotations

import time

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from dpi_consult.gui.recovery_keeper import RecoveryKeeper

KEYS = "abcdefghij "


# A fast typist's ten keys a second, against the keeper's write every second while changes go on.
KEYS_PER_WRITE = 10


def time_keystrokes(app: QApplication, editor: QWidget, keeper: RecoveryKeeper, count: int = 300,
                    write_every: int = KEYS_PER_WRITE) -> tuple[list[float], int]:
    """Seconds per keystroke (each until its events are handled), and how many recovery writes landed."""
    keys = []
    writes = 0
    for index in range(count):
        start = time.perf_counter()
        QTest.keyClick(editor, KEYS[index % len(KEYS)])
        app.processEvents()
        keys.append(time.perf_counter() - start)
        if index % write_every == write_every - 1:
            keeper.write_now()
            writes += 1
    keeper.wait()
    return keys, writes
