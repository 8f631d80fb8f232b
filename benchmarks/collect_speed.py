"""Collecting member files against just parsing them: `python benchmarks/collect_speed.py [--members N]`.

Both sides run as whole processes, so interpreter and application start-up count: a bare
`python -c` loop of json.load over the member files, and `dpi-consult collect NEW.dpic FOLDER`.
Each child runs under a small wrapper that reports its wall time and its own peak RSS
(getrusage(RUSAGE_CHILDREN) in a fresh process holds that one child only). Targets: collect at
most 3 times the json.load time, peak memory under 3 times the files' size on disk + 150 MB.
Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

MAX_RATIO = 3.0
MEMORY_FACTOR = 3
MEMORY_EXTRA_MB = 150

JSON_LOOP = (
    "import glob, json, sys\n"
    "for p in sorted(glob.glob(sys.argv[1] + '/*.dpic')):\n"
    "    with open(p, 'rb') as f:\n"
    "        json.load(f)\n"
)

# Runs one command and prints {"seconds": wall time, "maxrss_kb": the command's peak RSS}.
WRAPPER = (
    "import json, resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "seconds = time.perf_counter() - start\n"
    "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "rss = rss // 1024 if sys.platform == 'darwin' else rss\n"
    "print(json.dumps({'seconds': seconds, 'maxrss_kb': rss, 'code': done.returncode}))\n"
)


def measure(command: list[str], env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, env=env,
                         check=True)
    result = json.loads(out.stdout)
    if result["code"] != 0:
        raise SystemExit(f"{' '.join(command)} : code de sortie {result['code']}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="runs of each side (the median is kept)")
    parser.add_argument("--dir", help="existing `dpi-consult demo` folder to reuse (default: a new one)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="dpi-collect-bench-") as tmp:
        env = {**os.environ, "DPI_CONSULT_HOME": str(Path(tmp) / "home")}
        cli = [sys.executable, "-m", "dpi_consult"]
        demo = Path(args.dir) if args.dir else Path(tmp) / "demo"
        if not args.dir:
            subprocess.run([*cli, "demo", str(demo), "--members", str(args.members)], env=env, check=True,
                           stdout=subprocess.DEVNULL)
        members = demo / "members"
        files = sorted(members.glob("*.dpic"))
        size = sum(p.stat().st_size for p in files)
        out = Path(tmp) / "collectif.dpic"

        parse_cmd = [sys.executable, "-c", JSON_LOOP, str(members)]
        collect_cmd = [*cli, "collect", str(out), str(members)]
        # Warm-up: the files in the page cache and the form cache written, for both sides alike.
        measure(parse_cmd, env)
        measure(collect_cmd, env)
        parse_runs, collect_runs = [], []
        for _ in range(args.runs):
            out.unlink(missing_ok=True)
            parse_runs.append(measure(parse_cmd, env))
            collect_runs.append(measure(collect_cmd, env))
        collected = json.loads(out.read_text(encoding="utf-8"))
        out_size = out.stat().st_size

    parse_s = statistics.median(r["seconds"] for r in parse_runs)
    collect_s = statistics.median(r["seconds"] for r in collect_runs)
    peak_mb = max(r["maxrss_kb"] for r in collect_runs) / 1024
    size_mb = size / 1024**2
    limit_mb = MEMORY_FACTOR * size_mb + MEMORY_EXTRA_MB
    ratio = collect_s / parse_s
    print(f"files: {len(files)} member files, {size_mb:.1f} MB on disk; "
          f"{len(collected['sources'])} members collected into {out_size / 1024**2:.1f} MB")
    print(f"json.load (whole process): {parse_s:.3f} s   runs: "
          + ", ".join(f"{r['seconds']:.3f}" for r in parse_runs))
    print(f"dpi-consult collect:       {collect_s:.3f} s   runs: "
          + ", ".join(f"{r['seconds']:.3f}" for r in collect_runs))
    print(f"ratio: {ratio:.2f} (limit {MAX_RATIO:.1f})")
    print(f"peak RSS of collect: {peak_mb:.0f} MB (limit {MEMORY_FACTOR} × {size_mb:.1f} MB + "
          f"{MEMORY_EXTRA_MB} MB = {limit_mb:.0f} MB)")
    ok = ratio <= MAX_RATIO and peak_mb <= limit_mb and len(collected["sources"]) == len(files)
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
