"""Editing rules of the draft itself: what is kept for a status, a note and a decision, and what is dropped."""

from __future__ import annotations

from dpi_consult.draft.model import Draft, ProposalDecision, SheetStatus
from dpi_consult.form.registry import bundled_form

FORM = bundled_form()


def test_a_sheet_set_back_to_draft_leaves_nothing_stored():
    draft = Draft.new(FORM)
    assert not draft.set_status("fiche-01", SheetStatus.DRAFT)  # already what an unmarked sheet says
    assert draft.set_status("fiche-01", SheetStatus.READY)
    assert draft.statuses == {"fiche-01": SheetStatus.READY}
    assert not draft.set_status("fiche-01", SheetStatus.READY)
    assert draft.set_status("fiche-01", SheetStatus.DRAFT)
    assert draft.statuses == {} and draft.status("fiche-01") is SheetStatus.DRAFT


def test_a_blank_note_is_no_note():
    draft = Draft.new(FORM)
    assert not draft.set_note("fiche-01", "   \n")
    assert draft.notes == {}
    assert draft.set_note("fiche-01", "À voir avec le DIM")
    assert draft.note("fiche-01") == "À voir avec le DIM"
    assert draft.set_note("fiche-01", " \n ")
    assert draft.notes == {} and draft.note("fiche-01") == ""


def test_a_decision_set_to_undecided_is_forgotten():
    draft = Draft.new(FORM)
    assert not draft.set_proposal_decision("fiche-01.clarte", None)
    assert draft.set_proposal_decision("fiche-01.clarte", ProposalDecision.IGNORED)
    assert not draft.set_proposal_decision("fiche-01.clarte", ProposalDecision.IGNORED)
    assert draft.set_proposal_decision("fiche-01.clarte", None)
    assert draft.proposal_decisions == {}


def test_a_question_asked_only_of_federations_is_not_counted_for_a_hospital():
    form = bundled_form()
    draft = Draft.new(form, organisation="CH de Dax")
    answers = {"identification.type": "etablissement-public", "identification.roles": ["dpo"],
               "identification.finess": "400780193", "identification.region": "nouvelle-aquitaine",
               "identification.email": "dpo@ch-dax.fr", "identification.secteur": "public",
               "identification.etablissements": 1, "identification.lits-places": 420,
               "identification.utilisateurs-dpi": 1800, "identification.contact-nom": "Anne Dupuis",
               "identification.contact-fonction": "DPO", "identification.dpi-utilise": "Logiciel DPI 9.2"}
    for question_id, value in answers.items():
        draft.set_value(form, question_id, value)
    total = len(form.section("identification").questions)
    assert draft.answered_count(form, "identification") == (total - 1, total - 1)
    draft.set_value(form, "identification.type", "federation")
    assert draft.answered_count(form, "identification") == (total - 1, total)
    draft.set_value(form, "identification.membres", 42)
    assert draft.answered_count(form, "identification") == (total, total)
