"""The size benchmark runs in about a second: a draft's history and versions that grow past their targets
(benchmarks/history_size.py) fail the tests, not only a benchmark run someone remembers to do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "history_size.py"


def test_versions_and_a_thousand_saves_stay_within_their_size_targets():
    result = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line[:3] for line in lines if line.startswith("(")] == ["(a)", "(b)", "(c)"]
    assert "MISSED" not in result.stdout
