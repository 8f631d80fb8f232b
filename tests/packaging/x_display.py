"""A real X server (Xvfb) for the frozen window, and the xdotool and xprop calls a user's desktop would make."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

# The start-up benchmark's private X server (Xvfb picks a free display and says which): one way to start it.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from startup import xvfb  # noqa: E402, F401  (re-exported for the tests)


def run_x(display: str, *command: str, timeout: float = 10) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, "DISPLAY": display})
    return result.stdout.strip() if result.returncode == 0 else ""


def wait_for_window(display: str, title: str, timeout: float = 30) -> str:
    """The id of the first visible window whose title matches `title` (a regular expression)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = run_x(display, "xdotool", "search", "--onlyvisible", "--name", title)
        if found:
            return found.splitlines()[0]
        time.sleep(0.2)
    raise AssertionError(f"no window titled {title!r} within {timeout} s")


def window_title(display: str, window: str) -> str:
    return run_x(display, "xdotool", "getwindowname", window)


def has_icon(display: str, window: str) -> bool:
    """The window manager's icon property, which Qt sets from the application icon."""
    return "Icon (" in run_x(display, "xprop", "-id", window, "_NET_WM_ICON")


def press(display: str, window: str, *keys: str) -> None:
    run_x(display, "xdotool", "windowfocus", "--sync", window)
    for key in keys:
        run_x(display, "xdotool", "key", key)
        time.sleep(0.3)
