"""The coordinator's work on each question of a collective draft: provenance of paragraphs, and done or not."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dpi_consult.collective.member import MemberContribution
from dpi_consult.collective.provenance import Paragraph, align, join_paragraphs, new_paragraph_id, split_paragraphs
from dpi_consult.draft.model import Draft
from dpi_consult.errors import DraftError


@dataclass(slots=True)
class QuestionWork:
    """One question's collective answer as paragraphs with their sources, and whether it is consolidated."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    consolidated: bool = False

    @property
    def text(self) -> str:
        return join_paragraphs([p.text for p in self.paragraphs])

    def flagged(self, current: Mapping[str, str]) -> list[Paragraph]:
        """Paragraphs with a source member who has sent a newer version since."""
        return [p for p in self.paragraphs if p.flagged(current)]

    def to_json(self) -> dict[str, Any]:
        return {
            "consolidated": self.consolidated,
            "paragraphs": [{"id": p.id, "text": p.text, "sources": dict(p.sources)} for p in self.paragraphs],
        }

    def is_empty(self) -> bool:
        return not self.consolidated and not any(p.sources for p in self.paragraphs)


def current_versions(members: Iterable[MemberContribution]) -> dict[str, str]:
    """Member id to the SHA-256 of the contribution collected now: what flags paragraphs for review."""
    return {m.member_id: m.sha256 for m in members}


def work_for(draft: Draft, question_id: str) -> QuestionWork:
    """The question's work, its paragraphs aligned with the collective answer as it reads now."""
    stored = draft.consolidation.get(question_id)
    work = QuestionWork() if stored is None else _from_json(stored)
    answer = draft.answers.get(question_id)
    texts = split_paragraphs(answer) if isinstance(answer, str) else []
    if [p.text for p in work.paragraphs] != texts:
        work.paragraphs = align(work.paragraphs, texts)
    return work


def store(draft: Draft, question_id: str, work: QuestionWork) -> None:
    """Keep the work in the draft; the answer text itself is set by the caller (through the document)."""
    if work.is_empty():
        draft.consolidation.pop(question_id, None)
    else:
        draft.consolidation[question_id] = work.to_json()


def sync_all(draft: Draft) -> None:
    """Align every question's stored paragraphs with its answer, before saving."""
    for question_id in list(draft.consolidation):
        store(draft, question_id, work_for(draft, question_id))


def insert_passage(work: QuestionWork, passage: str, member: MemberContribution, index: int | None = None) -> None:
    """Insert a member's passage as paragraph(s) at `index` (the end when None), sourced to that member."""
    texts = split_paragraphs(passage)
    at = len(work.paragraphs) if index is None else max(0, min(index, len(work.paragraphs)))
    work.paragraphs[at:at] = [Paragraph(new_paragraph_id(), text, {member.member_id: member.sha256})
                              for text in texts]


def set_sources(paragraph: Paragraph, members: Iterable[MemberContribution]) -> None:
    """The coordinator's own choice of sources; each at the version collected now."""
    paragraph.sources = {m.member_id: m.sha256 for m in members}


def mark_reviewed(paragraph: Paragraph, current: Mapping[str, str]) -> None:
    """The coordinator checked the paragraph against its members' newer versions: clear the flag."""
    for member in paragraph.sources:
        if member in current:
            paragraph.sources[member] = current[member]


def flagged_questions(draft: Draft, current: Mapping[str, str]) -> dict[str, int]:
    """Questions with paragraphs to review, and how many."""
    result = {}
    for question_id in draft.consolidation:
        count = len(work_for(draft, question_id).flagged(current))
        if count:
            result[question_id] = count
    return result


def _from_json(data: dict[str, Any]) -> QuestionWork:
    return QuestionWork([Paragraph(p["id"], p["text"], dict(p["sources"])) for p in data["paragraphs"]],
                        bool(data["consolidated"]))


def validate_consolidation(raw: Any, origin: str) -> dict[str, Any]:
    """Check the `consolidation` object of a .dpic file; the first problem raises DraftError."""

    def fail(path: str, message: str) -> DraftError:
        return DraftError(f"champ « {path} » : {message}", origin)

    if not isinstance(raw, dict):
        raise fail("consolidation", "un objet JSON était attendu")
    for question_id, entry in raw.items():
        where = f"consolidation.{question_id}"
        if not isinstance(entry, dict):
            raise fail(where, "un objet JSON était attendu")
        if not isinstance(entry.get("consolidated"), bool):
            raise fail(f"{where}.consolidated", "true ou false était attendu")
        paragraphs = entry.get("paragraphs")
        if not isinstance(paragraphs, list):
            raise fail(f"{where}.paragraphs", "une liste était attendue")
        for index, paragraph in enumerate(paragraphs):
            at = f"{where}.paragraphs[{index}]"
            if not isinstance(paragraph, dict):
                raise fail(at, "un objet JSON était attendu")
            for key in ("id", "text"):
                if not isinstance(paragraph.get(key), str):
                    raise fail(f"{at}.{key}", "une chaîne était attendue")
            sources = paragraph.get("sources")
            if not isinstance(sources, dict) or not all(isinstance(v, str) for v in sources.values()):
                raise fail(f"{at}.sources", "un objet associant chaque membre à une empreinte était attendu")
    return raw
