"""A member's decisions on the federation's proposed answers, as rules of the core (no window needed)."""

from __future__ import annotations

import pytest

from dpi_consult.draft.kit import Kit
from dpi_consult.draft.model import Draft, ProposalDecision
from dpi_consult.form.registry import bundled_form
from dpi_consult.kit import proposals

FORM = bundled_form()
TEXT = "fiche-01.difficultes"
ROLES = "identification.roles"
PROPOSED = "La fiche est **claire** pour notre fédération."


@pytest.fixture
def draft() -> Draft:
    draft = Draft.new(FORM, organisation="CHU de Montpellier")
    draft.kit = Kit(id="kit-1", proposals={TEXT: PROPOSED, ROLES: ["dpo", "dim"]})
    return draft


def test_adopting_writes_the_proposal_as_the_answer(draft: Draft):
    assert proposals.take_proposal(FORM, draft, TEXT, ProposalDecision.ADOPTED)
    assert draft.value(FORM, TEXT) == PROPOSED
    assert draft.proposal_decision(TEXT) is ProposalDecision.ADOPTED


def test_a_taken_list_is_a_copy_the_kit_does_not_share(draft: Draft):
    proposals.take_proposal(FORM, draft, ROLES, ProposalDecision.EDITED)
    answer = draft.value(FORM, ROLES)
    assert isinstance(answer, list)
    answer.append("autre")
    assert draft.kit is not None and draft.kit.proposals[ROLES] == ["dpo", "dim"]


def test_nothing_proposed_nothing_taken(draft: Draft):
    assert not proposals.take_proposal(FORM, draft, "fiche-02.difficultes", ProposalDecision.ADOPTED)
    assert draft.value(FORM, "fiche-02.difficultes") is None and draft.proposal_decisions == {}


def test_ignoring_is_not_a_way_of_taking(draft: Draft):
    with pytest.raises(ValueError):
        proposals.take_proposal(FORM, draft, TEXT, ProposalDecision.IGNORED)


def test_only_an_answer_of_ones_own_needs_asking_before_it_is_replaced(draft: Draft):
    assert not proposals.replaces_own_answer(FORM, draft, TEXT)  # no answer yet
    draft.set_value(FORM, TEXT, PROPOSED)
    assert not proposals.replaces_own_answer(FORM, draft, TEXT)  # already the proposal
    draft.set_value(FORM, TEXT, "Notre propre avis.")
    assert proposals.replaces_own_answer(FORM, draft, TEXT)


def test_ignoring_keeps_the_members_own_answer(draft: Draft):
    draft.set_value(FORM, TEXT, "Notre propre avis.")
    proposals.ignore_proposal(draft, TEXT)
    assert draft.value(FORM, TEXT) == "Notre propre avis."
    assert draft.proposal_decision(TEXT) is ProposalDecision.IGNORED


def test_undo_removes_the_proposal_as_it_came_but_never_the_members_words(draft: Draft):
    proposals.take_proposal(FORM, draft, TEXT, ProposalDecision.ADOPTED)
    proposals.undo_decision(FORM, draft, TEXT)
    assert draft.value(FORM, TEXT) is None and draft.proposal_decision(TEXT) is None

    proposals.take_proposal(FORM, draft, TEXT, ProposalDecision.EDITED)
    draft.set_value(FORM, TEXT, PROPOSED + " Avec nos réserves.")
    proposals.undo_decision(FORM, draft, TEXT)
    assert draft.value(FORM, TEXT) == PROPOSED + " Avec nos réserves." and draft.proposal_decision(TEXT) is None


def test_undoing_an_ignored_proposal_keeps_an_answer_equal_to_it(draft: Draft):
    draft.set_value(FORM, TEXT, PROPOSED)  # typed by the member, not taken from the kit
    proposals.ignore_proposal(draft, TEXT)
    proposals.undo_decision(FORM, draft, TEXT)
    assert draft.value(FORM, TEXT) == PROPOSED


def test_rewording_an_adopted_proposal_makes_it_an_adapted_one(draft: Draft):
    proposals.take_proposal(FORM, draft, TEXT, ProposalDecision.ADOPTED)
    proposals.answer_edited(draft, FORM, TEXT)
    assert draft.proposal_decision(TEXT) is ProposalDecision.ADOPTED  # unchanged answer: still adopted
    draft.set_value(FORM, TEXT, PROPOSED + " Précision.")
    proposals.answer_edited(draft, FORM, TEXT)
    assert draft.proposal_decision(TEXT) is ProposalDecision.EDITED


def test_an_edit_never_turns_an_ignored_proposal_into_a_taken_one(draft: Draft):
    proposals.ignore_proposal(draft, TEXT)
    draft.set_value(FORM, TEXT, "Autre chose.")
    proposals.answer_edited(draft, FORM, TEXT)
    assert draft.proposal_decision(TEXT) is ProposalDecision.IGNORED
