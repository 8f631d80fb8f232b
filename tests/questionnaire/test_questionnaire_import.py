"""Reading filled questionnaires back: markers, prompts as a fallback, and what cannot be placed."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import docx
import pytest
from questionnaire_fill import (
    add_paragraph_after_box,
    answer_cell,
    fill_sample,
    option_paragraph,
    runs,
    strip_markers,
    tick,
    tick_with_content_control,
    tick_with_legacy_field,
)

from dpi_consult.draft.binding import open_draft
from dpi_consult.draft.files import save_draft
from dpi_consult.errors import InputError
from dpi_consult.form.registry import resolve_form
from dpi_consult.questionnaire.blank_writer import build_blank
from dpi_consult.questionnaire.importer import import_questionnaire, read_answers

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def form():
    return resolve_form(None)


def reopen(document) -> docx.document.Document:
    """Save and reopen, as the importer only ever sees files."""
    buffer = io.BytesIO()
    document.save(buffer)
    return docx.Document(io.BytesIO(buffer.getvalue()))


def test_round_trip_of_text_emphasis_lists_links_and_ticks(form, tmp_path: Path):
    document = build_blank(form)
    expected = fill_sample(document)
    path = tmp_path / "rempli.docx"
    document.save(path)
    result = import_questionnaire(path)
    draft = result.draft
    for question_id, value in expected.items():
        assert draft.value(form, question_id) == value, question_id
    assert draft.organisation == "Centre hospitalier de Rivesaltes"
    report = result.report
    assert report.complete and not report.by_prompt and not report.notes
    assert report.answered == [q.id for q in form.questions if q.id in expected]
    assert set(report.unanswered) == {q.id for q in form.questions} - set(expected)
    assert report.recognised == len(form.questions)
    # The draft file written from it reads back with the same answers.
    save_draft(draft, tmp_path / "rempli.dpic", "Membre")
    reread, _ = open_draft(tmp_path / "rempli.dpic")
    assert reread.value(form, "fiche-01.difficultes") == expected["fiche-01.difficultes"]


def test_an_untouched_blank_imports_as_an_empty_complete_draft(form):
    values, report = read_answers(reopen(build_blank(form)), form)
    assert values == {}
    assert report.complete and report.answered == [] and len(report.unanswered) == len(form.questions)


def test_word_check_boxes_count_as_ticks(form):
    document = build_blank(form)
    tick_with_content_control(document, "identification.roles", "DSI")
    tick_with_content_control(document, "identification.roles", "Juriste", checked=False)
    tick_with_legacy_field(document, "fiche-02.clarte", "Oui")
    values, report = read_answers(reopen(document), form)
    assert values == {"identification.roles": ["dsi"], "fiche-02.clarte": "oui"}
    assert report.complete


def test_other_tick_marks_and_letters(form):
    document = build_blank(form)
    tick(document, "fiche-03.clarte", "Sans avis", "✔")
    tick(document, "fiche-04.clarte", "Non", "[x]")
    tick(document, "fiche-05.clarte", "Oui", "x☐")
    tick(document, "fiche-06.clarte", "Plutôt non", "")  # box deleted, nothing ticked
    values, report = read_answers(reopen(document), form)
    assert values == {"fiche-03.clarte": "sans-avis", "fiche-04.clarte": "non", "fiche-05.clarte": "oui"}
    assert report.complete


def test_several_ticks_on_a_single_choice_are_reported_and_none_kept(form):
    document = build_blank(form)
    tick(document, "fiche-01.clarte", "Oui")
    tick(document, "fiche-01.clarte", "Non")
    values, report = read_answers(reopen(document), form)
    assert "fiche-01.clarte" not in values
    assert not report.complete
    assert [r.question_id for r in report.rejected] == ["fiche-01.clarte"]
    assert "plusieurs cases cochées (Oui, Non)" in report.rejected[0].reason
    assert "fiche-01.clarte" in report.unanswered


def test_a_comment_after_an_option_is_kept_in_the_report(form):
    document = build_blank(form)
    tick(document, "fiche-01.clarte", "Plutôt oui")
    runs(option_paragraph(document, "fiche-01.clarte", "Plutôt oui"), " : sauf la partie sur les GHT")
    runs(answer_cell(document, "fiche-01.clarte").add_paragraph(), "Voir nos remarques plus bas")
    values, report = read_answers(reopen(document), form)
    assert values == {"fiche-01.clarte": "plutot-oui"}
    assert sorted(u.text for u in report.unplaced) == ["Voir nos remarques plus bas", "sauf la partie sur les GHT"]
    assert all("Les recommandations de cette fiche sont-elles claires" in u.position for u in report.unplaced)


def test_a_number_that_is_not_one_is_rejected(form):
    document = build_blank(form)
    runs(answer_cell(document, "identification.membres").paragraphs[0], "une trentaine")
    values, report = read_answers(reopen(document), form)
    assert values == {}
    assert [str(r) for r in report.rejected] == [
        "identification.membres : « une trentaine » n’est pas un nombre entier"]


def test_answers_over_their_limit_are_kept_with_a_warning(form):
    document = build_blank(form)
    runs(answer_cell(document, "identification.finess").paragraphs[0], "12345")
    values, report = read_answers(reopen(document), form)
    assert values == {"identification.finess": "12345"}
    assert report.complete and report.warnings and report.warnings[0].startswith("identification.finess : ")


def test_text_typed_outside_the_boxes_is_reported_with_its_position(form):
    document = build_blank(form)
    expected = fill_sample(document)
    add_paragraph_after_box(document, "fiche-01.difficultes", "Et aussi ceci, tapé sous le cadre.")
    values, report = read_answers(reopen(document), form)
    assert values["fiche-01.difficultes"] == expected["fiche-01.difficultes"]
    assert [u.text for u in report.unplaced] == ["Et aussi ceci, tapé sous le cadre."]
    assert "Quelles difficultés de mise en œuvre" in report.unplaced[0].position
    assert report.unplaced[0].paragraph > 0
    assert not report.complete


def test_lost_markers_fall_back_on_the_prompts(form):
    document = build_blank(form)
    expected = fill_sample(document)
    add_paragraph_after_box(document, "fiche-01.modifications", "Un paragraphe égaré entre deux questions.")
    strip_markers(document)
    document.core_properties.keywords = document.core_properties.identifier = ""
    document.core_properties.comments = document.core_properties.category = ""
    document = reopen(document)
    assert not list(document.element.body.iter("{*}bookmarkStart"))
    values, report = read_answers(document, form)
    assert values == expected
    # The prompt of "clarte" recurs in every sheet: the sheet heading above told them apart.
    assert set(report.by_prompt) == set(expected)
    assert [u.text for u in report.unplaced] == ["Un paragraphe égaré entre deux questions."]


def test_either_marker_alone_is_enough(form):
    for keep in ("bookmarks", "labels"):
        document = build_blank(form)
        expected = fill_sample(document)
        body = document.element.body
        if keep == "bookmarks":
            for run in list(body.iter("{*}r")):
                if run.find("{*}rPr/{*}vanish") is not None:
                    run.getparent().remove(run)
        else:
            for element in list(body.iter("{*}bookmarkStart", "{*}bookmarkEnd")):
                element.getparent().remove(element)
        # Prompts reworded too: only the marker can place the answers.
        for paragraph in document.paragraphs:
            if paragraph.style.name == "Question":
                for run in paragraph.runs:
                    run.text = "Question : " + run.text[::-1]
        values, report = read_answers(reopen(document), form)
        assert values == expected, keep
        assert not report.by_prompt and not report.rejected, keep
        # The reworded prompts are text nobody can place: reported, one per question.
        assert len(report.unplaced) == len(form.questions), keep


def test_plain_text_pasted_under_the_prompts_of_a_new_document(form, tmp_path: Path):
    # A member copied the questions as plain text into a fresh document and typed under them.
    document = docx.Document()
    document.add_paragraph("Fiche 1 — Responsabilité de traitement", style="Heading 1")
    document.add_paragraph("Quelles difficultés de mise en oeuvre et quels coûts anticipez-vous")  # no œ, no "?"
    document.add_paragraph("Des coûts **élevés**.")
    document.add_paragraph("Sur trois ans.")
    document.add_paragraph("Les recommandations de cette fiche sont-elles claires ?")
    document.add_paragraph("☒ Oui")
    document.add_paragraph("☐ Non")
    path = tmp_path / "copie.docx"
    document.save(path)
    result = import_questionnaire(path)
    assert result.draft.answers == {"fiche-01.difficultes": "Des coûts \\*\\*élevés\\*\\*.\n\nSur trois ans.",
                                    "fiche-01.clarte": "oui"}
    assert set(result.report.by_prompt) == {"fiche-01.difficultes", "fiche-01.clarte"}
    assert result.report.notes and "propriétés perdues" in result.report.notes[0]
    assert result.report.complete


def test_a_custom_form_round_trips_with_its_stamp(tmp_path: Path):
    form = resolve_form(str(FIXTURES / "mini-form.toml"))
    document = build_blank(form)
    tick(document, "identification.type", "Fédération")
    runs(answer_cell(document, "fiche-01.texte").paragraphs[0], "Court.")
    path = tmp_path / "mini.docx"
    document.save(path)
    result = import_questionnaire(path, str(FIXTURES / "mini-form.toml"))
    assert result.form.id == "mini"
    assert result.draft.identity == {"identification.type": "federation"}
    assert result.draft.answers == {"fiche-01.texte": "Court."}
    assert result.draft.form_ref.embedded_toml  # not bundled: the form travels with the draft


def _pixel_png() -> bytes:
    """A 1×1 white PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
            + chunk(b"IEND", b""))


