"""Random editing sessions with versions saved (and restored) along the way: every version gives back exactly the
values the draft had when it was saved, before and after the file is written and read again, and restoring it
puts them back exactly."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from dpi_consult.draft.files import draft_bytes, draft_from_bytes
from dpi_consult.draft.model import Draft, SheetStatus
from dpi_consult.draft.version_actions import restore_version, save_version, version_differences, version_values
from dpi_consult.form.model import QuestionKind
from dpi_consult.form.registry import bundled_form

FORM = bundled_form()
QUESTIONS = ["identification.organisation", "identification.type", "identification.lits-places",
             "identification.roles", "fiche-01.difficultes", "fiche-06.clarte", "fiche-06.difficultes"]
SECTIONS = ["fiche-01", "fiche-06"]
AUTHORS = ["DPO", "DIM", "RSSI"]
# Texts that look like JSON numbers and lists must come back as texts.
texts = st.one_of(st.text(alphabet=list("ab é\n«»0123[]\",.{}"), max_size=30),
                  st.sampled_from(["12", "[\"dpo\"]", "null", "true", " 3 "]))


def values_for(question_id: str) -> st.SearchStrategy[Any]:
    question = FORM.question(question_id)
    assert question is not None
    options = [option.id for option in question.options]
    if question.kind is QuestionKind.INTEGER:
        values: st.SearchStrategy[Any] = st.integers(-5, 10**12)
    elif question.kind is QuestionKind.MULTIPLE_CHOICE:
        values = st.lists(st.sampled_from(options), unique=True, max_size=3)
    elif question.kind is QuestionKind.SINGLE_CHOICE:
        # A choice id that reads as JSON (a retired option, a hand-edited file) is still a choice id.
        values = st.sampled_from([*options[:4], "1", "[]"])
    else:
        values = texts
    return st.one_of(st.none(), values)


steps = st.one_of(
    st.sampled_from(QUESTIONS).flatmap(lambda q: st.tuples(st.just("answer"), st.just(q), values_for(q))),
    st.tuples(st.just("status"), st.sampled_from(SECTIONS), st.sampled_from(list(SheetStatus))),
    st.tuples(st.just("note"), st.sampled_from(SECTIONS), texts),
    st.tuples(st.just("save"), st.sampled_from(AUTHORS), st.none()),
    st.tuples(st.just("version"), st.sampled_from(AUTHORS), st.text(alphabet="Vv1 ", min_size=1, max_size=5)),
    st.tuples(st.just("restore"), st.sampled_from(AUTHORS), st.integers(0, 20)),
)


def given_values(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


@settings(max_examples=150, deadline=None)
@given(st.lists(steps, min_size=10, max_size=60))
def test_each_version_gives_back_the_values_it_saved_and_restore_puts_them_back(session):
    draft = Draft.new(FORM)
    saved: list[tuple[Any, dict[str, Any]]] = []
    for moment, (action, target, value) in enumerate(session):
        time = f"2026-12-01T10:{moment // 60:02d}:{moment % 60:02d}Z"
        if action == "answer":
            draft.set_value(FORM, target, value)
        elif action == "status":
            draft.set_status(target, value)
        elif action == "note":
            draft.set_note(target, value)
        elif action == "save":
            draft.record_revisions(target, time)
        elif action == "version" and value.strip():
            state = copy.deepcopy(draft.fields())
            saved.append((save_version(draft, value, target, time), state))
        elif action == "restore" and saved:
            version, state = saved[value % len(saved)]
            before = copy.deepcopy(draft.fields())
            saved.append((restore_version(FORM, draft, version, target, time), before))
            assert draft.fields() == state
    assert [version for version, _ in saved] == draft.versions

    reread = draft_from_bytes(draft_bytes(draft), "session.dpic")
    assert reread.versions == draft.versions
    for version, state in saved:
        assert given_values(version_values(FORM, draft, version)) == state
        assert given_values(version_values(FORM, reread, version)) == state
    for version, state in saved:
        restore_version(FORM, reread, version, "DPO")
        assert reread.fields() == state
        assert version_differences(FORM, reread, version) == []
    draft_from_bytes(draft_bytes(reread), "session.dpic")
