"""The draft: one contribution in progress, with the form it answers and its history."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from dpi_consult.draft.ids import new_draft_id
from dpi_consult.draft.values import Value, is_empty
from dpi_consult.draft.visibility import is_visible
from dpi_consult.form.identification import ORGANISATION
from dpi_consult.form.model import Form, SectionKind

if TYPE_CHECKING:
    # Imported where revisions are recorded or read, and where kits are read: a new draft at start-up has none.
    from dpi_consult.draft.conflicts import Conflict
    from dpi_consult.draft.consolidation import QuestionWork
    from dpi_consult.draft.history import FieldHistory
    from dpi_consult.draft.kit import Kit
    from dpi_consult.draft.member import MemberContribution, SourceEntry
    from dpi_consult.draft.themes import QuestionThemes
    from dpi_consult.draft.versions import SavedVersion


class SheetStatus(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    VALIDATED = "validated"

    @property
    def label(self) -> str:
        return {"draft": "brouillon", "ready": "prêt", "validated": "validé"}[self.value]


# What the revision history versions, by the prefix of its keys: what people write and decide.
VERSIONED_STORES = ("identity", "answers", "statuses", "notes")


class DraftKind(StrEnum):
    DRAFT = "draft"
    # Format 1.1: what a member sends to its federation.
    SHARE = "share"
    # Format 1.2: a member kit, the template a federation sends its members (opening one starts a new draft).
    KIT = "kit"


class ProposalDecision(StrEnum):
    """What a member did with a federation's proposed answer: only an adopted or edited one is the answer."""

    ADOPTED = "adopted"
    EDITED = "edited"
    IGNORED = "ignored"


