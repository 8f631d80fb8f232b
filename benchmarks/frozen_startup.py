#!/usr/bin/env python3
"""Start-up of the frozen application (packaging/build.py) against the pip-installed one, and the bundle's size.

Both start as a user starts them, with no argument, on a private Xvfb server, alternating, in a home where the
app has been started before; each is timed from spawn to its first viewable window (see startup.py, whose
measure this reuses). The frozen program carries its own Python and Qt and loads them from its folder, where the
pip-installed one finds them in a virtual environment: the target is that freezing costs a user at most
FROZEN_RATIO_TARGET of the pip-installed start-up.

Exit code 1 when the target is missed, 2 when the bundle, Xvfb or libX11 is missing.

    python packaging/build.py && python benchmarks/frozen_startup.py [--bundle dist/dpi-consult] [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from startup import X11, save_user_settings, time_visible, xvfb

ROOT = Path(__file__).resolve().parents[1]
# The bundle's size as the build script reports it.
sys.path.insert(0, str(ROOT / "packaging"))
from build import folder_size  # noqa: E402

FROZEN_RATIO_TARGET = 1.25


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "dpi-consult")
    parser.add_argument("--runs", type=int, default=9, help="starts of each side, an odd number (default 9)")
    args = parser.parse_args()
    program = args.bundle / "dpi-consult-gui"
    if not program.is_file():
        print(f"frozen_startup: {program} not found (python packaging/build.py builds it)", file=sys.stderr)
        return 2
    archives = sorted(args.bundle.parent.glob("dpi-consult-*.tar.gz"))
    print(f"bundle {args.bundle}: {folder_size(args.bundle) / 1e6:.0f} MB"
          + (f", tarball {archives[-1].name}: {archives[-1].stat().st_size / 1e6:.0f} MB" if archives else ""))
    with tempfile.TemporaryDirectory() as home:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["DPI_CONSULT_HOME"] = home
        save_user_settings(env, home)
        with xvfb() as display:
            x11 = X11(display)
            try:
                x_env = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
                pip_command = [sys.executable, "-m", "dpi_consult"]
                frozen_command = [str(program)]
                time_visible(pip_command, x_env, home, x11)  # warms the X server and the disk cache for both
                time_visible(frozen_command, x_env, home, x11)
                pip, frozen = [], []
                for _ in range(args.runs):
                    pip.append(time_visible(pip_command, x_env, home, x11))
                    frozen.append(time_visible(frozen_command, x_env, home, x11))
            finally:
                x11.close()
    p, f = statistics.median(pip), statistics.median(frozen)
    print(f"visible window on Xvfb {display}, {args.runs} starts each:")
    print(f"  pip-installed ({sys.executable}): median {p * 1000:.0f} ms (min {min(pip) * 1000:.0f}, "
          f"max {max(pip) * 1000:.0f})")
    print(f"  frozen ({program}): median {f * 1000:.0f} ms (min {min(frozen) * 1000:.0f}, "
          f"max {max(frozen) * 1000:.0f})")
    met = f / p <= FROZEN_RATIO_TARGET
    print(f"  ratio frozen/pip: {f / p:.2f} (target <= {FROZEN_RATIO_TARGET}): {'met' if met else 'NOT MET'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
