"""Each member's answer is « à traiter », « traité » or « nouvelle version », kept in the file (format 1.3)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from collective_helpers import FIXTURES, load_json, write_json
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dpi_consult.collective import consolidation as c
from dpi_consult.collective.collect import Outcome, collect_files
from dpi_consult.collective.consolidation import AnswerState
from dpi_consult.draft.consolidation import HandledAs, QuestionWork, store, work_for
from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.paragraphs import Paragraph
from dpi_consult.errors import DraftError
from dpi_consult.form.registry import bundled_form

FIXTURE = FIXTURES / "format-v1.3-consolidation.dpic"
QUESTION = "fiche-02.difficultes"


def test_the_format_1_3_fixture_opens_with_its_states_and_writes_them_back(tmp_path: Path):
    draft = read_draft(FIXTURE)
    first, second = draft.members
    work = work_for(draft, "fiche-01.texte")
    current = c.current_versions(draft.members)
    assert c.answer_state(work, first.member_id, current) is AnswerState.HANDLED
    assert c.answer_state(work, second.member_id, current) is AnswerState.NEW_VERSION
    assert work.handled[second.member_id].how is HandledAs.SET_ASIDE
    assert work.handled[second.member_id].text == "Une version plus ancienne."
    path = tmp_path / "collectif.dpic"
    save_draft(draft, path, "Coordination")
    assert load_json(path)["consolidation"] == load_json(FIXTURE)["consolidation"]


def test_work_without_handled_answers_keeps_the_bytes_of_format_1_2():
    work = QuestionWork([Paragraph("p-1", "Texte.", {"m": "a" * 64})], True)
    assert work.to_json() == {"consolidated": True, "paragraphs": [{"id": "p-1", "text": "Texte.",
                                                                    "sources": {"m": "a" * 64}}]}


@pytest.mark.parametrize(("handled", "message"), [
    ({"m": {"sha256": "a", "as": "lu", "text": ""}}, "« consolidation.fiche-01.texte.handled.m.as » : valeur inconnue"),
    ({"m": {"sha256": "a", "as": "taken"}}, "« consolidation.fiche-01.texte.handled.m.text » : une chaîne"),
    ({"m": []}, "« consolidation.fiche-01.texte.handled.m » : un objet JSON était attendu"),
])
def test_damaged_handled_answers_are_refused_with_their_path(handled, message, tmp_path: Path):
    data = load_json(FIXTURE)
    data["consolidation"]["fiche-01.texte"]["handled"] = handled
    with pytest.raises(DraftError, match=re.escape(message)):
        read_draft(write_json(tmp_path / "c.dpic", data))


def collected(federation):
    from dpi_consult.draft.model import Draft

    collective = Draft.new(bundled_form(), organisation="Fédération d’essai")
    collect_files(collective, federation, form=bundled_form())
    return collective


def newer_version(federation, member, tmp_path: Path, text: str):
    source = next(p for p in federation if load_json(p)["draft_id"] == member.draft_id)
    data = load_json(source)
    data["answers"][QUESTION] = text
    data["saved_at"] = "2099-01-01T00:00:00Z"
    return write_json(tmp_path / f"{member.draft_id}.dpic", data)


def test_states_follow_insertions_set_asides_newer_files_and_reviews_through_save_and_recovery(
        federation, tmp_path: Path):
    from dpi_consult.recovery import read_recovery, write_recovery

    collective = collected(federation)
    answering = [m for m in collective.members if isinstance(m.answers.get(QUESTION), str)]
    taken, aside, untouched = answering[:3]
    work = work_for(collective, QUESTION)
    c.insert_passage(work, taken.answers[QUESTION], [taken], QUESTION)
    c.mark_handled(work, [aside], QUESTION, HandledAs.SET_ASIDE)
    collective.answers[QUESTION] = work.text
    store(collective, QUESTION, work)

    def state(draft, member):
        return c.answer_state(work_for(draft, QUESTION), member.member_id, c.current_versions(draft.members))

    assert [state(collective, m) for m in (taken, aside, untouched)] == [
        AnswerState.HANDLED, AnswerState.HANDLED, AnswerState.TO_HANDLE]
    path = tmp_path / "collectif.dpic"
    save_draft(collective, path, "Coordinatrice")
    reopened = read_draft(path)
    assert [state(reopened, m) for m in (taken, aside, untouched)] == [
        AnswerState.HANDLED, AnswerState.HANDLED, AnswerState.TO_HANDLE]
    recovered = read_recovery(write_recovery(reopened, path, sources_saved=True)).draft
    assert work_for(recovered, QUESTION).handled == work_for(reopened, QUESTION).handled

    # Both handled members send a newer file: their answers are new versions, the old text is kept.
    report = collect_files(reopened, [newer_version(federation, taken, tmp_path, "Position révisée."),
                                      newer_version(federation, aside, tmp_path, "Autre position.")],
                           form=bundled_form())
    assert [f.outcome for f in report.files] == [Outcome.UPDATED, Outcome.UPDATED]
    assert [state(reopened, m) for m in (taken, aside)] == [AnswerState.NEW_VERSION, AnswerState.NEW_VERSION]
    work = work_for(reopened, QUESTION)
    assert work.handled[taken.member_id].text == taken.answers[QUESTION]

    members = {m.member_id: m for m in reopened.members}
    for paragraph in list(work.flagged(c.current_versions(reopened.members))):
        c.mark_reviewed(work, paragraph, members, QUESTION)
    c.mark_handled(work, [members[aside.member_id]], QUESTION, HandledAs.SET_ASIDE)
    store(reopened, QUESTION, work)
    assert [state(reopened, m) for m in (taken, aside)] == [AnswerState.HANDLED, AnswerState.HANDLED]
    assert work_for(reopened, QUESTION).handled[taken.member_id].text == "Position révisée."


# --- the states and the review flags ⚑ never disagree --------------------------------------------------------

MEMBERS = [f"m{number}" for number in range(4)]
OPERATIONS = st.lists(st.tuples(
    st.sampled_from(["insert", "aside", "attribute", "set_sources", "newer", "review", "unhandle"]),
    st.sampled_from(MEMBERS), st.integers(0, 5)), max_size=25)


class _Member:
    """Stands in for a MemberContribution: the operations read only these."""

    def __init__(self, member_id: str) -> None:
        self.member_id = member_id
        self.sha256 = "0" * 64
        self.answers = {QUESTION: f"Réponse de {member_id}."}


@settings(max_examples=300, deadline=None)
@given(OPERATIONS)
# Found by the suite: one of two flagged paragraphs reviewed, the other given to another member.
@example([("insert", "m0", 0), ("insert", "m0", 0), ("newer", "m0", 0), ("review", "m0", 0), ("set_sources", "m1", 1)])
def test_an_answer_is_a_new_version_exactly_when_a_paragraph_of_its_member_is_flagged(operations):
    members = {m: _Member(m) for m in MEMBERS}
    work = QuestionWork()
    for operation, member_id, number in operations:
        member = members[member_id]
        paragraph = work.paragraphs[number % len(work.paragraphs)] if work.paragraphs else None
        if operation == "insert":
            c.insert_passage(work, f"Passage {len(work.paragraphs)} de {member_id}.", [member], QUESTION, number)
        elif operation == "aside":
            c.mark_handled(work, [member], QUESTION, HandledAs.SET_ASIDE)
        elif operation == "attribute" and paragraph is not None:
            c.attribute(work, paragraph, [member], QUESTION)
        elif operation == "set_sources" and paragraph is not None:
            c.set_sources(work, paragraph, [member], QUESTION)
        elif operation == "newer":
            member.sha256 = f"{int(member.sha256, 16) + 1:064x}"
            member.answers = {QUESTION: f"Version {member.sha256[-3:]} de {member_id}."}
        elif operation == "review" and paragraph is not None:
            c.mark_reviewed(work, paragraph, members, QUESTION)
        elif operation == "unhandle" and not any(member_id in p.sources for p in work.paragraphs):
            c.mark_unhandled(work, [member])
        current = c.current_versions(members.values())
        for some in MEMBERS:
            flagged = any(some in p.flagged(current) for p in work.paragraphs)
            state = c.answer_state(work, some, current)
            if flagged:
                assert state is AnswerState.NEW_VERSION
            if any(some in p.sources for p in work.paragraphs):
                # For a member the answer quotes, the row's « nouvelle version » and the paragraphs' ⚑ go together,
                # and it is never « à traiter »: quoting or attributing handles it.
                assert (state is AnswerState.NEW_VERSION) == flagged
                assert state is not AnswerState.TO_HANDLE


def test_the_member_stand_in_matches_what_the_operations_read(federation):
    real = collected(federation[:1]).members[0]
    assert {"member_id", "sha256", "answers"} <= set(dir(real))
    assert replace(real, sha256="f" * 64).sha256 == "f" * 64 and json.loads(real.line)["sha256"] == real.sha256