def now_iso() -> str:
    """The current time, UTC, to the second, as written in files."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


@dataclass(slots=True)
class FormRef:
    """Which form a draft answers; the TOML text travels with the draft when the form is not bundled."""

    id: str
    version: str
    embedded_toml: str | None = None
    embedded_sha256: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Draft:
    """One contribution in progress."""

    form_ref: FormRef
    draft_id: str = field(default_factory=new_draft_id)
    identity: dict[str, Value] = field(default_factory=dict)
    answers: dict[str, Value] = field(default_factory=dict)
    statuses: dict[str, SheetStatus] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    history: dict[str, FieldHistory] = field(default_factory=dict)
    # A collective's member contributions (and entries of kinds a newer version wrote), in collection order.
    sources: list[SourceEntry] = field(default_factory=list)
    created_at: str = field(default_factory=now_iso)
    saved_at: str | None = None
    app_version: str = ""
    # Format 1.1: "share" for the export a member sends to a federation (no notes, statuses or history); a
    # kind written by a newer version stays the text it was.
    kind: DraftKind | str = DraftKind.DRAFT
    # The member kit the draft was started from, when it was (format 1.1).
    kit_id: str | None = None
    # "La fédération peut-elle vous nommer dans l’annexe de sa contribution ?": None (unanswered) and
    # False both mean anonymous in the annex (format 1.1).
    annex_naming: bool | None = None
    # A collective's consolidation work per question (format 1.2).
    consolidation: dict[str, QuestionWork] = field(default_factory=dict)
    # Format 1.2: the kit settings a collective prepares, the kit a kit file carries, or the copy (without
    # the member list) a member's draft keeps so that guidance and proposals show while drafting.
    kit: Kit | None = None
    # Format 1.2: what the member did with each proposed answer.
    proposal_decisions: dict[str, ProposalDecision] = field(default_factory=dict)
    # Format 1.4: merge conflicts still open, by history key ("answers/fiche-06.difficultes").
    conflicts: dict[str, Conflict] = field(default_factory=dict)
    # Format 1.4: the versions someone saved by name, oldest first; references to revisions of `history`.
    versions: list[SavedVersion] = field(default_factory=list)
    # Format 1.5: a collective's themes per question id (the members' answers grouped by what they say).
    themes: dict[str, QuestionThemes] = field(default_factory=dict)
    # Fields written by a newer minor version of the format: kept and written back as they were.
    extra: dict[str, Any] = field(default_factory=dict)
    format_minor_read: int = 0

    @classmethod
    def new(cls, form: Form, organisation: str | None = None) -> Draft:
        from dpi_consult.form.registry import is_bundled

        ref = FormRef(form.id, form.version)
        if not is_bundled(form):
            ref.embedded_toml = form.source_text
            ref.embedded_sha256 = form.source_sha256
        draft = cls(form_ref=ref)
        if organisation:
            draft.identity[ORGANISATION] = organisation
        return draft

    # Values are routed by the form: identification questions live in `identity`.
    def value(self, form: Form, question_id: str) -> Value | None:
        store = self.identity if form.is_identification_question(question_id) else self.answers
        return store.get(question_id)

    def set_value(self, form: Form, question_id: str, value: Value | None) -> None:
        store = self.identity if form.is_identification_question(question_id) else self.answers
        if is_empty(value):
            store.pop(question_id, None)
        else:
            store[question_id] = value  # type: ignore[assignment]

    def status(self, section_id: str) -> SheetStatus:
        return self.statuses.get(section_id, SheetStatus.DRAFT)

    def set_status(self, section_id: str, status: SheetStatus) -> bool:
        """True when the sheet's status changed."""
        if self.status(section_id) == status:
            return False
        # "Draft" is what a sheet nobody has marked says: only the statuses someone chose are kept,
        # so a sheet set back to draft leaves nothing behind in the file or its history.
        if status is SheetStatus.DRAFT:
            self.statuses.pop(section_id, None)
        else:
            self.statuses[section_id] = status
        return True

    def note(self, section_id: str) -> str:
        return self.notes.get(section_id, "")

    def set_note(self, section_id: str, text: str) -> bool:
        """True when the sheet's internal note changed; a blank note is no note."""
        if self.note(section_id) == text:
            return False
        if text.strip():
            self.notes[section_id] = text
        elif self.notes.pop(section_id, None) is None:
            return False
        return True

    def proposal_decision(self, question_id: str) -> ProposalDecision | None:
        return self.proposal_decisions.get(question_id)

    def set_proposal_decision(self, question_id: str, decision: ProposalDecision | None) -> bool:
        """True when the member's decision on the kit's proposal changed; None is undecided."""
        if self.proposal_decision(question_id) == decision:
            return False
        if decision is None:
            del self.proposal_decisions[question_id]
        else:
            self.proposal_decisions[question_id] = decision
        return True

    @property
    def organisation(self) -> str:
        value = self.identity.get(ORGANISATION)
        return value if isinstance(value, str) else ""

    @property
    def is_share(self) -> bool:
        return self.kind == DraftKind.SHARE

    @property
    def is_kit(self) -> bool:
        return self.kind == DraftKind.KIT

    @property
    def is_collective(self) -> bool:
        return bool(self.sources)

    @property
    def members(self) -> list[MemberContribution]:
        """The member contributions of a collective, in collection order (entries of other kinds left out)."""
        from dpi_consult.draft.member import MemberContribution

        return [entry for entry in self.sources if isinstance(entry, MemberContribution)]

    def fields(self) -> dict[str, Value | None]:
        """Every versioned field by its history key."""
        result: dict[str, Value | None] = {}
        for prefix in VERSIONED_STORES:
            for key, value in getattr(self, prefix).items():
                result[f"{prefix}/{key}"] = value.value if isinstance(value, SheetStatus) else value
        return result

    def field_value(self, key: str) -> Value | None:
        """One versioned field by its history key ("answers/fiche-06.difficultes"), as `fields()` gives it."""
        store, _, name = key.partition("/")
        if store not in VERSIONED_STORES:
            return None
        value = getattr(self, store).get(name)
        return value.value if isinstance(value, SheetStatus) else value

    def set_field(self, key: str, value: Value | None) -> None:
        """Set one versioned field by its history key, as it is (an answer is not trimmed or dropped for being
        blank); a status this version of the app does not know (a hand-edited file) is left as it is."""
        store, _, name = key.partition("/")
        if store == "statuses":
            if value is None or value in {s.value for s in SheetStatus}:
                self.set_status(name, SheetStatus.DRAFT if value is None else SheetStatus(value))
        elif store == "notes":
            self.set_note(name, value if isinstance(value, str) else "")
        elif store in VERSIONED_STORES:
            target = self.identity if store == "identity" else self.answers
            if value is None:
                target.pop(name, None)
            else:
                target[name] = value

    def record_revisions(self, author: str, time: str | None = None) -> int:
        """Add one revision to each field that changed since the last save; returns how many."""
        from dpi_consult.draft.history import FieldHistory, record

        time = time or now_iso()
        current = self.fields()
        changed = 0
        for key in sorted(set(current) | set(self.history)):
            history = self.history.setdefault(key, FieldHistory())
            if record(history, current.get(key), author, time):
                changed += 1
            if not history.revisions:
                del self.history[key]
        return changed

    def answered_count(self, form: Form, section_id: str) -> tuple[int, int]:
        """(answered, total) questions of a section, counting only those asked of this respondent."""
        section = form.section(section_id)
        if section is None:
            return (0, 0)
        store = self.identity if section.kind is SectionKind.IDENTIFICATION else self.answers
        asked = [q for q in section.questions if is_visible(form, self, q)]
        return sum(1 for q in asked if not is_empty(store.get(q.id))), len(asked)

    def orphan_answers(self, form: Form) -> list[str]:
        """Answers kept in the draft whose question the form no longer has."""
        return [qid for qid in [*self.identity, *self.answers] if form.question(qid) is None]
