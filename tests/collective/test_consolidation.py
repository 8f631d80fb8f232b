"""Consolidating a question: passages inserted with their member, kept through save, reopen and updates."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from collective_helpers import load_json, write_json

from dpi_consult.collective import consolidation as c
from dpi_consult.collective.collect import Outcome, collect_files
from dpi_consult.collective.tally import MemberFilter, count_choices, member_answers
from dpi_consult.draft.codec import draft_from_json
from dpi_consult.draft.consolidation import store, sync_all, work_for
from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.errors import DraftError
from dpi_consult.form.identification import REGION, TYPE
from dpi_consult.form.registry import bundled_form

QUESTION = "fiche-01.difficultes"


def collected(federation: list[Path]) -> Draft:
    collective = Draft.new(bundled_form(), organisation="Fédération d’essai")
    collect_files(collective, federation, form=bundled_form())
    return collective


def answering(collective: Draft, question_id: str = QUESTION):
    return [m for m in collective.members if isinstance(m.answers.get(question_id), str)]


def test_inserted_passages_carry_their_member_through_edits_save_and_reopen(federation, tmp_path: Path):
    collective = collected(federation)
    first, second = answering(collective)[:2]
    work = work_for(collective, QUESTION)
    c.insert_passage(work, first.answers[QUESTION], [first], QUESTION)
    c.insert_passage(work, "Un passage choisi.\n\nEt un second paragraphe.", [second], QUESTION, index=0)
    collective.answers[QUESTION] = work.text
    store(collective, QUESTION, work)
    assert [set(p.sources) for p in work.paragraphs][:2] == [{second.member_id}, {second.member_id}]
    assert all(set(p.sources) == {first.member_id} for p in work.paragraphs[2:])

    # The coordinator joins the two passages of the second member with the first member's first paragraph.
    paragraphs = [p.text for p in work.paragraphs]
    joined = [paragraphs[0] + " " + paragraphs[1] + " " + paragraphs[2], *paragraphs[3:]]
    collective.answers[QUESTION] = "\n\n".join(joined)
    path = tmp_path / "collectif.dpic"
    sync_all(collective)
    save_draft(collective, path, "Coordinatrice")

    reopened = read_draft(path)
    again = work_for(reopened, QUESTION)
    assert again.text == reopened.answers[QUESTION]
    assert set(again.paragraphs[0].sources) == {first.member_id, second.member_id}
    assert again.paragraphs[0].id == work.paragraphs[0].id


def test_a_paragraph_is_flagged_once_its_member_sends_a_newer_version(federation, tmp_path: Path):
    collective = collected(federation)
    member = answering(collective)[0]
    work = work_for(collective, QUESTION)
    c.insert_passage(work, "Repris du membre.", [member], QUESTION)
    collective.answers[QUESTION] = work.text
    store(collective, QUESTION, work)
    assert c.flagged_questions(collective, c.current_versions(collective.members)) == {}

    source = next(p for p in federation if load_json(p)["draft_id"] == member.draft_id)
    data = load_json(source)
    data["answers"][QUESTION] = "Position révisée après le conseil d’administration."
    data["saved_at"] = "2099-01-01T00:00:00Z"
    newer = write_json(tmp_path / "nouvelle-version.dpic", data)
    report = collect_files(collective, [newer], form=bundled_form())
    assert report.files[0].outcome is Outcome.UPDATED
    current = c.current_versions(collective.members)
    assert c.flagged_questions(collective, current) == {QUESTION: 1}
    work = work_for(collective, QUESTION)
    (flagged,) = work.flagged(current)
    c.mark_reviewed(work, flagged, {m.member_id: m for m in collective.members}, QUESTION)
    store(collective, QUESTION, work)
    assert c.flagged_questions(collective, current) == {}


def test_sources_set_by_hand_and_the_consolidated_mark_are_kept(federation, tmp_path: Path):
    collective = collected(federation)
    members = collective.members
    collective.answers[QUESTION] = "Synthèse rédigée par la fédération."
    work = work_for(collective, QUESTION)
    c.set_sources(work, work.paragraphs[0], members[3:6], QUESTION)
    work.consolidated = True
    store(collective, QUESTION, work)
    path = tmp_path / "collectif.dpic"
    save_draft(collective, path, "Coordinatrice")
    again = work_for(read_draft(path), QUESTION)
    assert again.consolidated and set(again.paragraphs[0].sources) == {m.member_id for m in members[3:6]}
    # Work that holds nothing is not written at all.
    again.consolidated = False
    c.set_sources(again, again.paragraphs[0], [], QUESTION)
    c.mark_unhandled(again, members[3:6])
    collective2 = read_draft(path)
    store(collective2, QUESTION, again)
    assert QUESTION not in collective2.consolidation


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d.update(consolidation=[]), "« consolidation » : un objet JSON était attendu"),
    (lambda d: d.update(consolidation={"q": {"consolidated": "oui", "paragraphs": []}}),
     "« consolidation.q.consolidated » : true ou false était attendu"),
    (lambda d: d.update(consolidation={"q": {"consolidated": True, "paragraphs": [{"id": "p", "text": 3}]}}),
     "« consolidation.q.paragraphs[0].text » : une chaîne était attendue"),
    (lambda d: d.update(consolidation={"q": {"consolidated": True,
                                             "paragraphs": [{"id": "p", "text": "t", "sources": {"m": 1}}]}}),
     "« consolidation.q.paragraphs[0].sources » : un objet associant chaque membre à une empreinte"),
])
def test_a_damaged_consolidation_is_refused_with_its_path(change, message):
    data = json.loads(json.dumps(draft_from_json_source()))
    change(data)
    with pytest.raises(DraftError, match=re.escape(message)):
        draft_from_json(data, "collectif.dpic")


def draft_from_json_source() -> dict:
    from dpi_consult.draft.codec import draft_to_json

    return draft_to_json(Draft.new(bundled_form()))


def test_choice_counts_use_the_members_who_answered_as_denominator(federation):
    form = bundled_form()
    collective = collected(federation)
    members = collective.members
    question = next(q for q in form.questions if q.kind.value == "single_choice" and not q.id.startswith("ident")
                    and sum(1 for m in members if m.answers.get(q.id)) >= 5)
    answers = member_answers(question, members)
    counts = count_choices(question, answers)
    assert counts.answered == len(answers) == sum(1 for m in members if m.answers.get(question.id))
    assert sum(n for _i, _l, n in counts.counts) == counts.answered
    expected = sum(1 for m in members if m.answers.get(question.id) == question.options[0].id)
    assert counts.lines()[0] == f"{question.options[0].label} : {expected} / {counts.answered}"


def test_members_are_filtered_by_type_region_and_words(federation):
    form = bundled_form()
    members = collected(federation).members
    question = form.question(QUESTION)
    everyone = member_answers(question, members)
    some_type = everyone[0][0].identity[TYPE]
    some_region = everyone[0][0].identity[REGION]
    by_type = member_answers(question, members, MemberFilter(respondent_type=some_type))
    assert by_type and all(m.identity[TYPE] == some_type for m, _ in by_type)
    by_region = member_answers(question, members, MemberFilter(region=some_region))
    assert by_region and all(m.identity[REGION] == some_region for m, _ in by_region)
    word = everyone[0][1].split()[0]
    folded = MemberFilter(words=word.upper())
    assert everyone[0] in member_answers(question, members, folded)
    assert member_answers(question, members, MemberFilter(words="zzz-absent")) == []
