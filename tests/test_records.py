"""The hand-written record bases behave as the dataclasses they replace: equality, repr, replace, copies."""

from __future__ import annotations

import copy
import pickle

import pytest

from dpi_consult.draft.model import Draft, FormRef
from dpi_consult.form.model import Option, Question, QuestionKind
from dpi_consult.settings import Settings


def test_mutable_fields_compare_copy_and_replace():
    draft = Draft(FormRef("cnil-dpi-2025", "1"), answers={"q": "texte"})
    twin = copy.deepcopy(draft)
    assert twin == draft and twin is not draft and twin.answers is not draft.answers
    twin.answers["q"] = "autre"
    assert twin != draft
    changed = draft.replace(sources=[{"kind": "member"}])
    assert changed.sources == [{"kind": "member"}] and changed.answers is draft.answers and draft.sources == []
    with pytest.raises(TypeError, match="no field bogus"):
        draft.replace(bogus=1)
    with pytest.raises(TypeError):
        hash(draft)
    assert pickle.loads(pickle.dumps(draft)) == draft
    assert repr(Settings(user_name="A")).startswith("Settings(user_name='A', language='fr'")


def test_defaults_are_not_shared_between_instances():
    first, second = Settings(), Settings()
    first.recent_files.append("a.dpic")
    assert second.recent_files == []
    a, b = Draft(FormRef("f", "1")), Draft(FormRef("f", "1"))
    assert a.draft_id != b.draft_id and a.answers is not b.answers


def test_immutable_records_hash_and_refuse_assignment():
    option = Option("oui", "Oui")
    question = Question("fiche-01.clarte", "fiche-01", QuestionKind.SINGLE_CHOICE, "Claire ?", options=(option,))
    assert {question: 1}[Question("fiche-01.clarte", "fiche-01", QuestionKind.SINGLE_CHOICE, "Claire ?",
                                  options=(Option("oui", "Oui"),))] == 1
    with pytest.raises(AttributeError, match="immutable"):
        question.prompt = "autre"
    assert copy.deepcopy(question) == question
