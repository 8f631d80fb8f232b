"""Three-way merge of a text by paragraphs: what combines, what conflicts, and what the provisional text keeps."""

from __future__ import annotations

from dpi_consult.merge.paragraphs3 import has_conflict, hunks_text, merge_text

BASE = "Premier.\n\nDeuxième.\n\nTroisième."


def merged(first: str, second: str, base: str = BASE) -> tuple[str, bool]:
    hunks = merge_text(base, first, second)
    return hunks_text(hunks), has_conflict(hunks)


def test_changes_in_different_paragraphs_combine():
    assert merged("Premier, revu.\n\nDeuxième.\n\nTroisième.", "Premier.\n\nDeuxième.\n\nTroisième, revu.") == (
        "Premier, revu.\n\nDeuxième.\n\nTroisième, revu.", False)


def test_adjacent_paragraphs_changed_on_each_side_combine():
    assert merged("Premier, revu.\n\nDeuxième.\n\nTroisième.", "Premier.\n\nDeuxième, revu.\n\nTroisième.") == (
        "Premier, revu.\n\nDeuxième, revu.\n\nTroisième.", False)


def test_an_edit_and_an_insertion_after_it_combine():
    assert merged("Premier, revu.\n\nDeuxième.\n\nTroisième.", "Premier.\n\nNouveau.\n\nDeuxième.\n\nTroisième.") == (
        "Premier, revu.\n\nNouveau.\n\nDeuxième.\n\nTroisième.", False)


def test_a_deletion_on_one_side_is_kept():
    assert merged("Premier.\n\nTroisième.", BASE) == ("Premier.\n\nTroisième.", False)


def test_the_same_change_on_both_sides_is_taken_once():
    assert merged("Premier.\n\nDeuxième, revu.\n\nTroisième.", "Premier.\n\nDeuxième, revu.\n\nTroisième.") == (
        "Premier.\n\nDeuxième, revu.\n\nTroisième.", False)


def test_the_same_paragraph_changed_both_ways_conflicts_and_keeps_both_whole():
    hunks = merge_text(BASE, "Premier.\n\nDeuxième, version A.\n\nTroisième.",
                       "Premier.\n\nDeuxième, version B.\n\nTroisième.")
    assert has_conflict(hunks)
    [conflict] = [h for h in hunks if h.conflict]
    assert (conflict.base, conflict.first, conflict.second) == (
        ("Deuxième.",), ("Deuxième, version A.",), ("Deuxième, version B.",))
    assert hunks_text(hunks) == "Premier.\n\nDeuxième, version A.\n\nDeuxième, version B.\n\nTroisième."
    assert hunks_text(hunks, "first") == "Premier.\n\nDeuxième, version A.\n\nTroisième."
    assert hunks_text(hunks, "second") == "Premier.\n\nDeuxième, version B.\n\nTroisième."


def test_text_inside_a_paragraph_is_never_interleaved():
    text, conflict = merged("Premier.\n\nDeuxième avec un ajout au début.\n\nTroisième.",
                            "Premier.\n\nDeuxième, et un ajout à la fin.\n\nTroisième.")
    assert conflict
    assert "Deuxième avec un ajout au début." in text.split("\n\n")
    assert "Deuxième, et un ajout à la fin." in text.split("\n\n")


def test_a_deletion_against_an_edit_conflicts_and_keeps_the_edit():
    text, conflict = merged("Premier.\n\nTroisième.", "Premier.\n\nDeuxième, revu.\n\nTroisième.")
    assert conflict and text == "Premier.\n\nDeuxième, revu.\n\nTroisième."


def test_a_paragraph_one_side_deleted_and_the_other_left_alone_does_not_come_back_in_a_conflict():
    # One side deletes two paragraphs at once; the other rewrites the first of them: the rewrite stays, the
    # second paragraph (deleted by one, untouched by the other) stays deleted.
    text, conflict = merged("Troisième.", "Premier, revu.\n\nDeuxième.\n\nTroisième.")
    assert conflict and text == "Premier, revu.\n\nTroisième."


def test_two_insertions_at_the_same_place_conflict_and_both_stay():
    text, conflict = merged(BASE + "\n\nAjout A.", BASE + "\n\nAjout B.")
    assert conflict and text == BASE + "\n\nAjout A.\n\nAjout B."


def test_from_nothing():
    assert merged("Texte A.", "", base="") == ("Texte A.", False)
    assert merged("Texte A.", "Texte A.", base="") == ("Texte A.", False)
