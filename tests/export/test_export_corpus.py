"""Every edge case of the shared Markdown corpus survives the Word export: every word, in order."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import pytest
from export_helpers import NS, body_text, missing_in_order, w, words, xml
from export_samples import TODAY

from dpi_consult.draft.model import Draft
from dpi_consult.export.docx_contribution import write_contribution
from dpi_consult.form.model import QuestionKind
from dpi_consult.markdown import iter_text, parse
from dpi_consult.markdown.corpus import EDGE_CASES, LONG_WORD


@pytest.fixture(scope="module")
def corpus_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """One document answering as many long-text questions as there are edge cases, in form order."""
    from export_samples import sample_form

    form = sample_form()
    draft = Draft.new(form, "Clinique du Test")
    questions = [q for q in form.questions if q.kind is QuestionKind.LONG_TEXT and q.section_id != "publication"]
    cases = [case for case in EDGE_CASES if case.strip()]
    for question, case in zip(questions, cases, strict=False):
        draft.set_value(form, question.id, case)
    out = tmp_path_factory.mktemp("corpus") / "corpus.docx"
    write_contribution(form, draft, out, today=TODAY, workers=1)
    return out, cases


def test_every_word_of_every_case_is_in_the_document_in_order(corpus_export):
    out, cases = corpus_export
    expected = [word for case in cases for word in words(" ".join(iter_text(parse(case))))]
    assert missing_in_order(expected, words(body_text(out))) == []


@pytest.mark.parametrize("needle", [
    "\u00a0: « guillemets »", "apostrophe ’", "espace fine\u202f;", "points de suspension…", LONG_WORD,
    "<b>balise</b>", "<script>alert('x')</script>", "Posologie < 5 mg/kg & > 2 ans ; T° ≥ 38,5 °C",
    "👩\u200d⚕️ 💊", "🇫🇷", "\\* pas une puce" [1:], "code   indenté\n  <b>brut</b>", "code | barre",
])
def test_special_characters_and_raw_html_stay_literal(corpus_export, needle: str):
    out, _ = corpus_export
    assert needle in body_text(out)


def test_the_document_reopens_and_numbers_every_list_item(corpus_export):
    out, cases = corpus_export
    document = docx.Document(str(out))
    assert document.paragraphs
    root = xml(out)
    numbered = [p for p in root.iter(w("p")) if p.find("w:pPr/w:numPr", NS) is not None]
    items = sum(len(block.items) for case in cases for block in _lists(parse(case).blocks))
    assert len(numbered) == items
    levels = {p.find("w:pPr/w:numPr/w:ilvl", NS).get(w("val")) for p in numbered}
    assert {"0", "1", "2"} <= levels


def test_ordered_start_numbers_are_honoured(corpus_export):
    out, _ = corpus_export
    numbering = xml(out, "word/numbering.xml")
    starts = [o.get(w("val")) for o in numbering.iter(w("startOverride"))]
    # "3. trois", "1. un" twice, "1) parenthèse", "1. liste": each list its own restart.
    assert starts.count("3") == 1 and starts.count("1") >= 4


def _lists(blocks):
    from dpi_consult.markdown import ListBlock, iter_blocks

    return [block for block in iter_blocks(blocks) if isinstance(block, ListBlock)]


@pytest.fixture(scope="module")
def corpus_annex(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A collective whose annex holds one member per edge case, on one long-text question."""
    from export_samples import sample_form

    from dpi_consult.export.content import MemberAnswers

    form = sample_form()
    question = next(q for q in form.questions if q.kind is QuestionKind.LONG_TEXT and q.section_id != "publication")
    cases = [case for case in EDGE_CASES if case.strip()]
    members = [MemberAnswers(f"Membre {number}", {question.id: case}) for number, case in enumerate(cases, start=1)]
    out = tmp_path_factory.mktemp("corpus-annex") / "annexe.docx"
    write_contribution(form, Draft.new(form, "Fédération du Test"), out, annex=members, today=TODAY, workers=1)
    return out, cases


def test_every_word_of_every_case_is_in_the_annex_in_order(corpus_annex):
    out, cases = corpus_annex
    expected = [word for case in cases for word in words(" ".join(iter_text(parse(case))))]
    assert missing_in_order(expected, words(body_text(out))) == []


@pytest.fixture(scope="module")
def corpus_blank(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The blank questionnaire of a form whose sheets' summaries hold the edge cases."""
    from dpi_consult.form.registry import bundled_form
    from dpi_consult.questionnaire.blank_writer import write_blank

    form = bundled_form()
    cases = [case for case in EDGE_CASES if case.strip()]
    sheets = [s for s in form.sections if s.kind.value == "sheet"]
    # Every case in some sheet's summary, a rule between two cases so that none runs into the next.
    summaries = ["\n\n***\n\n".join(cases[i::len(sheets)]) for i in range(len(sheets))]
    replaced = dict(zip((s.id for s in sheets), summaries, strict=True))
    sections = tuple(replace(s, summary=replaced[s.id]) if s.id in replaced else s for s in form.sections)
    out = tmp_path_factory.mktemp("corpus-blank") / "questionnaire.docx"
    write_blank(replace(form, sections=sections), out)
    return out, [replaced[s.id] for s in sheets]


def test_every_word_of_every_case_is_in_the_blank_questionnaire_in_order(corpus_blank):
    out, cases = corpus_blank
    expected = [word for case in cases for word in words(" ".join(iter_text(parse(case))))]
    assert missing_in_order(expected, words(body_text(out))) == []


def test_the_blank_numbers_every_list_item_of_the_summaries(corpus_blank):
    out, cases = corpus_blank
    root = xml(out)
    numbered = [p for p in root.iter(w("p")) if p.find("w:pPr/w:numPr", NS) is not None]
    from dpi_consult.questionnaire.blank_writer import INSTRUCTIONS

    items = sum(len(block.items) for case in [INSTRUCTIONS, *cases] for block in _lists(parse(case).blocks))
    assert len(numbered) == items
