"""Format 1.5: a collective's themes in the .dpic, read, checked, written back, merged; the 1.5 fixture forever."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from themes_helpers import FIXTURES, QUESTION

from dpi_consult.draft.codec import FORMAT_MINOR, draft_from_json, draft_to_json
from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.themes import QuestionThemes, StoredTheme, ThemeKind
from dpi_consult.errors import DraftError
from dpi_consult.merge.drafts import merge_themes

FIXTURE = FIXTURES / "format-v1.5-themes.dpic"


def fixture_json() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def test_the_fixture_opens_with_its_themes_and_saves_them_back(tmp_path: Path):
    draft = read_draft(FIXTURE)
    themes = draft.themes[QUESTION]
    named = themes.themes[0]
    assert (named.name, named.pinned, named.kind) == ("Séparer les traces du dossier médical", True, ThemeKind.FOUND)
    assert [theme.kind for theme in themes.themes] == [ThemeKind.FOUND, ThemeKind.FOUND, ThemeKind.OTHERS]
    members = {member.member_id for member in draft.members}
    placed = [member_id for theme in themes.themes for member_id in theme.members]
    assert len(placed) == len(set(placed)) == len(members) == 24 and set(placed) == members
    out = tmp_path / "copie.dpic"
    save_draft(draft, out, "Coordinatrice")
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["format_minor"] == FORMAT_MINOR == 5
    assert written["themes"] == fixture_json()["themes"]


def test_a_draft_without_themes_is_written_without_the_key():
    data = fixture_json()
    data.pop("themes")
    assert "themes" not in draft_to_json(draft_from_json(data, "sans-themes.dpic"))


def test_fields_of_a_newer_minor_inside_themes_are_kept():
    data = fixture_json()
    data["themes"][QUESTION]["couleur"] = "bleu"
    data["themes"][QUESTION]["themes"][0]["note"] = "à revoir"
    written = draft_to_json(draft_from_json(data, "plus-recent.dpic"))
    assert written["themes"][QUESTION]["couleur"] == "bleu"
    assert written["themes"][QUESTION]["themes"][0]["note"] == "à revoir"


def _broken(change) -> str:
    data = fixture_json()
    change(data["themes"][QUESTION]["themes"])
    with pytest.raises(DraftError) as caught:
        draft_from_json(data, "themes.dpic")
    return str(caught.value)


def test_a_member_in_two_themes_is_refused():
    def twice(themes):
        themes[1]["members"].append(themes[0]["members"][0])
    message = _broken(twice)
    assert "themes.dpic" in message and "déjà dans le thème" in message and ".members[" in message


@pytest.mark.parametrize(("change", "expected"), [
    (lambda themes: themes[1].update(id=themes[0]["id"]), "déjà pris par un autre thème"),
    (lambda themes: themes[1].update(kind="others"), "un seul groupe « others » par question"),
    (lambda themes: themes[0].update(kind="favori"), "sorte de thème inconnue"),
    (lambda themes: themes[0].update(name="x" * 201), "au-delà de la limite de 200"),
    (lambda themes: themes[0].update(members="tous"), "une liste était attendue"),
    (lambda themes: themes[0].update(pinned="oui"), "true ou false était attendu"),
    (lambda themes: themes[0].update(id=""), "chaîne non vide"),
])
def test_bad_themes_are_refused_in_one_line_naming_the_field(change, expected: str):
    message = _broken(change)
    assert expected in message and "themes." in message and "\n" not in message


def test_a_merge_keeps_per_question_the_themes_changed_last():
    def themes(name: str, when: str) -> QuestionThemes:
        return QuestionThemes([StoredTheme("t-1", name=name, pinned=True, members=["m1"])], when)

    mine, theirs = read_draft(FIXTURE), read_draft(FIXTURE)
    mine.themes = {"q1": themes("mien", "2025-05-02T10:00:00Z"), "q2": themes("mien", "2025-05-01T10:00:00Z")}
    theirs.themes = {"q1": themes("sien", "2025-05-01T10:00:00Z"), "q2": themes("sien", "2025-05-03T10:00:00Z"),
                     "q3": themes("sien", "")}
    merged = merge_themes(mine, theirs)
    assert {question: t.themes[0].name for question, t in merged.items()} == {"q1": "mien", "q2": "sien", "q3": "sien"}
    merged["q1"].themes[0].members.append("m2")
    assert mine.themes["q1"].themes[0].members == ["m1"]  # a copy, not the side's own
