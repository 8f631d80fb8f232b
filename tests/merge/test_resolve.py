"""Resolving a conflict: the choice applies to the conflicting paragraphs only, whatever was combined around them."""

from __future__ import annotations

from pathlib import Path

import pytest
from merge_copies import BASE_TEXT, CHOICE, LONG, base_file, copy_edited, replace_paragraph

from dpi_consult.draft.files import read_draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.merge.drafts import merge_drafts
from dpi_consult.merge.resolve import Keep, conflict_view, resolved_value

KEY = f"answers/{LONG}"
DPO = "L’historique des soins : vingt ans."
RSSI = "L’historique des soins : six mois."


def conflicting(tmp_path: Path):
    base = base_file(tmp_path)
    dpo = copy_edited(base, "dpo.dpic", "DPO", lambda form, d: (
        d.set_value(form, LONG, replace_paragraph(replace_paragraph(BASE_TEXT, 1, DPO), 0, "Premier revu.")),
        d.set_value(form, CHOICE, "oui")))
    rssi = copy_edited(base, "rssi.dpic", "RSSI", lambda form, d: (
        d.set_value(form, LONG, replace_paragraph(BASE_TEXT, 1, RSSI)), d.set_value(form, CHOICE, "non")))
    form = bundled_form()
    return form, merge_drafts(form, read_draft(dpo), read_draft(rssi), "Fusion").draft, base


def test_each_choice_keeps_what_was_combined_elsewhere(tmp_path: Path):
    form, merged, _base = conflicting(tmp_path)
    last = BASE_TEXT.split("\n\n")[2]
    assert resolved_value(form, merged, KEY, Keep.FIRST) == f"Premier revu.\n\n{DPO}\n\n{last}"
    assert resolved_value(form, merged, KEY, Keep.SECOND) == f"Premier revu.\n\n{RSSI}\n\n{last}"
    assert resolved_value(form, merged, KEY, Keep.BOTH) == f"Premier revu.\n\n{DPO}\n\n{RSSI}\n\n{last}"
    assert resolved_value(form, merged, f"answers/{CHOICE}", Keep.SECOND) == "non"
    with pytest.raises(ValueError):
        resolved_value(form, merged, f"answers/{CHOICE}", Keep.BOTH)


def test_the_view_shows_both_versions_against_their_common_start(tmp_path: Path):
    form, merged, _base = conflicting(tmp_path)
    view = conflict_view(form, merged, KEY)
    assert (view.first.author, view.second.author) == ("DPO", "RSSI") and view.paragraphs
    assert view.base_text == BASE_TEXT and not view.edited_since
    added = "".join(s.text for s in view.second.changes if s.change == "added")
    assert "six mois." in added
    choice = conflict_view(form, merged, f"answers/{CHOICE}")
    assert (choice.first.text, choice.second.text, choice.paragraphs) == ("Oui", "Non", False)


def test_a_change_typed_after_the_merge_stays_when_a_side_is_chosen(tmp_path: Path):
    form, merged, _base = conflicting(tmp_path)
    text = merged.answers[LONG] + "\n\nAjouté après la fusion."
    merged.answers[LONG] = text
    assert conflict_view(form, merged, KEY).edited_since
    assert resolved_value(form, merged, KEY, Keep.SECOND).endswith(f"{RSSI}\n\n{BASE_TEXT.split(chr(10) * 2)[2]}"
                                                                    "\n\nAjouté après la fusion.")
    assert DPO not in resolved_value(form, merged, KEY, Keep.SECOND)


def test_an_open_conflict_survives_a_later_merge_that_combines_other_paragraphs(tmp_path: Path):
    form, merged, base = conflicting(tmp_path)
    later = copy_edited(base, "dim.dpic", "DIM", lambda form, d: d.set_value(
        form, LONG, replace_paragraph(BASE_TEXT, 2, "Le coût est chiffré par le DIM.")))
    again = merge_drafts(form, merged, read_draft(later), "Fusion").draft
    assert KEY in again.conflicts and again.conflicts[KEY] == merged.conflicts[KEY]
    assert again.answers[LONG] == f"Premier revu.\n\n{DPO}\n\n{RSSI}\n\nLe coût est chiffré par le DIM."
    assert resolved_value(form, again, KEY, Keep.FIRST) == f"Premier revu.\n\n{DPO}\n\nLe coût est chiffré par le DIM."