def test_text_typed_in_a_grey_label_and_pictures_are_reported(form):
    document = build_blank(form)
    cell = answer_cell(document, "fiche-01.difficultes")
    runs(cell.paragraphs[0], "Réponse avec un schéma :")
    cell.add_paragraph().add_run().add_picture(io.BytesIO(_pixel_png()))
    label = next(p for p in document.paragraphs if "[fiche-01.modifications]" in p.text)
    runs(label, " Voir notre courrier.")
    values, report = read_answers(reopen(document), form)
    assert values == {"fiche-01.difficultes": "Réponse avec un schéma :"}
    assert report.warnings == ["fiche-01.difficultes : 1 image ou dessin non repris (seul le texte est importé)"]
    assert len(report.unplaced) == 1 and report.unplaced[0].text.endswith("Voir notre courrier.")


def _restamp(document, stamp: str) -> None:
    props = document.core_properties
    props.keywords = props.identifier = props.comments = stamp
    title = document.paragraphs[0]
    for run in title.runs:
        if run.font.hidden:
            run.text = f" [{stamp}]"


def test_the_form_version_and_id_in_the_document_are_checked(form, tmp_path: Path):
    document = build_blank(form)
    runs(answer_cell(document, "fiche-01.difficultes").paragraphs[0], "Texte.")
    _restamp(document, "dpi-consult-questionnaire:cnil-dpi-2025:0.9")
    older = tmp_path / "ancienne.docx"
    document.save(older)
    result = import_questionnaire(older)
    assert result.draft.answers == {"fiche-01.difficultes": "Texte."}
    assert any("version 0.9" in note for note in result.report.notes)

    _restamp(document, "dpi-consult-questionnaire:autre-consultation:1.0")
    other = tmp_path / "autre.docx"
    document.save(other)
    with pytest.raises(InputError, match="autre-consultation.*--form"):
        import_questionnaire(other)
    # Told which form to use, the importer reads it and says so.
    result = import_questionnaire(other, "cnil-dpi-2025")
    assert result.draft.answers == {"fiche-01.difficultes": "Texte."}
    assert any("autre-consultation" in note for note in result.report.notes)


def test_a_filled_questionnaire_is_collected_like_a_member_draft(form, tmp_path: Path):
    from dpi_consult.collective.collect import Outcome, collect_files
    from dpi_consult.draft.model import Draft

    document = build_blank(form)
    expected = fill_sample(document)
    path = tmp_path / "membre-word.docx"
    document.save(path)
    collective = Draft.new(form, organisation="Fédération d’essai")
    report = collect_files(collective, [path], form=form)
    assert [r.outcome for r in report.files] == [Outcome.IMPORTED]
    member = collective.members[0]
    assert member.file_kind == "docx" and member.file_name == "membre-word.docx"
    assert member.identity["identification.organisation"] == "Centre hospitalier de Rivesaltes"
    for question_id, value in expected.items():
        store = member.identity if question_id.startswith("identification.") else member.answers
        assert store[question_id] == value, question_id
    again = collect_files(collective, [path], form=form)
    assert [r.outcome for r in again.files] == [Outcome.DUPLICATE]
