#!/usr/bin/env python3
"""Drafting window speed: switching section, opening a fully answered draft, typing into a long answer.

Targets: section switch under 50 ms on the largest sheet (first build and cached); opening a draft with
every question answered at its limit under 300 ms; median handling per keystroke under 5 ms in a
20,000-character answer with spell checking, the counter and recovery writes on.
Exit code 1 when a target is missed.

    python benchmarks/gui_speed.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

OPEN_TARGET_SECONDS = 0.3
SWITCH_TARGET_SECONDS = 0.05
KEYSTROKE_TARGET_SECONDS = 0.005

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.TemporaryDirectory()
os.environ["DPI_CONSULT_HOME"] = _home.name

from keystrokes import time_keystrokes  # noqa: E402  (benchmarks/, the script's own folder)

from dpi_consult.demo.texts import long_answer  # noqa: E402
from dpi_consult.draft.files import save_draft  # noqa: E402
from dpi_consult.draft.model import Draft  # noqa: E402
from dpi_consult.form.model import QuestionKind  # noqa: E402
from dpi_consult.form.registry import bundled_form  # noqa: E402
from dpi_consult.gui.app import build_window, make_application  # noqa: E402
from dpi_consult.settings import Settings  # noqa: E402
from dpi_consult.spelling import get_speller  # noqa: E402


def full_draft(path: Path) -> None:
    """Every question answered, long texts filled to their limit."""
    import random

    rng = random.Random(3)
    form = bundled_form()
    draft = Draft.new(form, organisation="Centre hospitalier de Référence")
    for question in form.questions:
        if question.kind is QuestionKind.LONG_TEXT:
            text = ""
            while len(text) < question.max_chars:
                text += long_answer(rng, question.section_id, question.max_chars) + "\n\n"
            value = text[: question.max_chars].rstrip()
        elif question.kind is QuestionKind.SHORT_TEXT:
            value = {"email": "dpo@ch-reference.example.fr", "finess": "750000001"}.get(question.format or "", "Texte")
        elif question.kind is QuestionKind.SINGLE_CHOICE:
            value = question.options[0].id
        elif question.kind is QuestionKind.MULTIPLE_CHOICE:
            value = [o.id for o in question.options[:2]]
        else:
            value = 12
        draft.set_value(form, question.id, value)
    save_draft(draft, path, "Bench")


def largest_sheet() -> str:
    form = bundled_form()
    sheets = [s for s in form.sections if s.number is not None]
    return max(sheets, key=lambda s: (sum(q.kind is QuestionKind.LONG_TEXT for q in s.questions), len(s.questions))).id


def main() -> int:
    app = make_application()
    settings = Settings(user_name="Bench", spellcheck=True)
    folder = Path(_home.name)
    draft_path = folder / "complet.dpic"
    full_draft(draft_path)

    opens = []
    for _ in range(5):
        start = time.perf_counter()
        window = build_window(str(draft_path), settings)
        window.show()
        app.processEvents()
        opens.append(time.perf_counter() - start)
        window.document.set_modified(False)
        window.close()
        window.deleteLater()
        app.processEvents()
    window = build_window(str(draft_path), settings)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.spelling.start()
    deadline = time.perf_counter() + 60
    while not get_speller().ready and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if not get_speller().ready:
        raise SystemExit("the dictionary did not load")
    app.processEvents()

    sheet = largest_sheet()
    other = "fiche-01" if sheet != "fiche-01" else "fiche-02"
    # Building a page from scratch: what a switch would cost if the window had not built it ahead.
    section = window.document.form.section(sheet)
    start = time.perf_counter()
    from dpi_consult.gui.section_page import SectionPage

    scratch = SectionPage(section, window.document, window._decorate_editor)
    scratch.resize(1000, 700)
    scratch.show()
    app.processEvents()
    first_build = time.perf_counter() - start
    scratch.close()
    # In use, pages are built one per idle tick after the first frame.
    deadline = time.perf_counter() + 30
    while len(window.pages) < len(window.document.form.sections) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    switches = []
    for _ in range(20):
        window.navigator.select_section(other)
        app.processEvents()
        start = time.perf_counter()
        window.navigator.select_section(sheet)
        app.processEvents()
        switches.append(time.perf_counter() - start)

    # Typing: a 20,000-character answer (the limit does not stop typing), spell checking on.
    page = window.page(sheet)
    question_id = next(q for q, c in page.cards.items() if c.question.kind is QuestionKind.LONG_TEXT)
    import random

    rng = random.Random(5)
    text = ""
    while len(text) < 20_000:
        text += long_answer(rng, sheet, 4000) + "\n\n"
    window.document.set_value(question_id, text[:20_000])
    page.refresh()
    editor = page.cards[question_id].answer.editor.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(len(text[:20_000]) // 2)
    editor.setTextCursor(cursor)
    app.processEvents()
    keys, written = time_keystrokes(app, editor, window.keeper)
    window.document.set_modified(False)
    window.close()

    def ms(value: float) -> str:
        return f"{value * 1000:.1f} ms"

    missed = False

    def target(median: float, limit: float, label: str = "") -> str:
        nonlocal missed
        missed |= median >= limit
        return f"target {label}< {limit * 1000:.0f} ms: {'met' if median < limit else 'NOT MET'}"

    print(f"largest sheet: {sheet} ({len(page.cards)} questions)")
    print(f"open a draft with every question answered at its limit: median {ms(statistics.median(opens))} "
          f"(max {ms(max(opens))}; {target(statistics.median(opens), OPEN_TARGET_SECONDS)})")
    print(f"build the largest sheet's page from scratch (answers at their limit): {ms(first_build)}")
    print(f"switch to the largest sheet (pages built ahead after the first frame): median "
          f"{ms(statistics.median(switches))}, max {ms(max(switches))} "
          f"({target(statistics.median(switches), SWITCH_TARGET_SECONDS)})")
    print(f"keystroke in a 20,000-character answer, spell checking + counter + {written} recovery writes: "
          f"median {ms(statistics.median(keys))}, 95th percentile {ms(sorted(keys)[int(len(keys) * 0.95)])} "
          f"({target(statistics.median(keys), KEYSTROKE_TARGET_SECONDS, 'median ')})")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
