"""Merging two copies of one draft as a user waits for it: `python benchmarks/merge_speed.py [--members N]`.

Two scenarios, each timed from reading both files to the merged file written (what `dpi-consult merge` and
Fichier > Fusionner une copie do), in this process once the modules are imported, median of --runs runs:
1. a draft with every question answered at its limit, half of the long answers changed on both sides (one in
   four of those in the same paragraph, a conflict), the choices of half the sheets changed on one side;
2. two copies of a federation's collective draft holding --members members (1,000 by default), each copy with
   consolidated answers of its own and a few members collected again.
The reference of each is the floor of any merge: json.load of both files and json.dump of one, in the same run.
Targets: scenario 1 under 200 ms, scenario 2 under 2 s. Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.files import save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.form.model import QuestionKind
from dpi_consult.form.registry import bundled_form
from dpi_consult.merge.drafts import check_mergeable, merge_drafts

DRAFT_TARGET_MS = 200
COLLECTIVE_TARGET_MS = 2000


def at_limit(limit: int, tag: str) -> str:
    """Four paragraphs filling `limit` characters, each naming its question so that no two are equal."""
    sentence = f"Réponse {tag} : la mise en conformité suppose un travail de l’éditeur et de l’établissement. "
    paragraphs = []
    size = limit // 4 - 2
    for index in range(4):
        text = (f"§{index} " + sentence * (size // len(sentence) + 1))[:size].rstrip()
        paragraphs.append(text)
    return "\n\n".join(paragraphs)


def change_paragraph(text: str, index: int, who: str) -> str:
    parts = text.split("\n\n")
    parts[index] = f"{who} : " + parts[index][len(who) + 3:]
    return "\n\n".join(parts)


def full_draft() -> Draft:
    form = bundled_form()
    draft = Draft.new(form, "Centre hospitalier de référence")
    for question in form.questions:
        if question.kind is QuestionKind.LONG_TEXT:
            draft.set_value(form, question.id, at_limit(question.max_chars or 4000, question.id))
        elif question.kind is QuestionKind.SHORT_TEXT and question.format is None:
            draft.set_value(form, question.id, ("x" * (question.max_chars or 200))[:question.max_chars or 200])
        elif question.kind is QuestionKind.SINGLE_CHOICE:
            draft.set_value(form, question.id, question.options[0].id)
        elif question.kind is QuestionKind.MULTIPLE_CHOICE:
            draft.set_value(form, question.id, [o.id for o in question.options[:2]])
        elif question.kind is QuestionKind.INTEGER:
            draft.set_value(form, question.id, question.min or 1)
    return draft


def edited_copy(base: Path, name: str, author: str, edit: Callable[[Draft], None]) -> Path:
    path = base.parent / name
    shutil.copy(base, path)
    draft, _binding = open_draft(path)
    edit(draft)
    save_draft(draft, path, author)
    return path


def draft_copies(folder: Path) -> tuple[Path, Path]:
    form = bundled_form()
    base = folder / "base.dpic"
    save_draft(full_draft(), base, "Coordinatrice")
    long_ids = [q.id for q in form.questions if q.kind is QuestionKind.LONG_TEXT]
    changed = long_ids[::2]

    def mine(draft: Draft) -> None:
        for n, question_id in enumerate(changed):
            draft.answers[question_id] = change_paragraph(draft.answers[question_id], 1 if n % 4 == 0 else 0, "DPO")
        for section in form.sections[1:8]:
            for question in section.questions:
                if question.kind is QuestionKind.SINGLE_CHOICE:
                    draft.set_value(form, question.id, question.options[-1].id)

    def theirs(draft: Draft) -> None:
        for n, question_id in enumerate(changed):
            # One in four in the paragraph the DPO changed too: a conflict; the others in another paragraph.
            draft.answers[question_id] = change_paragraph(draft.answers[question_id], 1 if n % 4 == 0 else 3, "RSSI")

    return edited_copy(base, "dpo.dpic", "DPO", mine), edited_copy(base, "rssi.dpic", "RSSI", theirs)


def collective_copies(folder: Path, members: int) -> tuple[Path, Path]:
    demo = folder / "demo"
    subprocess.run([sys.executable, "-m", "dpi_consult", "demo", str(demo), "--members", str(members)],
                   check=True, stdout=subprocess.DEVNULL)
    base = folder / "collectif.dpic"
    subprocess.run([sys.executable, "-m", "dpi_consult", "collect", str(base), str(demo / "members"), "--org",
                    "Fédération de référence"], check=True, stdout=subprocess.DEVNULL)
    form = bundled_form()
    long_ids = [q.id for q in form.questions if q.kind is QuestionKind.LONG_TEXT]

    def first(draft: Draft) -> None:
        for question_id in long_ids[:30]:
            draft.answers[question_id] = at_limit(4000, f"{question_id} (coordinatrice 1)")

    def second(draft: Draft) -> None:
        for question_id in long_ids[30:60]:
            draft.answers[question_id] = at_limit(4000, f"{question_id} (coordinatrice 2)")

    return (edited_copy(base, "coordinatrice-1.dpic", "Coordinatrice 1", first),
            edited_copy(base, "coordinatrice-2.dpic", "Coordinatrice 2", second))


def merge_once(mine: Path, theirs: Path, out: Path) -> tuple[float, int]:
    start = time.perf_counter()
    draft, binding = open_draft(mine)
    other, _ = open_draft(theirs)
    check_mergeable(draft, other, mine.name, theirs)
    result = merge_drafts(binding.form, draft, other, "Benchmark")
    save_draft(result.draft, out, "Benchmark")
    return time.perf_counter() - start, len(result.conflicts)


def reference_once(mine: Path, theirs: Path, out: Path) -> float:
    start = time.perf_counter()
    data = json.loads(mine.read_bytes())
    json.loads(theirs.read_bytes())
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return time.perf_counter() - start


def scenario(name: str, mine: Path, theirs: Path, runs: int, target_ms: int) -> bool:
    out = mine.parent / "fusion.dpic"
    merge_once(mine, theirs, out)  # warms the caches a user's second merge would find warm too
    timings, conflicts = zip(*(merge_once(mine, theirs, out) for _ in range(runs)), strict=True)
    references = [reference_once(mine, theirs, mine.parent / "reference.json") for _ in range(runs)]
    ours, floor = statistics.median(timings) * 1000, statistics.median(references) * 1000
    size = (mine.stat().st_size + theirs.stat().st_size) / 1e6
    met = ours < target_ms
    print(f"{name}: {size:.1f} MB read, {conflicts[0]} conflicts")
    print(f"  merge (read both, merge, write): median {ours:.0f} ms (runs: "
          f"{', '.join(f'{t * 1000:.0f}' for t in timings)}; target < {target_ms} ms: {'met' if met else 'NOT MET'})")
    print(f"  json.load of both + json.dump: median {floor:.0f} ms; ratio {ours / floor:.1f}")
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        (folder / "draft").mkdir()
        (folder / "collective").mkdir()
        ok = scenario("draft answered at every limit", *draft_copies(folder / "draft"), args.runs, DRAFT_TARGET_MS)
        ok &= scenario(f"collective of {args.members} members", *collective_copies(folder / "collective",
                                                                                    args.members),
                       args.runs, COLLECTIVE_TARGET_MS)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
