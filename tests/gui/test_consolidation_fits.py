"""The consolidation window on a hospital laptop's screen: every control reachable without maximising."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Screens less a 40-pixel taskbar: 1366×768, and 1920×1080 at 150 % (1280×720 logical pixels).
SCREENS = {"1366x768": (1366, 728, 1.0), "1920x1080 at 150 %": (1280, 680, 1.5)}

CHECK = """
import json, sys
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLineEdit,
                               QPlainTextEdit, QTextEdit)
from dpi_consult.gui.app import build_window, make_application
from dpi_consult.settings import Settings

app = make_application()
window = build_window(sys.argv[1], Settings(user_name="Coordinatrice"))
window.show()
problems = []
for question in ("fiche-01.difficultes", "fiche-01.clarte"):
    view = window.consolidation.open(question)
    QApplication.processEvents()
    available = view.screen().availableGeometry()
    if view.width() > available.width() or view.height() > available.height():
        problems.append(f"{question}: window {view.width()}x{view.height()} on "
                        f"{available.width()}x{available.height()}")
    view.answers_pane.select_row(0)
    QApplication.processEvents()
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QPlainTextEdit, QTextEdit)
    for widget in view.findChildren(kinds[0]) + [w for kind in kinds[1:] for w in view.findChildren(kind)]:
        if not widget.isVisibleTo(view) or widget.window() is not view:
            continue
        top_left = widget.mapTo(view, widget.rect().topLeft())
        bottom_right = widget.mapTo(view, widget.rect().bottomRight())
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or type(widget).__name__
        if not view.rect().contains(top_left) or not view.rect().contains(bottom_right):
            problems.append(f"{question}: {name} outside the window")
        elif widget.height() < 12 or widget.width() < 12:
            problems.append(f"{question}: {name} squeezed to {widget.width()}x{widget.height()}")
print(json.dumps(problems))
window.document.set_modified(False)
window.close()
"""


REMEMBER = """
import json, sys
from dpi_consult.gui.app import build_window, make_application
from dpi_consult.settings import Settings

app = make_application()
window = build_window(sys.argv[1], Settings(user_name="Coordinatrice"))
window.show()
view = window.consolidation.open("fiche-01.difficultes")
app.processEvents()
view.resize(view.width() - 100, view.height() - 80)
app.processEvents()
first, middle, last = view.splitter.sizes()
view.splitter.setSizes([first + 40, middle - 40, last])
before = [view.width(), view.height(), view.splitter.sizes()]
window.consolidation.close()
again = window.consolidation.open("fiche-01.difficultes")
app.processEvents()
print(json.dumps([before, [again.width(), again.height(), again.splitter.sizes()]]))
window.close()
"""


@pytest.fixture(scope="module")
def collective(federation_files: tuple[Path, Path]) -> Path:
    return federation_files[0]


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_every_consolidation_control_is_inside_the_screen(screen: str, collective: Path, tmp_path: Path):
    width, height, ratio = SCREENS[screen]
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": ratio}]}),
                      encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "DPI_CONSULT_HOME": str(tmp_path / "home")}
    own = tmp_path / collective.name
    shutil.copy(collective, own)
    result = subprocess.run([sys.executable, "-c", CHECK, str(own)], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []


def test_the_window_comes_back_with_its_size_and_splitters(collective: Path, tmp_path: Path):
    width, height, ratio = SCREENS["1366x768"]
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": ratio}]}),
                      encoding="utf-8")
    own = tmp_path / collective.name
    shutil.copy(collective, own)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "DPI_CONSULT_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-c", REMEMBER, str(own)], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    before, after = json.loads(result.stdout.splitlines()[-1])
    assert after == before
