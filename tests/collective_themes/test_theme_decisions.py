"""The coordinator's decisions on themes: each does what it says, pins what it shapes, refuses what makes no sense."""

from __future__ import annotations

from pathlib import Path

import pytest
from themes_helpers import QUESTION, collective_of

from dpi_consult.draft.themes import QuestionThemes, StoredTheme, ThemeKind
from dpi_consult.errors import InputError
from dpi_consult.form.registry import bundled_form
from dpi_consult.themes import theme_decisions
from dpi_consult.themes.question_themes import find_question_themes


def sample() -> QuestionThemes:
    return QuestionThemes([StoredTheme("a", members=["m1", "m2"]), StoredTheme("b", members=["m3"]),
                           StoredTheme("c", members=["m4", "m5"]),
                           StoredTheme("o", ThemeKind.OTHERS, members=["m6"])], "2025-01-01T00:00:00Z")


def test_renaming_pins_and_an_empty_name_gives_the_terms_back():
    themes = sample()
    theme_decisions.rename(themes, "a", "  Coût   des   traces ")
    assert (themes.by_id("a").name, themes.by_id("a").pinned) == ("Coût des traces", True)
    assert themes.updated_at > "2025-01-01T00:00:00Z"
    theme_decisions.rename(themes, "a", "")
    assert themes.by_id("a").name == ""
    with pytest.raises(InputError, match="au-delà de la limite"):
        theme_decisions.rename(themes, "a", "x" * 201)


def test_naming_the_others_makes_them_a_theme():
    themes = sample()
    theme_decisions.rename(themes, "o", "Hors sujet")
    assert (themes.by_id("o").kind, themes.by_id("o").pinned) == (ThemeKind.FOUND, True)


def test_pinning_the_residual_groups_is_refused():
    themes = sample()
    theme_decisions.set_pinned(themes, "b", True)
    assert themes.by_id("b").pinned
    with pytest.raises(InputError, match="ne s’épinglent pas"):
        theme_decisions.set_pinned(themes, "o", True)


def test_merging_gathers_the_answers_in_the_first_and_keeps_a_name():
    themes = sample()
    theme_decisions.rename(themes, "c", "Stockage")
    merged = theme_decisions.merge(themes, ["a", "c", "b"])
    assert [t.id for t in themes.themes] == ["a", "o"]
    assert (merged.members, merged.name, merged.pinned) == (["m1", "m2", "m4", "m5", "m3"], "Stockage", True)
    with pytest.raises(InputError, match="au moins deux"):
        theme_decisions.merge(themes, ["a", "a"])


def test_moving_answers_pins_the_target_and_drops_an_emptied_theme():
    themes = sample()
    theme_decisions.move(themes, ["m3", "m6"], "c")
    assert themes.by_id("c").members == ["m4", "m5", "m3", "m6"] and themes.by_id("c").pinned
    assert [t.id for t in themes.themes] == ["a", "c"]  # b and « autres » emptied
    theme_decisions.set_pinned(themes, "a", True)
    theme_decisions.move(themes, ["m1", "m2"], "c")
    assert [t.id for t in themes.themes] == ["a", "c"] and themes.by_id("a").members == []  # pinned stays


def test_a_new_theme_from_chosen_answers():
    themes = sample()
    made = theme_decisions.new_theme(themes, "Calendrier", ["m2", "m4"])
    assert (made.name, made.members, made.pinned) == ("Calendrier", ["m2", "m4"], True)
    assert themes.by_id("a").members == ["m1"] and themes.by_id("c").members == ["m5"]


def test_splitting_cuts_a_theme_in_its_own_themes_where_it_stood(member_files: list[Path]):
    question = bundled_form().question(QUESTION)
    draft = collective_of(member_files)
    themes = find_question_themes(question, draft.members)
    everyone = sorted(m for t in themes.themes for m in t.members)
    # Two themes merged, then split again: the parts come back in the merged theme's place.
    found = [t.id for t in themes.themes if t.kind is ThemeKind.FOUND]
    merged = theme_decisions.merge(themes, found[:2])
    at = themes.themes.index(merged)
    parts = theme_decisions.split(themes, merged.id, question, draft.members)
    assert len(parts) >= 2 and themes.themes[at:at + len(parts)] == parts
    assert all(part.pinned and part.members for part in parts)
    assert sorted(m for t in themes.themes for m in t.members) == everyone


def test_a_theme_of_one_wording_cannot_be_split(member_files: list[Path]):
    question = bundled_form().question(QUESTION)
    draft = collective_of(member_files[:3])
    themes = QuestionThemes([StoredTheme("a", members=[m.member_id for m in draft.members])])
    with pytest.raises(InputError, match="ne forment pas plusieurs thèmes"):
        theme_decisions.split(themes, "a", question, draft.members)
