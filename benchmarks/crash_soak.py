#!/usr/bin/env python3
"""What a dying laptop costs while typing: `python benchmarks/crash_soak.py [--kills 200] [--seed 1]`.

On a private Xvfb server, the window runs as a child process on a saved draft, its keyboard focus in a long
answer. xdotool types into it, continuously or in bursts (a second of typing, a pause), and the parent kills
it with SIGKILL at a random instant, then reads what the next start would offer: the recovery file, and the
draft itself. Measured per kill: the seconds of typing lost (from the moment the text the recovery file
holds had been typed to the last key before the kill; a pause loses nothing) and whether every file opens.
Targets: median loss under 1.5 s, maximum under 3 s, no file that does not open. About 200 kills take twenty
minutes; needs Xvfb and xdotool
(`./scripts/install-system-packages.sh --bench`). Exit code 1 when a target is missed, 2 without the tools.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from startup import xvfb  # noqa: E402 (benchmarks/, the script's own folder)

QUESTION = "fiche-06.difficultes"
MEDIAN_TARGET_S = 1.5
MAX_TARGET_S = 3.0
WORDS = "les traces du DPI sont conservées six mois puis archivées selon la politique de l’établissement ".split()

# The real window, on the draft, its focus in the answer typed into: what a user has after clicking there.
CHILD = """
import sys
from dpi_consult.gui.app import build_window, make_application
from dpi_consult.settings import load_settings

app = make_application()
window = build_window(sys.argv[1], load_settings())
window.show()
window.show_question(sys.argv[2])
print("ready", flush=True)
app.exec()
"""


class Typist(threading.Thread):
    """Types words into the focused window and logs when each character count was reached."""

    def __init__(self, env: dict[str, str], bursts: bool, rng: random.Random) -> None:
        super().__init__(daemon=True)
        self.env, self.bursts, self.rng = env, bursts, rng
        self.log: list[tuple[float, int]] = []
        self.stop = threading.Event()
        # True while a word is being typed: a kill then interrupts typing, not a pause.
        self.busy = False

    def run(self) -> None:
        typed = 0
        burst_started = time.monotonic()
        while not self.stop.is_set():
            word = self.rng.choice(WORDS) + " "
            self.busy = True
            result = subprocess.run(["xdotool", "type", "--delay", "30", word], env=self.env,
                                    capture_output=True)
            if result.returncode != 0 or self.stop.is_set():
                return
            self.busy = False
            typed += len(word)
            self.log.append((time.monotonic(), typed))
            if self.bursts and time.monotonic() - burst_started > 1.0:
                time.sleep(self.rng.uniform(0.3, 1.0))
                burst_started = time.monotonic()


def kept_length(home: Path) -> tuple[int, bool]:
    """The answer's length in the recovery file the next start would offer, and whether the files open."""
    from dpi_consult.recovery import pending_recoveries

    recoveries, broken = pending_recoveries()
    texts = [r.draft.answers.get(QUESTION) or "" for r in recoveries]
    return (max((len(t) for t in texts), default=0), not broken)


def soak(kills: int, seed: int) -> tuple[list[float], int]:
    rng = random.Random(seed)
    home = Path(tempfile.mkdtemp(prefix="soak-home-"))
    os.environ["DPI_CONSULT_HOME"] = str(home)
    from dpi_consult.draft.files import read_draft, save_draft
    from dpi_consult.draft.lock import lock_path
    from dpi_consult.draft.model import Draft
    from dpi_consult.errors import InputError
    from dpi_consult.form.registry import bundled_form
    from dpi_consult.recovery import recovery_dir
    from dpi_consult.settings import Settings, save_settings

    save_settings(Settings(user_name="Soak", reopen_last=False))
    draft_path = home / "contribution.dpic"
    save_draft(Draft.new(bundled_form(), organisation="CH de Dax"), draft_path, "Soak")
    losses: list[float] = []
    unreadable = 0
    with xvfb() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "DPI_CONSULT_HOME": str(home)}
        for number in range(kills):
            shutil.rmtree(recovery_dir(), ignore_errors=True)
            # The killed window's lock: the next start would ask whether to break it (its process is gone).
            lock_path(draft_path).unlink(missing_ok=True)
            child = subprocess.Popen([sys.executable, "-c", CHILD, str(draft_path), QUESTION], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                raise SystemExit("crash_soak: the window did not start")
            time.sleep(0.3)  # the first frame, and the focus settled
            typist = Typist(env, bursts=number % 2 == 1, rng=rng)
            started = time.monotonic()
            typist.start()
            time.sleep(rng.uniform(1.0, 7.0))
            child.send_signal(signal.SIGKILL)
            killed = time.monotonic()
            interrupted = typist.busy
            typist.stop.set()
            child.wait()
            typist.join(5)
            kept, files_open = kept_length(home)
            try:
                read_draft(draft_path)
            except InputError:
                files_open = False
            unreadable += not files_open
            # Typing lost: from the moment the kept text had been typed (the start of typing when nothing was
            # kept) to the last key before the kill; a pause after the last key loses nothing.
            reached = [moment for moment, count in typist.log if count <= kept]
            kept_at = reached[-1] if reached else started
            typed = typist.log[-1][1] if typist.log else 0
            last_key = killed if interrupted or not typist.log else typist.log[-1][0]
            losses.append(0.0 if kept >= typed and not interrupted else max(0.0, last_key - kept_at))
            print(f"kill {number + 1:3}/{kills} ({'bursts' if typist.bursts else 'continuous'}): "
                  f"{losses[-1]:.2f} s lost, {kept} characters kept, files {'open' if files_open else 'BROKEN'}",
                  flush=True)
    return losses, unreadable


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        print("crash_soak: Xvfb and xdotool are needed (./scripts/install-system-packages.sh --bench)")
        return 2
    losses, unreadable = soak(args.kills, args.seed)
    median, worst = statistics.median(losses), max(losses)
    print(json.dumps({"kills": len(losses), "median_lost_s": round(median, 2), "max_lost_s": round(worst, 2),
                      "unreadable_files": unreadable}))
    met = median < MEDIAN_TARGET_S and worst < MAX_TARGET_S and unreadable == 0
    print(f"median {median:.2f} s (target < {MEDIAN_TARGET_S}), maximum {worst:.2f} s (target < {MAX_TARGET_S}), "
          f"{unreadable} unreadable: {'OK' if met else 'NOT MET'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
