#!/usr/bin/env python3
"""Start-up time: process start to the window shown, dpi-consult on the bundled form vs a bare QMainWindow.

Each start is a fresh process; the parent times from spawning it to the child's "shown" line, which the
child prints when the window's first frame has been painted (the first Paint event of the main window,
after which the child quits). Target: ratio <= 1.5.

    python benchmarks/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("shown", flush=True)
            QTimer.singleShot(0, app.quit)
            watched.removeEventFilter(self)
        return False
first_paint = FirstPaint()
window.installEventFilter(first_paint)
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
""" + FIRST_PAINT + """
window.show()
app.exec()
"""

APP = """
from dpi_consult.gui.app import build_window, make_application
from dpi_consult.gui.i18n import install_translations
from dpi_consult.settings import load_settings
app = make_application()
settings = load_settings()
install_translations(app, settings.language)
window = build_window(None, settings)
""" + FIRST_PAINT + """
window.show()
app.exec()
"""


def time_start(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             env=env, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait()
    if line.strip() != "shown":
        raise SystemExit("the child did not show its window")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "DPI_CONSULT_HOME": home}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # An installed app starts from compiled bytecode (pip writes it at install time); a checkout or a
        # shell with PYTHONDONTWRITEBYTECODE would otherwise compile every module at every start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        import dpi_consult

        subprocess.run([sys.executable, "-m", "compileall", "-q", os.path.dirname(dpi_consult.__file__)],
                       env=env, check=True)
        # A user who has started the app before: name known, French interface.
        subprocess.run([sys.executable, "-c", "from dpi_consult.settings import Settings, save_settings; "
                        "save_settings(Settings(user_name='Dr Bench'))"], env=env, check=True)
        time_start(BARE, env)  # warm the disk cache for both
        time_start(APP, env)
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(time_start(BARE, env))
            app.append(time_start(APP, env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}")
    print(f"bare QMainWindow start: median {b * 1000:.0f} ms")
    print(f"dpi-consult start:      median {a * 1000:.0f} ms")
    print(f"ratio: {a / b:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
