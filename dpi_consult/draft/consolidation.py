"""A collective's consolidation work per question as the .dpic keeps it: paragraphs with their sources, done or not."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from dpi_consult.draft.paragraphs import Paragraph, align, join_paragraphs, split_paragraphs
from dpi_consult.draft.validation import Check, join_path

if TYPE_CHECKING:
    from dpi_consult.draft.model import Draft


class HandledAs(StrEnum):
    """How the coordinator dealt with a member's answer."""

    TAKEN = "taken"  # quoted or attributed in the collective answer
    SET_ASIDE = "set_aside"  # read, and left out on purpose


@dataclass(frozen=True, slots=True)
class Handled:
    """A member's answer as it was when the coordinator dealt with it: the file's SHA-256 and the answer's text.

    A newer file from the member (another SHA-256) makes the answer « nouvelle version » again, and the text
    kept here is what its new text is compared with.
    """

    sha256: str
    how: HandledAs
    text: str

    def to_json(self) -> dict[str, str]:
        return {"sha256": self.sha256, "as": self.how.value, "text": self.text}


@dataclass(slots=True)
class QuestionWork:
    """One question's collective answer as paragraphs with their sources, whether it is consolidated, and which
    members' answers have been dealt with (format 1.3)."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    consolidated: bool = False
    handled: dict[str, Handled] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return join_paragraphs([p.text for p in self.paragraphs])

    def flagged(self, current: Mapping[str, str]) -> list[Paragraph]:
        """Paragraphs with a source member who has sent a newer version since."""
        return [p for p in self.paragraphs if p.flagged(current)]

    def copy(self) -> QuestionWork:
        return QuestionWork([Paragraph(p.id, p.text, dict(p.sources)) for p in self.paragraphs], self.consolidated,
                            dict(self.handled))

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "consolidated": self.consolidated,
            "paragraphs": [{"id": p.id, "text": p.text, "sources": dict(p.sources)} for p in self.paragraphs],
        }
        if self.handled:
            # Only when used: work saved before format 1.3 keeps its bytes.
            data["handled"] = {member: handled.to_json() for member, handled in self.handled.items()}
        return data

    def is_empty(self) -> bool:
        return not self.consolidated and not self.handled and not any(p.sources for p in self.paragraphs)


def work_for(draft: Draft, question_id: str) -> QuestionWork:
    """A copy of the question's work, its paragraphs aligned with the collective answer as it reads now."""
    stored = draft.consolidation.get(question_id)
    work = QuestionWork() if stored is None else stored.copy()
    answer = draft.answers.get(question_id)
    texts = split_paragraphs(answer) if isinstance(answer, str) else []
    if [p.text for p in work.paragraphs] != texts:
        work.paragraphs = align(work.paragraphs, texts)
    return work


def store(draft: Draft, question_id: str, work: QuestionWork) -> None:
    """Keep a copy of the work in the draft; the answer text itself is set by the caller (through the document)."""
    if work.is_empty():
        draft.consolidation.pop(question_id, None)
    else:
        draft.consolidation[question_id] = work.copy()


def sync_all(draft: Draft) -> None:
    """Align every question's stored paragraphs with its answer, so that the file says what the answer says."""
    for question_id in list(draft.consolidation):
        store(draft, question_id, work_for(draft, question_id))


def consolidation_from_json(raw: Any, check: Check) -> dict[str, QuestionWork]:
    """Validate the `consolidation` object of a .dpic file."""
    result = {}
    for question_id, entry in check.obj(raw, "consolidation").items():
        where = f"consolidation.{question_id}"
        entry = check.obj(entry, where)
        consolidated = check.boolean(entry.get("consolidated"), f"{where}.consolidated")
        paragraphs = []
        for index, item in enumerate(check.array(entry.get("paragraphs"), f"{where}.paragraphs")):
            at = join_path(f"{where}.paragraphs", index)
            paragraph = check.obj(item, at)
            paragraph_id = check.text(paragraph.get("id"), f"{at}.id")
            text = check.text(paragraph.get("text"), f"{at}.text")
            sources = paragraph.get("sources")
            if not isinstance(sources, dict) or not all(isinstance(v, str) for v in sources.values()):
                raise check.fail(f"{at}.sources", "un objet associant chaque membre à une empreinte était attendu")
            paragraphs.append(Paragraph(paragraph_id, text, dict(sources)))
        handled = {}
        for member_id, item in check.obj(entry.get("handled", {}), f"{where}.handled").items():
            at = f"{where}.handled.{member_id}"
            record = check.obj(item, at)
            how = check.choice(record.get("as"), f"{at}.as", [h.value for h in HandledAs])
            handled[member_id] = Handled(check.text(record.get("sha256"), f"{at}.sha256"), HandledAs(how),
                                         check.text(record.get("text"), f"{at}.text"))
        result[question_id] = QuestionWork(paragraphs, consolidated, handled)
    return result
