"""Word-by-word differences: each side of a comparison is given back exactly by its spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dpi_consult.word_changes import Change, inline_changes, word_changes

WORDS = st.lists(st.sampled_from(["le ", "dossier ", "patient", "DPI, ", " ", "\n\n", "l’équipe ", "soins.", "."]))


@given(WORDS, WORDS)
def test_spans_give_back_both_texts(old_words, new_words):
    old, new = "".join(old_words), "".join(new_words)
    inline = inline_changes(old, new)
    assert "".join(s.text for s in inline if s.change is not Change.ADDED) == old
    assert "".join(s.text for s in inline if s.change is not Change.REMOVED) == new
    before, after = word_changes(old, new)
    assert "".join(s.text for s in before) == old and "".join(s.text for s in after) == new


def test_a_changed_word_is_shown_removed_then_added():
    assert [(s.change, s.text) for s in inline_changes("Six mois suffisent.", "Douze mois suffisent.")] == [
        (Change.REMOVED, "Six "), (Change.ADDED, "Douze "), (Change.SAME, "mois suffisent.")]
