"""A question's themes in a collective: found from the members' answers, kept, and newcomers placed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from themes_helpers import QUESTION, collective_of, handwritten

from dpi_consult.collective.tally import MemberFilter
from dpi_consult.draft.themes import ThemeKind
from dpi_consult.form.registry import bundled_form
from dpi_consult.themes import theme_decisions
from dpi_consult.themes.agreement import adjusted_rand_index
from dpi_consult.themes.question_themes import can_have_themes, find_question_themes, place_newcomers
from dpi_consult.themes.theme_views import portraits, theme_rows

QUESTION_OF_FORM = bundled_form().question(QUESTION)
EARLY = 42  # members collected first; the rest arrive later


def placed(themes) -> list[str]:
    return [member_id for theme in themes.themes for member_id in theme.members]


def test_every_member_who_answered_is_in_exactly_one_theme(member_files: list[Path]):
    draft = collective_of(member_files)
    themes = find_question_themes(QUESTION_OF_FORM, draft.members)
    members = [member.member_id for member in draft.members]
    assert sorted(placed(themes)) == sorted(members)
    found = [theme for theme in themes.themes if theme.kind is ThemeKind.FOUND]
    assert 3 <= len(found) <= 12
    assert [theme.kind for theme in themes.themes].count(ThemeKind.OTHERS) <= 1
    assert themes.updated_at


def test_the_themes_agree_with_a_human_reading(member_files: list[Path]):
    """The engine's figure on these answers, through the collective (grouping, members): ARI 0.43 measured."""
    draft = collective_of(member_files)
    themes = find_question_themes(QUESTION_OF_FORM, draft.members)
    gold = {member.member_id: theme for member, (theme, _text) in zip(draft.members, handwritten(), strict=True)}
    found = {member_id: theme.id for theme in themes.themes for member_id in theme.members}
    assert adjusted_rand_index([gold[m] for m in gold], [found[m] for m in gold]) >= 0.38


def test_only_long_written_answers_have_themes():
    form = bundled_form()
    assert can_have_themes(QUESTION_OF_FORM)
    assert not can_have_themes(form.question("identification.type"))


def test_newcomers_join_themes_and_no_decision_is_undone(member_files: list[Path]):
    early = collective_of(member_files[:EARLY])
    themes = find_question_themes(QUESTION_OF_FORM, early.members)
    first = next(theme for theme in themes.themes if theme.kind is ThemeKind.FOUND)
    theme_decisions.rename(themes, first.id, "Séparer les traces du dossier")
    second = next(theme for theme in themes.themes if theme.kind is ThemeKind.FOUND and theme is not first)
    moved = second.members[0]
    theme_decisions.move(themes, [moved], first.id)
    before = {theme.id: list(theme.members) for theme in themes.themes}

    everyone = collective_of(member_files)
    newcomers = place_newcomers(themes, QUESTION_OF_FORM, everyone.members)
    assert sorted(newcomers) == sorted(m.member_id for m in everyone.members[EARLY:])
    assert sorted(placed(themes)) == sorted(m.member_id for m in everyone.members)
    for theme in themes.themes:  # the members already placed are where they were, newcomers after them
        if theme.id in before:
            assert theme.members[:len(before[theme.id])] == before[theme.id]
    named = themes.by_id(first.id)
    assert named.name == "Séparer les traces du dossier" and named.pinned and moved in named.members
    assert place_newcomers(themes, QUESTION_OF_FORM, everyone.members) == []  # nothing more to place


def test_a_member_whose_answer_is_emptied_leaves_its_theme(member_files: list[Path]):
    draft = collective_of(member_files[:EARLY])
    themes = find_question_themes(QUESTION_OF_FORM, draft.members)
    leaving = draft.members[0]
    emptied = [dataclasses.replace(m, answers={}) if m is leaving else m for m in draft.members]
    place_newcomers(themes, QUESTION_OF_FORM, emptied)
    assert leaving.member_id not in placed(themes)


def test_finding_again_keeps_pinned_themes_and_regroups_the_rest(member_files: list[Path]):
    draft = collective_of(member_files)
    themes = find_question_themes(QUESTION_OF_FORM, draft.members)
    kept = next(theme for theme in themes.themes if theme.kind is ThemeKind.FOUND)
    theme_decisions.rename(themes, kept.id, "Stockage à part")
    again = find_question_themes(QUESTION_OF_FORM, draft.members, keep=themes)
    same = again.by_id(kept.id)
    assert (same.name, same.members) == ("Stockage à part", kept.members)
    assert sorted(placed(again)) == sorted(m.member_id for m in draft.members)
    unpinned = [theme.id for theme in themes.themes if not theme.pinned]
    assert not set(unpinned) & {theme.id for theme in again.themes}  # the rest were found afresh


def test_the_rows_describe_each_theme_and_count_what_the_filters_keep(member_files: list[Path]):
    draft = collective_of(member_files)
    form = bundled_form()
    themes = find_question_themes(QUESTION_OF_FORM, draft.members)
    described = portraits(themes, QUESTION_OF_FORM, draft.members)
    rows = theme_rows(described, QUESTION_OF_FORM, form)
    for row in rows:
        assert len(row.members) == len(row.theme.members)
        assert sum(count for _label, count in row.by_type) == len(row.members)
        for passage, member in row.passages:
            assert member.member_id in row.theme.members
            assert " ".join(passage.split()[:3]) in " ".join(member.answers[QUESTION].split())
        if row.theme.kind is ThemeKind.FOUND:
            assert row.terms and len(row.passages) >= 1
    public = theme_rows(described, QUESTION_OF_FORM, form, MemberFilter(respondent_type="etablissement-public"))
    assert sum(len(row.members) for row in public) == sum(
        1 for m in draft.members if m.identity.get("identification.type") == "etablissement-public")
    assert all(label == "Établissement public de santé" for row in public for label, _n in row.by_type)
    assert [row.theme.id for row in public] == [row.theme.id for row in rows]
