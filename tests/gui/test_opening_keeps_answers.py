"""Opening a draft never changes it: the pages built in the background keep every answer as saved."""

from __future__ import annotations

from pathlib import Path

from dpi_consult.draft.files import read_draft, save_draft
from dpi_consult.draft.model import Draft
from dpi_consult.form.registry import bundled_form
from dpi_consult.gui.markdown_editor import MarkdownEditor


def test_every_answer_survives_the_pages_built_after_the_first_frame(make_window, qtbot, tmp_path: Path):
    form = bundled_form()
    draft = Draft.new(form, organisation="CH de Dax")
    for question in form.questions:
        if question.kind.is_text and question.section_id.startswith("fiche-"):
            draft.answers[question.id] = f"Réponse **rédigée** pour {question.id}."
    path = tmp_path / "contribution.dpic"
    save_draft(draft, path, "Dr Testeur (DIM)")
    saved = read_draft(path).answers

    window = make_window(str(path))
    qtbot.waitUntil(lambda: window.spelling.started and len(window.pages) == len(form.sections), timeout=10000)
    qtbot.wait(100)
    assert window.document.draft.answers == saved
    assert not window.document.modified and not window.windowTitle().startswith("*")


def test_swapping_the_highlighter_is_not_an_edit(qtbot):
    from dpi_consult.gui.markdown_highlighter import MarkdownHighlighter

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_text("Une **réponse** déjà écrite.")
    edits: list[bool] = []
    editor.text_edited.connect(lambda: edits.append(True))
    editor.use_highlighter(lambda document, styled: MarkdownHighlighter(document, styled))
    assert edits == [] and editor.text() == "Une **réponse** déjà écrite."
