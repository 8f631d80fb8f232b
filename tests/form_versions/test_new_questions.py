"""Every question new since 1.0 is exported to Word and comes back from a filled blank questionnaire."""

from __future__ import annotations

from pathlib import Path

import docx
from questionnaire_fill import answer_cell, runs, tick
from version_helpers import added_since_1_0, sample_value

from dpi_consult.draft.model import Draft
from dpi_consult.export.docx_contribution import write_contribution
from dpi_consult.form.model import QuestionKind
from dpi_consult.form.registry import bundled_form
from dpi_consult.questionnaire.blank_writer import build_blank
from dpi_consult.questionnaire.importer import import_questionnaire


def test_there_are_new_questions_of_every_kind():
    kinds = {question.kind for question in added_since_1_0()}
    assert kinds == set(QuestionKind)


def test_each_new_question_is_exported_with_its_answer(tmp_path: Path):
    form = bundled_form()
    draft = Draft.new(form, "Centre hospitalier de Saint-Brieuc")
    draft.set_value(form, "identification.type", "ght")  # shows the questions asked of groupings
    for question in added_since_1_0():
        draft.set_value(form, question.id, sample_value(question))
    out = tmp_path / "contribution.docx"
    write_contribution(form, draft, out)
    document = docx.Document(str(out))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for row in t.rows for c in row.cells])
    missing = []
    for question in added_since_1_0():
        value = sample_value(question)
        shown = ([question.option_label(v) for v in value] if isinstance(value, list)
                 else [question.option_label(value)] if question.kind.is_choice else [str(value)])
        section = form.section(question.section_id)
        if not all(piece in text for piece in shown):
            missing.append(question.id)
        if section.kind.value in ("sheet", "general") and question.prompt not in text:
            missing.append(f"{question.id} (prompt)")
    assert missing == []


def test_each_new_question_comes_back_from_the_blank_questionnaire(tmp_path: Path):
    form = bundled_form()
    document = build_blank(form)
    expected = {}
    for question in added_since_1_0():
        value = sample_value(question)
        expected[question.id] = value
        if question.kind.is_choice:
            for option_id in value if isinstance(value, list) else [value]:
                tick(document, question.id, question.option_label(option_id))
        else:
            runs(answer_cell(document, question.id).paragraphs[0], str(value))
    path = tmp_path / "rempli.docx"
    document.save(str(path))
    result = import_questionnaire(path)
    got = {qid: result.draft.value(form, qid) for qid in expected}
    assert got == expected
    assert result.report.unplaced == [] and result.report.rejected == []
