"""One free-text question with 250 answers consolidated, timed by a model: `python benchmarks/consolidation_walk.py`.

No coordinator times it here, so the time is counted by the issue's model: 40 s for each answer read in
full, 5 s for each answer dealt with without a full read (inside a group of identical or near-identical
answers, or every paragraph already marked « déjà repris »), and 3 s for each user action.

- Now: the walk is scripted through the real consolidation window (offscreen). The first group is
  selected (1 action); then, group after group, « Insérer toute la réponse » (1 action; when the whole
  answer is already in the collective answer, the question that follows is answered with its default,
  « Attribuer », 1 more action). The window moves on to the next group left by itself, until nothing is
  left to deal with.
- Before (the window without groups, handled states or « déjà repris »): every answer read in full and
  selected (1 action); a new answer inserted whole (1 action); an answer repeating one already taken
  attributed by hand (select the paragraph, « Membres de ce paragraphe… », type the name, tick, OK:
  5 actions).

Target: the question in under two hours now. Exit code 1 when it is missed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

FULL_READ_SECONDS = 40
GROUPED_SECONDS = 5
ACTION_SECONDS = 3
TARGET_HOURS = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1000, help="size of the demo federation (default 1,000)")
    parser.add_argument("--answers", type=int, default=250, help="answers to the question walked (default 250)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="dpi-walk-bench-") as tmp:
        os.environ["DPI_CONSULT_HOME"] = str(Path(tmp) / "home")
        demo = Path(tmp) / "demo"
        subprocess.run([sys.executable, "-m", "dpi_consult", "demo", str(demo), "--members", str(args.members)],
                       check=True, stdout=subprocess.DEVNULL)
        return walk(demo / "members", args.answers, Path(tmp) / "collectif.dpic")


def collective_with(members_folder: Path, answers: int, path: Path) -> str:
    """A collective of the first members up to `answers` answers to the question most answered; its id."""
    from dpi_consult.collective.collect import collect_files
    from dpi_consult.draft.files import save_draft
    from dpi_consult.draft.model import Draft
    from dpi_consult.form.registry import bundled_form

    form = bundled_form()
    everyone = Draft.new(form)
    collect_files(everyone, sorted(members_folder.glob("*.dpic")), form=form)
    questions = [q for q in form.questions if q.kind.value == "long_text"]
    question = max(questions, key=lambda q: sum(1 for m in everyone.members if m.answers.get(q.id)))
    kept, count = [], 0
    for member in everyone.members:
        if count == answers:
            break
        kept.append(member)
        count += bool(member.answers.get(question.id))
    collective = Draft.new(form, organisation="Fédération de la marche")
    collective.sources = kept
    save_draft(collective, path, "Coordinatrice")
    return question.id


def hours(seconds: float) -> str:
    return f"{seconds / 3600:.2f} h"


def walk(members_folder: Path, answers: int, path: Path) -> int:
    from dpi_consult.collective.grouping import group_answers
    from dpi_consult.collective.tally import member_answers
    from dpi_consult.gui import collective_answer_pane
    from dpi_consult.gui.app import build_window, make_application
    from dpi_consult.settings import Settings

    question_id = collective_with(members_folder, answers, path)
    app = make_application()
    window = build_window(str(path), Settings(user_name="Coordinatrice"))
    view = window.consolidation.open(question_id)
    pane, collective = view.answers_pane, view.collective_pane
    question = collective.question
    shown = member_answers(question, window.document.draft.members)
    groups = group_answers(question, shown)

    asked: list[list[int]] = []
    collective.ask_taken_again = lambda numbers: asked.append(numbers) or collective_answer_pane.ATTRIBUTE
    actions = 1  # selecting the first group
    full_reads = quick = 0
    pane.select_row(0)
    steps = 0
    while collective.left():
        (row,) = pane.selected_rows()
        covered = bool(pane.reader.paragraphs) and len(pane.reader.taken) == len(pane.reader.paragraphs)
        # The members of the group already dealt with (a later group can repeat an earlier one) are not read.
        new = sum(1 for state in row.states if state.value != "handled")
        if covered:
            quick += new
        else:
            full_reads += 1
            quick += new - 1
        before = len(asked)
        pane.insert_whole.click()
        app.processEvents()
        actions += 1 + (len(asked) - before)
        steps += 1
        if steps > 2 * len(shown):
            raise SystemExit("the walk does not end: an insertion left its answers to deal with")
    window.document.set_modified(False)
    window.close()

    now = full_reads * FULL_READ_SECONDS + quick * GROUPED_SECONDS + actions * ACTION_SECONDS
    repeats = len(shown) - len(groups)
    before_actions = len(shown) + len(groups) * 1 + repeats * 5
    before = len(shown) * FULL_READ_SECONDS + before_actions * ACTION_SECONDS
    print(f"question {question_id}: {len(shown)} answers, {len(groups)} groups of identical or near-identical ones")
    print(f"before: {len(shown)} full reads, {before_actions} actions: {hours(before)}")
    print(f"now:    {full_reads} full reads, {quick} answers dealt with unread in full, {actions} actions "
          f"({len(asked)} confirmations): {hours(now)} (target < {TARGET_HOURS:.0f} h: "
          f"{'met' if now < TARGET_HOURS * 3600 else 'NOT MET'})")
    return 0 if now < TARGET_HOURS * 3600 else 1


if __name__ == "__main__":
    sys.exit(main())
