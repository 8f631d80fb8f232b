"""What a member does with a federation's proposed answer: adopt it, adapt it, ignore it, or change their mind."""

from __future__ import annotations

from dpi_consult.draft.model import Draft, ProposalDecision
from dpi_consult.draft.values import Value, is_empty
from dpi_consult.form.model import Form

TAKEN = (ProposalDecision.ADOPTED, ProposalDecision.EDITED)


def proposal(draft: Draft, question_id: str) -> Value | None:
    """The answer the federation's kit proposes for a question, if any."""
    return draft.kit.proposals.get(question_id) if draft.kit is not None else None


def replaces_own_answer(form: Form, draft: Draft, question_id: str) -> bool:
    """True when taking the proposal would erase an answer the member wrote: they are asked first."""
    current = draft.value(form, question_id)
    return not is_empty(current) and current != proposal(draft, question_id)


def take_proposal(form: Form, draft: Draft, question_id: str, decision: ProposalDecision) -> bool:
    """Adopt or adapt: the proposal becomes the answer; False when the kit proposes nothing here."""
    if decision not in TAKEN:
        raise ValueError(f"a proposal is taken by adopting or adapting it, not by « {decision} »")
    proposed = proposal(draft, question_id)
    if proposed is None:
        return False
    # A value is text, a number or a list of option ids: the list is copied so that editing the answer
    # never changes the proposal the kit holds.
    draft.set_value(form, question_id, list(proposed) if isinstance(proposed, list) else proposed)
    draft.set_proposal_decision(question_id, decision)
    return True


def ignore_proposal(draft: Draft, question_id: str) -> None:
    """The proposal is not part of the member's answer; their own answer, if any, stays."""
    draft.set_proposal_decision(question_id, ProposalDecision.IGNORED)


def undo_decision(form: Form, draft: Draft, question_id: str) -> None:
    """Back to undecided; an answer that is still the proposal as it came goes with the decision."""
    if draft.proposal_decision(question_id) in TAKEN and draft.value(form, question_id) == proposal(draft, question_id):
        draft.set_value(form, question_id, None)
    draft.set_proposal_decision(question_id, None)


def answer_edited(draft: Draft, form: Form, question_id: str) -> None:
    """After the member changed an answer: an adopted proposal they reworded is now an adapted one."""
    if draft.proposal_decision(question_id) == ProposalDecision.ADOPTED and \
            draft.value(form, question_id) != proposal(draft, question_id):
        draft.set_proposal_decision(question_id, ProposalDecision.EDITED)
