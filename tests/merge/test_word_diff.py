"""Word-by-word differences: each side of the comparison is given back exactly by its pieces."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dpi_consult.merge.word_diff import Change, word_changes

WORDS = st.lists(st.sampled_from(["le", "dossier", "patient", "DPI", ",", " ", "\n\n", "l’équipe", "soins", "."]))


@given(WORDS, WORDS)
def test_pieces_give_back_both_texts(old_words, new_words):
    old, new = "".join(old_words), "".join(new_words)
    pieces = word_changes(old, new)
    assert "".join(p.text for p in pieces if p.change is not Change.ADDED) == old
    assert "".join(p.text for p in pieces if p.change is not Change.REMOVED) == new


def test_a_changed_word_is_shown_removed_then_added():
    pieces = word_changes("Six mois suffisent.", "Douze mois suffisent.")
    assert [(p.change, p.text) for p in pieces] == [(Change.REMOVED, "Six"), (Change.ADDED, "Douze"),
                                                    (Change.SAME, " mois suffisent.")]
