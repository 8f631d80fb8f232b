"""Recovery while typing: the working state reaches its file within a second of the first change and every
second while changes go on, not only once typing pauses."""

from __future__ import annotations

import time

from dpi_consult.recovery import read_recovery, recovery_path

QUESTION = "fiche-06.difficultes"


def kept_text(path) -> str:
    try:
        return read_recovery(path).draft.answers.get(QUESTION) or ""
    except (OSError, ValueError):
        return ""


def test_typing_without_a_pause_is_kept_every_second(make_window, qtbot):
    window = make_window()
    path = recovery_path(window.document.draft)
    text = ""
    started = time.monotonic()
    kept_at: list[tuple[float, int]] = []
    # Typing without a pause for three seconds: a word every 50 ms.
    while time.monotonic() - started < 3.0:
        text += "mot "
        window.document.set_value(QUESTION, text)
        qtbot.wait(50)
        length = len(kept_text(path))
        if length and (not kept_at or length != kept_at[-1][1]):
            kept_at.append((time.monotonic() - started, length))
    assert kept_at, "nothing kept while typing"
    first, _ = kept_at[0]
    assert first <= 1.6, f"first write {first:.2f} s after the first change"
    gaps = [later - earlier for (earlier, _), (later, _) in zip(kept_at, kept_at[1:], strict=False)]
    assert len(kept_at) >= 2 and max(gaps) <= 1.6, f"writes at {[round(t, 2) for t, _ in kept_at]}"
    # And what was typed last is kept within a second of the last key.
    final = window.document.value(QUESTION)
    qtbot.waitUntil(lambda: kept_text(path) == final, timeout=1600)
