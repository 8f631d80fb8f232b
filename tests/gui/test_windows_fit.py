"""Every window and dialog on a hospital laptop's screen, in French: nothing beyond the screen, nothing cut.

Each screen is an offscreen platform of the size a 40-pixel taskbar leaves (`QT_QPA_PLATFORM=offscreen:configfile=`
gives it that size and scale); tests/gui/fit_probe.py opens every top-level window and dialog on it in a child
process and reports what does not fit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("fit_probe.py")
# Logical pixels less a 40-pixel taskbar: 1366×768, and 1920×1080 at 150 % (1280×720).
SCREENS = {"1366x768": (1366, 728, 1.0), "1920x1080 at 150 %": (1280, 680, 1.5)}
WINDOWS = ("main window, start page", "main window, collective draft", "main window, largest sheet",
           "main window, remembered on a larger screen", "before sending", "recovery", "guide", "export to Word",
           "preferences", "members' kits", "search", "import report", "answer changes", "member's answers",
           "paragraph's members", "user name", "members overview", "consolidation of fiche-01.difficultes",
           "consolidation of fiche-01.clarte", "main window, draft of an older form", "form changes",
           "main window, open conflicts", "merge conflicts", "combined text", "versions",
           "about")


@pytest.fixture(scope="module", params=sorted(SCREENS))
def measured(request: pytest.FixtureRequest, federation_files: tuple[Path, Path],
             tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, list[str]]]:
    width, height, ratio = SCREENS[request.param]
    folder = tmp_path_factory.mktemp("screen")
    config = folder / "screens.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": ratio}]}),
                      encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "DPI_CONSULT_HOME": str(folder / "home")}
    collective, members = federation_files
    result = subprocess.run([sys.executable, str(PROBE), str(collective), str(members)], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return request.param, json.loads(result.stdout.splitlines()[-1])


def test_the_probe_opens_every_window(measured):
    _screen, results = measured
    assert sorted(results) == sorted(WINDOWS)


@pytest.mark.parametrize("window", WINDOWS)
def test_the_window_fits_the_screen(measured, window: str):
    screen, results = measured
    assert results[window] == [], f"{window} on {screen}"
