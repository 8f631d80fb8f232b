"""Plain-text and Markdown exports: prompts, answers and character counts, for pasting into the web form."""

from __future__ import annotations

from export_samples import GENERAL, RICH, SECRET_NOTE, TODAY, sample_members

from dpi_consult.draft.model import Draft
from dpi_consult.export.content import NO_ANSWER
from dpi_consult.export.text_export import character_count, contribution_text
from dpi_consult.form.model import OPINION_SECTION_KINDS, Form
from dpi_consult.markdown import parse, plain_length, to_markdown, to_plain_text
from dpi_consult.progress import Progress


def test_plain_text_gives_each_prompt_answer_and_count(form: Form, draft: Draft):
    text = contribution_text(form, draft, "txt", today=TODAY)
    prompt = form.question("fiche-01.difficultes").prompt
    assert f"{prompt}\n{'-' * len(prompt)}\n\n{to_plain_text(parse(RICH))}\n\n(383 / 4\u00a0000 caractères)" in text
    assert "Fiche 1 — Responsabilité de traitement\n======================================" in text
    assert "**" not in text and "](" not in text
    assert "Publication : La contribution peut être publiée en mentionnant le nom de l’organisation." in text
    assert "Contribution collective au nom de 1\u00a0234 membres" in text and "29 novembre 2026" in text
    assert SECRET_NOTE not in text and "Publication de la contribution" not in text


def test_markdown_keeps_the_answer_source_normalised(form: Form, draft: Draft):
    text = contribution_text(form, draft, "md", today=TODAY)
    assert to_markdown(parse(RICH)) in text
    assert "### Quelles difficultés de mise en œuvre et quels coûts anticipez-vous\u00a0?" in text
    assert "## Fiche 6 — Durées de conservation" in text
    # "# Synthèse" inside an answer goes below the question's own heading.
    assert "#### Synthèse" in text and "\n# Synthèse" not in text
    assert f"*({plain_length(GENERAL)} / 6\u00a0000 caractères)*" in text
    assert "- **Région**\u00a0: Occitanie" in text


def test_count_reports_what_goes_over_the_limit(form: Form):
    question = form.question("publication.precisions")
    assert character_count(form, question, "a" * 1001) == "(1\u00a0001 / 1\u00a0000 caractères — 1 de trop)"
    assert character_count(form, question, "**a**") == "(1 / 1\u00a0000 caractères)"


def test_all_questions_and_annex(form: Form, draft: Draft):
    text = contribution_text(form, draft, "txt", all_questions=True, annex=sample_members(), today=TODAY)
    opinions = [q for s in form.sections if s.kind in OPINION_SECTION_KINDS for q in s.questions]
    assert text.count(NO_ANSWER) == sum(1 for q in opinions if draft.value(form, q.id) is None)
    annex = text[text.index("Annexe — Contributions des membres"):]
    assert annex.index("CHU de Rivesaltes") < annex.index("Réponse A.") < annex.index("point B1")
    markdown = contribution_text(form, draft, "md", annex=sample_members(), today=TODAY)
    assert "##### Membre 2 (Établissement public de santé, Occitanie)\n\n- point B1\n- point B2" in markdown


def test_progress_reaches_the_total(form: Form, draft: Draft):
    seen = []
    contribution_text(form, draft, "md", annex=sample_members(), progress=Progress(lambda d, t: seen.append((d, t))))
    assert seen[-1] == (9, 9)  # 5 answers of the federation, 4 of its members
