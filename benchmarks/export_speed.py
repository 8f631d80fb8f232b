#!/usr/bin/env python3
"""Word export of a collective contribution with its annex, against pandoc on the same answers.

    python benchmarks/export_speed.py [--members 200] [--workers N] [--runs 3] [--keep DIR]

A synthetic federation is written by `dpi-consult demo DIR --members N`; the federation's own draft
(copies/base.dpic) is the collective answer and every member draft becomes one MemberAnswers of the
annex (collection is not built yet). The same contribution is written once as Markdown with its annex
(`--format md`), which pandoc converts with `pandoc IN.md -o OUT.docx`.

Our time is the Word export alone (template, body, numbering, zip, atomic write), measured in a fresh
child process whose peak RSS (ru_maxrss) is reported, with that of its worker processes; the median of
--runs runs is compared with one pandoc run. CPU times are printed too: on a machine shared with other
jobs the wall time of a two-process export suffers more than pandoc's single thread.
Targets (set for --members 200, checked at any size): ours at least 15 times faster than pandoc (median
run), peak RSS under 1 GB (export process and largest worker added up: they run at the same time).
Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MIN_SPEEDUP = 15.0
MAX_RSS_MB = 1024

CHILD = """
import json, resource, sys, time
from pathlib import Path
from dpi_consult.draft.binding import open_draft
from dpi_consult.export.content import member_answers
from dpi_consult.export.docx_contribution import write_contribution

folder, out, workers = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
draft, binding = open_draft(folder / "copies" / "base.dpic")
form = binding.form
members = [member_answers(form, open_draft(path)[0], number)
           for number, path in enumerate(sorted((folder / "members").glob("*.dpic")), start=1)]
def cpu():
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))
cpu_start, start = cpu(), time.perf_counter()
write_contribution(form, draft, out, annex=members, workers=None if workers == "auto" else int(workers))
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "cpu": cpu() - cpu_start,
                  "rss_self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "rss_workers": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def dpi_consult(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "dpi_consult", *args], check=True, capture_output=True)


def write_markdown(folder: Path, out: Path) -> tuple[int, int]:
    """The same contribution and annex as Markdown; returns (member answers, answers in total)."""
    from dpi_consult.draft.binding import open_draft
    from dpi_consult.export.content import annex_sections, body_sections, member_answers
    from dpi_consult.export.text_export import contribution_text

    draft, binding = open_draft(folder / "copies" / "base.dpic")
    form = binding.form
    members = [member_answers(form, open_draft(path)[0], number)
               for number, path in enumerate(sorted((folder / "members").glob("*.dpic")), start=1)]
    out.write_text(contribution_text(form, draft, "md", annex=members), encoding="utf-8")
    own = sum(len(entries) for _, entries in body_sections(form, draft))
    annexed = sum(len(entry.answers) for _, entries in annex_sections(form, members) for entry in entries)
    return annexed, own + annexed


def time_ours(folder: Path, out: Path, workers: str) -> dict:
    result = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(out), workers],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def time_pandoc(markdown: Path, out: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of `pandoc IN.md -o OUT.docx`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(["pandoc", str(markdown), "-o", str(out)], check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def count_pages(docx: Path) -> str:
    if shutil.which("soffice") is None or shutil.which("pdfinfo") is None:
        return "unknown (soffice or pdfinfo missing)"
    profile = docx.parent / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(docx.parent), str(docx)], check=True, capture_output=True, timeout=1800)
    info = subprocess.run(["pdfinfo", str(docx.with_suffix(".pdf"))], check=True, capture_output=True, text=True)
    return next((line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:")), "unknown")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=20)
    parser.add_argument("--workers", default="auto", help="worker processes for the body (auto: by size)")
    parser.add_argument("--runs", type=int, default=3, help="runs of our export; the median is reported")
    parser.add_argument("--keep", metavar="DIR", help="keep the generated files in DIR")
    parser.add_argument("--pages", action="store_true", help="also count the pages (LibreOffice to PDF, slow)")
    args = parser.parse_args()
    if shutil.which("pandoc") is None:
        print("export_speed: pandoc not found (apt-get install pandoc)", file=sys.stderr)
        return 2
    total_start = time.perf_counter()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="dpi-export-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        federation = work / "federation"
        if federation.exists():
            shutil.rmtree(federation)
        dpi_consult("demo", str(federation), "--members", str(args.members))
        markdown = work / "contribution.md"
        member_answers, answers = write_markdown(federation, markdown)
        runs = [time_ours(federation, work / "contribution.docx", args.workers) for _ in range(args.runs)]
        ours = statistics.median(run["seconds"] for run in runs)
        pandoc, pandoc_cpu = time_pandoc(markdown, work / "pandoc.docx")
        ours_cpu = statistics.median(run["cpu"] for run in runs)
        rss_self = max(run["rss_self"] for run in runs) / 1024
        rss_workers = max(run["rss_workers"] for run in runs) / 1024
        print(f"members:        {args.members}")
        print(f"answers:        {answers} ({member_answers} in the annex)")
        print(f"Markdown:       {markdown.stat().st_size / 1e6:.2f} MB")
        print(f"Word file:      {(work / 'contribution.docx').stat().st_size / 1e6:.2f} MB (pandoc's: "
              f"{(work / 'pandoc.docx').stat().st_size / 1e6:.2f} MB)")
        each = ", ".join(f"{run['seconds']:.3f}" for run in runs)
        print(f"dpi-consult:    {ours:.3f} s (median of {len(runs)}: {each})")
        print(f"pandoc:         {pandoc:.3f} s")
        best = min(run["seconds"] for run in runs)
        speed_met = pandoc / ours >= MIN_SPEEDUP
        print(f"ratio:          {pandoc / ours:.1f}x faster (best run: {pandoc / best:.1f}x; target >= "
              f"{MIN_SPEEDUP:.0f}x: {'met' if speed_met else 'NOT MET'})")
        print(f"CPU time:       {ours_cpu:.2f} s (export process and its workers), pandoc {pandoc_cpu:.2f} s")
        rss_met = rss_self + rss_workers < MAX_RSS_MB
        print(f"peak RSS:       {rss_self:.0f} MB (export process) + {rss_workers:.0f} MB (largest worker) "
              f"(target < {MAX_RSS_MB} MB: {'met' if rss_met else 'NOT MET'})")
        if args.pages:
            print(f"pages:          {count_pages(work / 'contribution.docx')} (as LibreOffice lays them out)")
        print(f"benchmark:      {time.perf_counter() - total_start:.1f} s in all")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if speed_met and rss_met else 1


if __name__ == "__main__":
    sys.exit(main())
