"""What a draft of an older form version meets in the newer one: new questions, rewordings, retired choices."""

from __future__ import annotations

from dataclasses import dataclass, field

from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import is_empty
from dpi_consult.form.model import Form, RetiredQuestion
from dpi_consult.form.version_changes import SectionChanges, changes_between, changes_by_section, retired_choice_advice
from dpi_consult.french_formats import counted


@dataclass(slots=True)
class FormUpdate:
    """The report shown once when a draft moves to a newer version of its form."""

    from_version: str
    to_version: str
    summaries: list[str] = field(default_factory=list)
    sections: list[SectionChanges] = field(default_factory=list)
    # Answered questions whose wording changed: the answer may need rereading.
    reread: list[str] = field(default_factory=list)
    # Answered questions whose answer holds a choice no longer offered.
    retired_choices: list[str] = field(default_factory=list)
    # Answered questions the new version retired: their answers stay in the draft, outside the form.
    retired_answers: list[RetiredQuestion] = field(default_factory=list)

    @property
    def added_count(self) -> int:
        return sum(len(entry.added) for entry in self.sections)

    def headline(self) -> str:
        """« Formulaire passé de la version 1.0 à la version 1.1 : 42 nouvelles questions, 3 réponses à revoir »."""
        parts = []
        if self.added_count:
            parts.append(counted(self.added_count, "nouvelle question", "nouvelles questions"))
        to_review = len(self.reread) + len(self.retired_choices) + len(self.retired_answers)
        if to_review:
            parts.append(counted(to_review, "réponse à revoir", "réponses à revoir"))
        told = f"Formulaire passé de la version {self.from_version} à la version {self.to_version}"
        return f"{told} : {', '.join(parts)}" if parts else told

    def section_line(self, entry: SectionChanges) -> str:
        """« Fiche 6 — Durées de conservation : 3 nouvelles questions, 1 question reformulée, résumé revu »."""
        parts = []
        if entry.added:
            parts.append(counted(len(entry.added), "nouvelle question", "nouvelles questions"))
        if entry.reworded:
            parts.append(counted(len(entry.reworded), "question reformulée", "questions reformulées"))
        if entry.retired:
            parts.append(counted(len(entry.retired), "question retirée", "questions retirées"))
        if entry.summary_revised:
            parts.append("résumé revu")
        return f"{entry.section.display_title} : {', '.join(parts)}"

    def answer_lines(self, form: Form, draft: Draft) -> list[tuple[str | None, str]]:
        """(question id, line) per answer of this draft to look at again, with what to do; a retired question
        has no id in the form (None)."""
        lines: list[tuple[str | None, str]] = []
        for question_id in self.retired_choices:
            question = form.question(question_id)
            assert question is not None
            value = draft.value(form, question_id)
            held = value if isinstance(value, list) else [value]
            for option_id in held:
                retired = question.retired_option(option_id) if isinstance(option_id, str) else None
                if retired is not None:
                    lines.append((question_id, f"{question.prompt} : {retired_choice_advice(question, retired)}"))
        for question_id in self.reread:
            question = form.question(question_id)
            assert question is not None
            lines.append((question_id, f"{question.prompt} : question reformulée en version {self.to_version}, "
                                       "relisez votre réponse"))
        for retired in self.retired_answers:
            lines.append((None, f"« {retired.prompt} » : question retirée en version {self.to_version}, "
                                "votre réponse est conservée hors du formulaire"))
        return lines

    def lines(self, form: Form, draft: Draft) -> list[str]:
        """The whole report as text lines, for the command line and the window's list."""
        lines = [self.headline()]
        lines += self.summaries
        lines += [self.section_line(entry) for entry in self.sections]
        return lines + [line for _question_id, line in self.answer_lines(form, draft)]


def form_update(form: Form, draft: Draft, old_version: str) -> FormUpdate | None:
    """The report for a draft of `old_version` opened with `form`; None when the form says nothing changed."""
    changes = changes_between(form, old_version)
    if not changes:
        return None
    update = FormUpdate(old_version, form.version, [change.summary for change in changes],
                        changes_by_section(form, changes))
    answered = {question_id for question_id, value in (*draft.identity.items(), *draft.answers.items())
                if not is_empty(value)}
    for entry in update.sections:
        update.reread += [q for q in entry.reworded if q in answered]
        update.retired_answers += [r for r in entry.retired if r.id in answered]
    for question in form.questions:
        if question.id in answered and question.retired_options and _holds_retired(draft.value(form, question.id),
                                                                                     question.retired_options):
            update.retired_choices.append(question.id)
    return update


def _holds_retired(value: object, retired: tuple) -> bool:
    ids = {option.id for option in retired}
    held = value if isinstance(value, list) else [value]
    return any(isinstance(item, str) and item in ids for item in held)
