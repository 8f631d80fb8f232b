"""The blank questionnaire: every question marked twice, Word-legal names, summaries, option boxes."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from dpi_consult.form.registry import resolve_form
from dpi_consult.markdown import iter_text, parse
from dpi_consult.questionnaire.blank_writer import blank_bytes, build_blank
from dpi_consult.questionnaire.markers import (
    BOOKMARK_MAX,
    MarkerMap,
    bookmark_name,
    find_stamp,
    is_word_legal,
    label_text,
)
from dpi_consult.questionnaire.text_match import normalise

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def form():
    return resolve_form(None)


@pytest.fixture(scope="module")
def blank(form):
    # Saved and reopened: what a member receives, not the object in memory.
    return docx.Document(io.BytesIO(blank_bytes(form)))


def _box_of(bookmark_start):
    return next(bookmark_start.iterancestors(qn("w:tbl")), None)


def test_every_question_has_a_word_legal_unique_bookmark_inside_its_answer_box(form, blank):
    starts = {b.get(qn("w:name")): b for b in blank.element.body.iter(qn("w:bookmarkStart"))}
    names = [bookmark_name(q.id) for q in form.questions]
    assert len({n.lower() for n in names}) == len(names) == len(form.questions)
    for question, name in zip(form.questions, names, strict=True):
        assert is_word_legal(name) and len(name) <= BOOKMARK_MAX, name
        assert name in starts, question.id
        assert _box_of(starts[name]) is not None, f"{question.id}: bookmark outside a box"
    ids = [b.get(qn("w:id")) for b in blank.element.body.iter(qn("w:bookmarkStart"))]
    assert len(set(ids)) == len(ids)
    ends = {e.get(qn("w:id")) for e in blank.element.body.iter(qn("w:bookmarkEnd"))}
    assert set(ids) <= ends


def test_every_question_has_its_hidden_label_just_before_its_box(form, blank):
    body = list(blank.element.body)
    for question in form.questions:
        start = next(b for b in blank.element.body.iter(qn("w:bookmarkStart"))
                     if b.get(qn("w:name")) == bookmark_name(question.id))
        box = _box_of(start)
        label = body[body.index(box) - 1]
        hidden = [r for r in label.iter(qn("w:r")) if r.find(f"{qn('w:rPr')}/{qn('w:vanish')}") is not None]
        assert hidden, question.id
        assert "".join(t.text for r in hidden for t in r.iter(qn("w:t"))).strip() == label_text(question.id)
        visible = "".join(t.text for r in label.iter(qn("w:r")) if r not in hidden for t in r.iter(qn("w:t")))
        assert visible.strip(), f"{question.id}: the label has no visible text to warn the member"


def test_prompts_help_and_summaries_are_in_the_document(form, blank):
    texts = {normalise(p.text) for p in blank.paragraphs}
    for section in form.sections:
        assert normalise(section.display_title) in texts
        for piece in iter_text(parse(section.summary)):
            # Every run of the summary reads somewhere in the blank (list items, bold words…).
            assert any(normalise(piece) in t for t in texts), piece
        for question in section.questions:
            assert normalise(question.prompt) in texts, question.id
            if question.help:
                assert normalise(question.help) in texts, question.id
    headings = [p.text for p in blank.paragraphs if p.style.name == "Heading 1"]
    assert [s.display_title for s in form.sections] == headings[-len(form.sections):]


def test_summary_markdown_becomes_word_lists_and_bold(blank):
    bold = [r.text for p in blank.paragraphs for r in p.runs if r.bold]
    assert "Repères établis" in bold
    listed = [p for p in blank.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert any(p.text.startswith("La responsabilité conjointe (art.\u00a026 du RGPD)") for p in listed)


def test_choice_options_are_unticked_boxes_one_paragraph_each(form, blank):
    markers = MarkerMap(form)
    for question in form.questions:
        if not question.kind.is_choice:
            continue
        start = next(b for b in blank.element.body.iter(qn("w:bookmarkStart"))
                     if b.get(qn("w:name")) == markers.by_question[question.id])
        # The bookmark stays in one paragraph (a bookmark across cells would not survive LibreOffice).
        assert start.getparent().tag == qn("w:p")
        ends = {e.get(qn("w:id")) for e in start.getparent().iter(qn("w:bookmarkEnd"))}
        assert start.get(qn("w:id")) in ends, question.id
        box = next(start.iterancestors(qn("w:tbl")))
        # Column after column, as a list reads; the cells a shorter last column leaves are empty.
        columns = [[] for _ in box.iter(qn("w:gridCol"))]
        for row in box.iter(qn("w:tr")):
            for column, cell in zip(columns, row.iter(qn("w:tc")), strict=True):
                column += ["".join(t.text for t in p.iter(qn("w:t"))) for p in cell.iter(qn("w:p"))]
        lines = [line for column in columns for line in column if line]
        assert lines == [f"☐ {option.label}" for option in question.options], question.id


def test_options_stand_side_by_side_when_their_labels_are_short(form, blank):
    def grid(question_id):
        start = next(b for b in blank.element.body.iter(qn("w:bookmarkStart"))
                     if b.get(qn("w:name")) == bookmark_name(question_id))
        box = next(start.iterancestors(qn("w:tbl")))
        return len(box.findall(qn("w:tr"))), len(list(box.iter(qn("w:gridCol"))))

    assert grid("fiche-01.clarte") == (1, 5)  # Oui, Plutôt oui, Plutôt non, Non, Sans avis: one line
    assert grid("identification.region")[1] > 1
    long_labels = next(q for q in form.questions if q.kind.is_choice
                       and max(len(o.label) for o in q.options) > 50 and len(q.options) <= 5)
    rows, cols = grid(long_labels.id)
    assert rows * cols >= len(long_labels.options) and cols < len(long_labels.options)


def test_text_boxes_start_empty(form, blank):
    markers = MarkerMap(form)
    for question in form.questions:
        if question.kind.is_choice:
            continue
        start = next(b for b in blank.element.body.iter(qn("w:bookmarkStart"))
                     if b.get(qn("w:name")) == markers.by_question[question.id])
        cell = next(start.iterancestors(qn("w:tc")))
        assert "".join(t.text for t in cell.iter(qn("w:t"))) == "", question.id


def test_the_document_names_its_form_in_properties_and_hidden_text(form, blank):
    props = blank.core_properties
    assert find_stamp(props.keywords) == find_stamp(props.identifier)
    stamp = find_stamp(props.keywords)
    assert stamp is not None and (stamp.form_id, stamp.version) == (form.id, form.version)
    title = blank.paragraphs[0]
    hidden = "".join(r.text for r in title.runs if r.font.hidden)
    assert find_stamp(hidden) == stamp
    assert props.language == "fr-FR"


def test_bookmark_names_depend_on_the_id_only_and_stay_legal():
    long_id = "fiche-06.une-question-au-nom-vraiment-beaucoup-trop-long-pour-word"
    name = bookmark_name(long_id)
    assert is_word_legal(name) and len(name) <= BOOKMARK_MAX
    assert name == bookmark_name(long_id)
    assert bookmark_name(long_id + "-bis") != name
    assert is_word_legal(bookmark_name("---")) and is_word_legal(bookmark_name("é.à"))
    assert bookmark_name("fiche-06.traces-r6113-9-2").startswith("q_fiche_06_traces_r6113_9_2_")


def test_a_custom_form_gets_its_own_blank():
    form = resolve_form(str(FIXTURES / "mini-form.toml"))
    document = build_blank(form)
    names = {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}
    assert {bookmark_name(q.id) for q in form.questions} <= names
    assert find_stamp(document.core_properties.keywords).form_id == "mini"
    texts = [p.text for p in document.paragraphs]
    assert any(t.startswith("À remplir seulement si") and "Fédération" in t and "Type" in t
               for t in texts), "the condition of a question is explained"


def test_a_summary_with_a_table_gives_a_word_table_not_a_traceback(tmp_path: Path):
    from dpi_consult.cli import main

    source = (FIXTURES / "mini-form.toml").read_text(encoding="utf-8")
    table = "| Donnée | Durée |\\n| --- | --- |\\n| Traces | 6 mois |"
    custom = tmp_path / "tableau.toml"
    custom.write_text(source.replace('summary = "Un résumé *court*."', f'summary = "{table}"'), encoding="utf-8")
    out = tmp_path / "questionnaire.docx"
    assert main(["blank", "-o", str(out), "--form", str(custom)]) == 0
    cells = [[c.text for c in row.cells] for t in docx.Document(str(out)).tables for row in t.rows]
    assert ["Donnée", "Durée"] in cells and ["Traces", "6 mois"] in cells
