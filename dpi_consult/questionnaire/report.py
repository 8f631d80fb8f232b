"""What an import of a filled questionnaire did: placed, unanswered, found by prompt, left over."""

from __future__ import annotations

from dataclasses import dataclass, field

from dpi_consult.form.model import Form

_EXCERPT = 100


@dataclass(frozen=True, slots=True)
class Unplaced:
    """Text found in the document that belongs to no answer place."""

    text: str
    position: str
    # Rank of the paragraph among all the document's paragraphs (tables included), 0 when unknown.
    paragraph: int

    def __str__(self) -> str:
        excerpt = self.text if len(self.text) <= _EXCERPT else self.text[: _EXCERPT - 1].rstrip() + "…"
        where = f" (paragraphe {self.paragraph})" if self.paragraph else ""
        return f"{self.position}{where} : « {excerpt} »"


@dataclass(frozen=True, slots=True)
class Rejected:
    """An answer that was found but could not be taken as it is."""

    question_id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.question_id} : {self.reason}"


@dataclass(slots=True)
class ImportReport:
    form_id: str
    form_version: str
    answered: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    by_prompt: list[str] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    # Answers kept but worth a look (over the character limit, malformed e-mail…), and notes on
    # how the document was read (form version, missing stamp).
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Questions whose place was found in the document, answered or not.
    recognised: int = 0

    @property
    def complete(self) -> bool:
        """Every piece of text found a place, and no answer had to be left out."""
        return not self.unplaced and not self.rejected

    def lines(self, form: Form) -> list[str]:
        """The report for a person, in French."""
        out = [f"Formulaire : {self.form_id} version {self.form_version}"]
        out += [f"Note : {note}" for note in self.notes]
        out.append(f"Réponses importées ({len(self.answered)}) :")
        out += _by_section(form, self.answered)
        if self.by_prompt:
            out.append(f"Retrouvées par l’intitulé de la question, repères perdus ({len(self.by_prompt)}) :")
            out += _by_section(form, self.by_prompt)
        out.append(f"Sans réponse ({len(self.unanswered)}) :")
        out += _by_section(form, self.unanswered)
        if self.rejected:
            out.append(f"Réponses écartées ({len(self.rejected)}) :")
            out += [f"  {item}" for item in self.rejected]
        if self.unplaced:
            out.append(f"Texte non placé ({len(self.unplaced)}) :")
            out += [f"  {item}" for item in self.unplaced]
        if self.warnings:
            out.append(f"Remarques ({len(self.warnings)}) :")
            out += [f"  {item}" for item in self.warnings]
        return out


def _by_section(form: Form, question_ids: list[str]) -> list[str]:
    """One line per section: its title, then the short ids of its questions."""
    wanted = set(question_ids)
    lines = []
    for section in form.sections:
        ids = [q.id for q in section.questions if q.id in wanted]
        if ids:
            short = [qid.removeprefix(section.id + ".") for qid in ids]
            lines.append(f"  {section.display_title} : {', '.join(short)}")
    return lines or ["  (aucune)"]
