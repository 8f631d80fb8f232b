#!/usr/bin/env python3
"""The personal-data check as a user waits for it: `python benchmarks/personal_data_speed.py [--members 1000]`.

Two measures, each the median of five runs:
- a member's full draft, every text answer at its limit, scanned before an export (target < 50 ms);
- a 1,000-member collective's answers, every member's, scanned as a coordinator would before sending them
  on (target < 5 s).
Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

DRAFT_TARGET_MS = 50
COLLECTIVE_TARGET_S = 5.0
FILLER = ("La sécurité des accès au DPI relève de l’article L. 1110-4 ; 12,5 % des établissements déclarent "
          "un incident par an, et le décret n° 2018-1254 fixe six mois de traces. ")


def median_seconds(run, times: int = 5) -> float:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1000)
    args = parser.parse_args()
    os.environ.setdefault("DPI_CONSULT_HOME", tempfile.mkdtemp(prefix="pd-speed-"))
    from dpi_consult.collective.collect import collect_files
    from dpi_consult.demo.generator import write_demo
    from dpi_consult.draft.model import Draft
    from dpi_consult.form.registry import bundled_form
    from dpi_consult.personal_data import scan_draft, scan_text

    form = bundled_form()
    draft = Draft.new(form, organisation="CH de Dax")
    for question in form.questions:
        if question.kind.is_text and question.max_chars and not form.is_identification_question(question.id):
            draft.answers[question.id] = (FILLER * (question.max_chars // len(FILLER) + 1))[: question.max_chars]
    one = median_seconds(lambda: scan_draft(form, draft)) * 1000

    folder = Path(tempfile.mkdtemp(prefix="pd-speed-"))
    members = write_demo(folder, form, args.members, seed=1).members
    collective = Draft.new(form, organisation="Fédération")
    collect_files(collective, members, form=form)

    def scan_members() -> None:
        for member in collective.members:
            for question_id, value in member.answers.items():
                if isinstance(value, str):
                    scan_text(question_id, value)

    many = median_seconds(scan_members, times=3)
    words = sum(len(v) for m in collective.members for v in m.answers.values() if isinstance(v, str))
    print(f"full draft, every text answer at its limit: {one:.1f} ms (target < {DRAFT_TARGET_MS} ms)")
    print(f"{len(collective.members)} members' answers ({words / 1e6:.1f} million characters): {many:.2f} s "
          f"(target < {COLLECTIVE_TARGET_S:.0f} s)")
    missed = one >= DRAFT_TARGET_MS or many >= COLLECTIVE_TARGET_S
    print("NOT MET" if missed else "OK")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
