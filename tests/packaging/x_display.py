"""A real X server (Xvfb) for the frozen window, and the xdotool and xprop calls a user's desktop would make."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def xvfb() -> Iterator[str]:
    """A fresh X server on a free display number (Xvfb picks it and writes it on a pipe), stopped afterwards."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


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
