"""Open conflicts in words: where each is (sheet, question) and who changed it on each side, when."""

from __future__ import annotations

from dataclasses import dataclass

from dpi_consult.draft.model import Draft
from dpi_consult.form.model import Form
from dpi_consult.french_formats import french_moment


@dataclass(frozen=True, slots=True)
class ConflictLine:
    key: str
    question_id: str
    section_id: str
    section_title: str
    prompt: str
    sides: tuple[tuple[str, str], tuple[str, str]]  # (author, time) of each side, in the conflict's order

    def line(self) -> str:
        """« Fiche 6 — Durées de conservation — Quelles difficultés… ? : conflit entre A (…) et B (…) »."""
        (first, first_time), (second, second_time) = self.sides
        where = f"{self.section_title} — {self.prompt}" if self.section_title else self.prompt
        return (f"{where} : conflit entre {first} ({french_moment(first_time)}) et {second} "
                f"({french_moment(second_time)})")


_STORE_LABELS = {"statuses": "statut", "notes": "notes internes"}


def conflict_lines(form: Form, draft: Draft) -> list[ConflictLine]:
    """The draft's open conflicts in form order (then those of fields the form does not have)."""
    order = {q.id: i for i, q in enumerate(form.questions)}
    section_order = {s.id: i for i, s in enumerate(form.sections)}
    lines = []
    for key, conflict in draft.conflicts.items():
        store, _, name = key.partition("/")
        history = draft.history.get(key)
        revisions = history.by_id() if history is not None else {}
        sides = tuple((revisions[r].author, revisions[r].time) if r in revisions else ("?", "?")
                      for r in conflict.sides)
        question = form.question(name) if store in ("identity", "answers") else None
        section = form.section(question.section_id if question else name)
        if question is not None:
            prompt = question.prompt
        else:
            label = _STORE_LABELS.get(store, name)
            prompt = label if section is not None else f"{label} « {name} »"
        lines.append(ConflictLine(key, question.id if question else "", section.id if section else "",
                                  section.display_title if section else "", prompt,
                                  (sides[0], sides[1])))
    return sorted(lines, key=lambda c: (section_order.get(c.section_id, len(section_order)),
                                        order.get(c.question_id, len(order)), c.key))
