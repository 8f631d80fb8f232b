"""A small form (identification and one sheet of 14 questions) and drafts on it, for dialog tests."""

from __future__ import annotations

from dpi_consult.draft.model import Draft, FormRef
from dpi_consult.form.model import Form, Option, Question, QuestionKind, Section, SectionKind


def make_form() -> Form:
    ident = Section("identification", SectionKind.IDENTIFICATION, "Identification", questions=(
        Question("identification.organisation", "identification", QuestionKind.SHORT_TEXT, "Organisme"),))
    questions = tuple(Question(f"fiche-06.q{i}", "fiche-06", QuestionKind.LONG_TEXT, f"Question numéro {i}")
                      for i in range(1, 14))
    choice = Question("fiche-06.avis", "fiche-06", QuestionKind.SINGLE_CHOICE, "Votre avis",
                      options=(Option("oui", "Favorable"), Option("non", "Défavorable")))
    sheet = Section("fiche-06", SectionKind.SHEET, "Durées de conservation", number=6,
                    questions=(choice, *questions))
    return Form("test", "1", "Test", "Test", "fr", 4000, "", (ident, sheet))


def make_draft(form: Form, organisation: str = "", answers: int = 2) -> Draft:
    draft = Draft(form_ref=FormRef(form.id, form.version))
    if organisation:
        draft.set_value(form, "identification.organisation", organisation)
    draft.set_value(form, "fiche-06.avis", "non")
    for i in range(1, answers + 1):
        draft.set_value(form, f"fiche-06.q{i}", f"La **sécurité** des accès, réponse {i}. " + "suite " * 40)
    return draft
