"""Opening a large collective and showing the consolidation view: `python benchmarks/consolidation_view.py`.

A federation of N members (default 1,000) is generated and collected once. Then, in this process
(Qt offscreen unless a display is set), each run opens the collective draft from disk, reads its
members and shows the consolidation window at a question, until the window is painted; the
questions tried are the long-text question with the most answers and a choice question. Then
switching between questions in the open window, and aligning the provenance of a 20-paragraph
answer after an edit. Targets: open and show under 1 s, grouping the long-text question's answers
(core, no window) under 0.5 s; the reference in this run is the bare `read_draft` of the same file,
printed alongside. Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 1.0
GROUPING_TARGET_SECONDS = 0.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="dpi-consolidation-bench-") as tmp:
        os.environ["DPI_CONSULT_HOME"] = str(Path(tmp) / "home")
        cli = [sys.executable, "-m", "dpi_consult"]
        demo, collective = Path(tmp) / "demo", Path(tmp) / "collectif.dpic"
        subprocess.run([*cli, "demo", str(demo), "--members", str(args.members)], check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run([*cli, "collect", str(collective), str(demo / "members")], check=True,
                       stdout=subprocess.DEVNULL)
        return run(collective, args.runs)


def run(collective: Path, runs: int) -> int:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from dpi_consult.collective.grouping import group_answers
    from dpi_consult.collective.tally import member_answers
    from dpi_consult.draft.files import read_draft
    from dpi_consult.gui.app import build_window, make_application
    from dpi_consult.settings import Settings

    app = make_application()
    draft = read_draft(collective)
    members = draft.members
    form_questions = [q for q in build_window(None, Settings(user_name="x")).default_form.questions
                      if not q.id.startswith(("identification.", "publication."))]
    long_text = max((q for q in form_questions if q.kind.value == "long_text"),
                    key=lambda q: sum(1 for m in members if m.answers.get(q.id)))
    choice = next(q for q in form_questions if q.kind.is_choice)
    size_mb = collective.stat().st_size / 1e6
    print(f"collective: {len(members)} members, {size_mb:.1f} MB; questions: {long_text.id} "
          f"({sum(1 for m in members if m.answers.get(long_text.id))} answers), {choice.id}")

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    results: dict[str, list[float]] = {"read_draft (reference)": [], "group the long-text answers": [],
                                       "open + show, long text": [],
                                       "open + show, choice": [], "switch question": [], "realign 20 paragraphs": []}
    for _ in range(runs):
        start = time.perf_counter()
        read_draft(collective)
        results["read_draft (reference)"].append(time.perf_counter() - start)
        answers = member_answers(long_text, members)
        start = time.perf_counter()
        group_answers(long_text, answers)
        results["group the long-text answers"].append(time.perf_counter() - start)
        for label, question in (("open + show, long text", long_text), ("open + show, choice", choice)):
            start = time.perf_counter()
            window = build_window(str(collective), Settings(user_name="x"))
            view = window.consolidation.open(question.id)
            painted = Painted()
            view.installEventFilter(painted)
            while not painted.seen:
                app.processEvents()
            results[label].append(time.perf_counter() - start)
            if question is choice:
                start = time.perf_counter()
                view.show_question(long_text.id)
                app.processEvents()
                results["switch question"].append(time.perf_counter() - start)
                pane = view.collective_pane
                paragraphs = [m.answers[long_text.id] for m in members if m.answers.get(long_text.id)][:20]
                pane.markdown.editor.setPlainText("\n\n".join(" ".join(p.split()) for p in paragraphs))
                pane.flush()
                pane.markdown.editor.moveCursor(pane.markdown.editor.textCursor().MoveOperation.End)
                pane.markdown.editor.insertPlainText(" Ajout.")
                start = time.perf_counter()
                pane.flush()
                results["realign 20 paragraphs"].append(time.perf_counter() - start)
            window.document.set_modified(False)
            window.consolidation.close()
            window.close()
            window.deleteLater()
            QApplication.processEvents()
    failed = False
    for label, times in results.items():
        median = statistics.median(times)
        line = f"{label:<28} median {median * 1000:7.0f} ms  (max {max(times) * 1000:.0f} ms)"
        target = TARGET_SECONDS if label.startswith("open") else GROUPING_TARGET_SECONDS \
            if label.startswith("group") else None
        if target is not None:
            ok = median < target
            failed |= not ok
            line += f"  target < {target * 1000:.0f} ms: {'met' if ok else 'NOT MET'}"
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
