"""Themes of one question's answers, speed and agreement: `python benchmarks/themes_speed.py [--members N]`.

Speed, with targets:
- import: a fresh process importing the themes engine (its modules, numpy, snowballstemmer) against one
  importing nothing, whole-process wall time, interleaved runs, difference of the medians: at most 0.3 s;
- the long-text question with the most answers of an N-member demo (default 1,000), grouped as the
  consolidation view groups them (`group_answers`), themed in a fresh process once the engine is imported:
  the first call (cold caches: Markdown, stems) under 1 s; later calls printed;
- the worst case allowed: 500 distinct answers of about 4,000 characters, the same way: under 1 s.

Agreement, printed (see tests/themes/test_themes_gold.py for the thresholds kept): the adjusted Rand index
of the themes found with the human themes of tests/fixtures/themes/handwritten.toml, per question, at the
engine's seed and averaged over eight seeds (the spread a seed makes); and with the demo's gold themes
(dpi_consult.demo.gold_themes) for the largest long-text questions of a 300-member demo, each member
counted once, members whose answer carries no tagged sentence left out.

Exit code 1 when a speed target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

IMPORT_TARGET = 0.3
THEMES_TARGET = 1.0
ROOT = Path(__file__).resolve().parents[1]
HANDWRITTEN = ROOT / "tests" / "fixtures" / "themes" / "handwritten.toml"

IMPORTS = ("import numpy, snowballstemmer\n"
           "import dpi_consult.themes.theme_finder, dpi_consult.themes.theme_assignment\n"
           "import dpi_consult.themes.agreement\n")

# Reads texts and weights from a JSON file, imports the engine, then times find_themes: first call, then more.
TIMED_RUN = (
    "import json, sys, time\n"
    "from dpi_consult.themes.theme_finder import find_themes\n"
    "data = json.loads(open(sys.argv[1], encoding='utf-8').read())\n"
    "times = []\n"
    "for _ in range(int(sys.argv[2])):\n"
    "    start = time.perf_counter()\n"
    "    found = find_themes(data['texts'], data['weights'])\n"
    "    times.append(time.perf_counter() - start)\n"
    "print(json.dumps({'times': times, 'themes': len(found.themes), 'others': len(found.others)}))\n"
)


def wall_time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def import_cost(runs: int) -> tuple[float, float, float]:
    """Median whole-process time of a bare interpreter and of one importing the engine, and their difference."""
    wall_time(IMPORTS)  # bytecode compiled and files in the page cache, for both alike
    bare, engine = [], []
    for _ in range(runs):
        bare.append(wall_time("pass"))
        engine.append(wall_time(IMPORTS))
    return statistics.median(bare), statistics.median(engine), statistics.median(engine) - statistics.median(bare)


def timed_themes(texts: list[str], weights: list[int], runs: int, folder: Path) -> dict:
    source = folder / "texts.json"
    source.write_text(json.dumps({"texts": texts, "weights": weights}), encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", TIMED_RUN, str(source), str(runs)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def demo_members(folder: Path, members: int) -> list:
    from dpi_consult.draft.files import read_draft

    cli = [sys.executable, "-m", "dpi_consult"]
    demo, collective = folder / f"demo-{members}", folder / f"collectif-{members}.dpic"
    subprocess.run([*cli, "demo", str(demo), "--members", str(members)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([*cli, "collect", str(collective), str(demo / "members")], check=True, stdout=subprocess.DEVNULL)
    return read_draft(collective).members


def long_text_questions(members: list) -> list:
    """The long-text questions of the bundled form, the most answered first."""
    from dpi_consult.form.model import QuestionKind
    from dpi_consult.form.registry import bundled_form

    questions = [q for q in bundled_form().questions if q.kind is QuestionKind.LONG_TEXT]
    return sorted(questions, key=lambda q: -sum(1 for m in members if m.answers.get(q.id)))


def grouped(question, members: list) -> list:
    from dpi_consult.collective.grouping import group_answers
    from dpi_consult.collective.tally import member_answers

    return group_answers(question, member_answers(question, members))


def worst_case_texts(count: int = 500, length: int = 4000) -> list[str]:
    """`count` distinct demo-like answers of about `length` characters, on every sheet."""
    from dpi_consult.demo.texts import long_answer

    rng = random.Random(5)
    sections = [f"fiche-{number:02d}" for number in range(1, 15)]
    texts = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(part) + 2 for part in parts) < length * 0.9:
            parts.append(long_answer(rng, rng.choice(sections), length))
        texts.append("\n\n".join(parts)[:length])
    return texts


def handwritten_agreement() -> None:
    from dpi_consult.themes.agreement import adjusted_rand_index
    from dpi_consult.themes.theme_finder import find_themes

    questions = tomllib.loads(HANDWRITTEN.read_text(encoding="utf-8"))["questions"]
    at_seed, over_seeds = [], []
    for question in questions:
        texts = [answer["text"] for answer in question["answers"]]
        gold = [answer["theme"] for answer in question["answers"]]
        found = find_themes(texts)
        value = adjusted_rand_index(gold, found.labels(len(texts)))
        seeds = [adjusted_rand_index(gold, find_themes(texts, seed=seed).labels(len(texts))) for seed in range(8)]
        at_seed.append(value)
        over_seeds.append(statistics.mean(seeds))
        print(f"  {question['id']:<32} {len(texts):3d} answers, {len(set(gold))} human themes, "
              f"{len(found.themes)} found, {len(found.others)} autres: ARI {value:.3f} "
              f"(8 seeds: mean {statistics.mean(seeds):.3f}, {min(seeds):.3f}–{max(seeds):.3f})")
    print(f"  mean ARI {statistics.mean(at_seed):.3f} (8 seeds: {statistics.mean(over_seeds):.3f})")


def demo_agreement(members: list, questions: int) -> None:
    from dpi_consult.demo.gold_themes import gold_theme
    from dpi_consult.themes.agreement import adjusted_rand_index
    from dpi_consult.themes.theme_finder import find_themes

    values = []
    for question in long_text_questions(members)[:questions]:
        groups = grouped(question, members)
        found = find_themes([group.text for group in groups], [group.count for group in groups])
        mine, gold = [], []
        for group, label in zip(groups, found.labels(len(groups)), strict=True):
            for answer in group.answers:
                theme = gold_theme(question.section_id, answer) if isinstance(answer, str) else None
                if theme is not None:
                    mine.append(label)
                    gold.append(theme)
        value = adjusted_rand_index(gold, mine)
        values.append(value)
        print(f"  {question.id:<40} {sum(g.count for g in groups):3d} answers in {len(groups):3d} groups, "
              f"{len(set(gold))} gold themes ({len(gold)} tagged), {len(found.themes)} found: ARI {value:.3f}")
    print(f"  mean ARI {statistics.mean(values):.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7, help="runs of each measure (the median is kept)")
    parser.add_argument("--gold-members", type=int, default=300, help="members of the demo scored against gold")
    parser.add_argument("--gold-questions", type=int, default=5)
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory(prefix="dpi-themes-bench-") as tmp:
        folder = Path(tmp)
        os.environ["DPI_CONSULT_HOME"] = str(folder / "home")

        bare, engine, cost = import_cost(args.runs)
        ok = cost <= IMPORT_TARGET
        failed |= not ok
        print(f"import: bare interpreter {bare:.3f} s, with the themes engine {engine:.3f} s: "
              f"{cost:.3f} s (target ≤ {IMPORT_TARGET} s: {'met' if ok else 'NOT MET'})")

        members = demo_members(folder, args.members)
        question = long_text_questions(members)[0]
        groups = grouped(question, members)
        texts, weights = [group.text for group in groups], [group.count for group in groups]
        timed = timed_themes(texts, weights, args.runs, folder)
        first, later = timed["times"][0], statistics.median(timed["times"][1:] or timed["times"])
        ok = first < THEMES_TARGET
        failed |= not ok
        print(f"{args.members}-member demo, {question.id}: {sum(weights)} answers in {len(texts)} groups "
              f"(mean {statistics.mean(len(t) for t in texts):.0f} characters), {timed['themes']} themes, "
              f"{timed['others']} in « autres »")
        print(f"  themes: first call {first:.3f} s (target < {THEMES_TARGET} s: {'met' if ok else 'NOT MET'}), "
              f"later calls median {later:.3f} s")

        worst = worst_case_texts()
        timed = timed_themes(worst, [1] * len(worst), args.runs, folder)
        first, later = timed["times"][0], statistics.median(timed["times"][1:] or timed["times"])
        ok = first < THEMES_TARGET
        failed |= not ok
        print(f"worst case: {len(worst)} answers of {statistics.mean(len(t) for t in worst):.0f} characters, "
              f"{timed['themes']} themes: first call {first:.3f} s (target < {THEMES_TARGET} s: "
              f"{'met' if ok else 'NOT MET'}), later calls median {later:.3f} s")

        print("agreement with the hand-written themes (adjusted Rand index, « autres » one more group):")
        handwritten_agreement()
        print(f"agreement with the demo's gold themes ({args.gold_members}-member demo):")
        demo_agreement(demo_members(folder, args.gold_members), args.gold_questions)
    print("OK" if not failed else "TARGET MISSED")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
