"""What has no history of its own merges by a stated rule; each rule holds whatever the two copies hold."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dpi_consult.draft.consolidation import Handled, HandledAs, QuestionWork
from dpi_consult.draft.kit import Kit, KitMember
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.model import Draft, FormRef, ProposalDecision
from dpi_consult.draft.paragraphs import Paragraph
from dpi_consult.merge.drafts import merge_consolidation, merge_decisions, merge_kit, merge_naming, merge_sources
from dpi_consult.merge.fields import Outcome

MEMBER_IDS = st.sampled_from([f"m{i}" for i in range(5)])
TIMES = st.sampled_from(["2025-05-01T10:00:00Z", "2025-05-02T10:00:00Z", "2025-05-03T10:00:00Z", None])


@st.composite
def members(draw) -> list[MemberContribution]:
    ids = draw(st.lists(MEMBER_IDS, unique=True, max_size=5))
    return [MemberContribution(draft_id=member_id, saved_at=draw(TIMES), form_id="f", form_version="1",
                               identity={"identification.organisation": f"Membre {member_id}"},
                               answers={"q": draw(st.sampled_from(["a", "b", "c"]))}, file_name=f"{member_id}.dpic",
                               sha256=draw(st.sampled_from(["1" * 64, "2" * 64, "3" * 64])),
                               imported_at="2025-05-04T10:00:00Z") for member_id in ids]


@settings(max_examples=200, deadline=None)
@given(members(), members())
def test_members_are_united_by_id_and_the_newer_file_wins_whatever_the_order(mine, theirs):
    merged, _added, _updated = merge_sources(mine, theirs)
    other, _added, _updated = merge_sources(theirs, mine)
    by_id = {m.member_id: m for m in merged}
    assert len(by_id) == len(merged)  # each member once
    assert by_id.keys() == {m.member_id for m in (*mine, *theirs)}
    assert {m.member_id: m.sha256 for m in other} == {k: m.sha256 for k, m in by_id.items()}
    for member_id, kept in by_id.items():
        candidates = [m for m in (*mine, *theirs) if m.member_id == member_id]
        newest = max(candidates, key=lambda m: (m.saved_at or "", m.sha256))  # the times share one format
        assert (kept.saved_at, kept.sha256) == (newest.saved_at, newest.sha256)


@given(st.sampled_from([True, False, None]), st.sampled_from([True, False, None]))
def test_a_member_is_named_in_the_annex_only_if_no_copy_says_no(first, second):
    named = merge_naming(first, second)
    assert named == merge_naming(second, first)
    if False in (first, second):
        assert named is False
    elif True in (first, second):
        assert named is True
    else:
        assert named is None


DECISIONS = st.sampled_from([None, *ProposalDecision])


def draft_with(answer: str | None, decision: ProposalDecision | None) -> Draft:
    draft = Draft(form_ref=FormRef("f", "1"))
    if answer is not None:
        draft.answers["q"] = answer
    if decision is not None:
        draft.proposal_decisions["q"] = decision
    return draft


@given(DECISIONS, DECISIONS, st.sampled_from(list(Outcome)), st.sampled_from(["mine", "theirs", "both"]))
def test_a_decision_goes_with_the_answer(first, second, outcome, winner):
    mine, theirs = draft_with("A", first), draft_with("B", second)
    merged = draft_with({"mine": "A", "theirs": "B", "both": "A\n\nB"}[winner], None)
    decision = merge_decisions(merged, mine, theirs, {"answers/q": outcome}).get("q")
    if first is None or second is None or first == second:
        assert decision == (first or second)
    elif winner == "mine":
        assert decision == first
    elif winner == "theirs":
        assert decision == second
    elif outcome in (Outcome.COMBINED, Outcome.CONFLICT):
        assert decision is ProposalDecision.EDITED


@st.composite
def works(draw) -> QuestionWork:
    texts = draw(st.lists(st.sampled_from(["P1", "P2", "P3", "P4"]), unique=True, max_size=4))
    paragraphs = [Paragraph(f"id-{t}", t, draw(st.dictionaries(MEMBER_IDS, st.just("1" * 64), max_size=2)))
                  for t in texts]
    handled = draw(st.dictionaries(MEMBER_IDS, st.builds(Handled, st.sampled_from(["1" * 64, "2" * 64]),
                                                         st.sampled_from(list(HandledAs)), st.just("x")),
                                   max_size=3))
    return QuestionWork(paragraphs, draw(st.booleans()), handled)


@settings(max_examples=200, deadline=None)
@given(works(), works(), st.lists(st.sampled_from(["P1", "P2", "P3", "P4", "P5"]), unique=True, max_size=5))
def test_sources_flags_and_handled_states_are_kept_while_either_copy_has_them(first, second, answer):
    mine, theirs = Draft(form_ref=FormRef("f", "1")), Draft(form_ref=FormRef("f", "1"))
    mine.consolidation["q"], theirs.consolidation["q"] = first, second
    merged = Draft(form_ref=FormRef("f", "1"))
    merged.answers["q"] = "\n\n".join(answer)
    result = merge_consolidation(merged, mine, theirs).get("q", QuestionWork())
    assert [p.text for p in result.paragraphs] == answer or result.is_empty()
    sources = {p.text: p.sources for p in result.paragraphs}
    for work in (first, second):
        for paragraph in work.paragraphs:
            if paragraph.text in answer:
                assert paragraph.sources.items() <= sources.get(paragraph.text, {}).items()
        assert set(work.handled) <= set(result.handled)
        if work.consolidated:
            assert result.consolidated


@given(st.lists(st.sampled_from(["CH A", "CH B", "CH C"]), unique=True), st.lists(st.sampled_from(["CH A", "CH D"]),
                                                                                     unique=True))
def test_the_expected_members_of_both_kits_are_united(first_names, second_names):
    mine, theirs = Draft(form_ref=FormRef("f", "1")), Draft(form_ref=FormRef("f", "1"))
    mine.kit = Kit("k", "Fédération", deadline="2025-05-09", members=[KitMember(n) for n in first_names])
    theirs.kit = Kit("k", "Fédération", deadline="2025-05-12", members=[KitMember(n) for n in second_names])
    mine.saved_at, theirs.saved_at = "2025-05-01T10:00:00Z", "2025-05-02T10:00:00Z"
    kit = merge_kit(mine, theirs)
    assert kit is not None and kit.deadline == "2025-05-12"  # the settings of the copy saved last
    assert {m.name for m in kit.members} == set(first_names) | set(second_names)
    assert merge_kit(theirs, mine).deadline == kit.deadline
