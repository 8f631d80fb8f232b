"""One way to put an answer in words, for the CSV, the coordinator's reading, search and the recovery preview."""

from __future__ import annotations

from dpi_consult.draft.answer_text import answer_text, option_labels
from dpi_consult.form.registry import bundled_form

FORM = bundled_form()
ROLES = FORM.question("identification.roles")
CLARITY = FORM.question("fiche-01.clarte")
LONG = FORM.question("fiche-01.difficultes")
MEMBERS = FORM.question("identification.membres")


def test_options_read_as_their_labels_in_the_forms_order_whatever_the_ticking():
    assert ROLES is not None
    assert option_labels(ROLES, ["dsi", "dpo"]) == ["Délégué à la protection des données (DPO)", "DSI"]
    assert answer_text(ROLES, ["dsi", "dpo"], separator=" ; ") == "Délégué à la protection des données (DPO) ; DSI"
    assert CLARITY is not None and answer_text(CLARITY, CLARITY.options[0].id) == CLARITY.options[0].label


def test_a_long_answer_loses_its_markers_unless_they_are_kept():
    source = "Une **difficulté** :\n\n- premier point\n- second point"
    plain = answer_text(LONG, source)
    assert "**" not in plain and "difficulté" in plain and "premier point" in plain
    assert answer_text(LONG, source, keep_markdown=True) == source


def test_numbers_and_answers_the_form_no_longer_has_stay_as_stored():
    assert answer_text(MEMBERS, 1200) == "1200"
    assert answer_text(None, "**gardé tel quel**") == "**gardé tel quel**"
    assert answer_text(None, ["a", "b"]) == "a, b"
    assert answer_text(LONG, None) == ""
