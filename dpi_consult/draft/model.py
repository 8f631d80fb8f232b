"""The draft: one contribution in progress, with the form it answers and its history."""

from __future__ import annotations

import time
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from dpi_consult.draft.ids import new_draft_id
from dpi_consult.draft.values import Value, is_empty
from dpi_consult.form.identification import ORGANISATION
from dpi_consult.form.model import Form, SectionKind
from dpi_consult.records import Fields

if TYPE_CHECKING:
    # Imported where revisions are recorded or read, and where kits are read: a new draft at start-up has none.
    from dpi_consult.draft.consolidation import QuestionWork
    from dpi_consult.draft.history import FieldHistory
    from dpi_consult.draft.kit import Kit
    from dpi_consult.draft.member import MemberContribution, SourceEntry


class SheetStatus(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    VALIDATED = "validated"

    @property
    def label(self) -> str:
        return {"draft": "brouillon", "ready": "prêt", "validated": "validé"}[self.value]


DRAFT_KIND_DRAFT = "draft"
DRAFT_KIND_SHARE = "share"
# Format 1.2: a member kit, the template a federation sends its members (opening one starts a new draft).
DRAFT_KIND_KIT = "kit"


def now_iso() -> str:
    """The current time, UTC, to the second, as written in files."""
    # time, not datetime: this runs at start-up (a new draft's creation time) and datetime costs 1.6 ms to import.
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class FormRef(Fields):
    """Which form a draft answers; the TOML text travels with the draft when the form is not bundled."""

    __slots__ = ("id", "version", "embedded_toml", "embedded_sha256", "extra")
    _fields = __slots__

    def __init__(self, id: str, version: str, embedded_toml: str | None = None,
                 embedded_sha256: str | None = None, extra: dict[str, Any] | None = None) -> None:
        self.id = id
        self.version = version
        self.embedded_toml = embedded_toml
        self.embedded_sha256 = embedded_sha256
        self.extra: dict[str, Any] = {} if extra is None else extra


class Draft(Fields):
    """One contribution in progress (a plain class rather than a dataclass: see dpi_consult.records)."""

    __slots__ = ("form_ref", "draft_id", "identity", "answers", "statuses", "notes", "history", "sources",
                 "created_at", "saved_at", "app_version", "kind", "kit_id", "annex_naming", "consolidation", "kit",
                 "proposal_decisions", "extra", "format_minor_read")
    _fields = __slots__

    def __init__(self, form_ref: FormRef, draft_id: str | None = None, identity: dict[str, Value] | None = None,
                 answers: dict[str, Value] | None = None, statuses: dict[str, SheetStatus] | None = None,
                 notes: dict[str, str] | None = None, history: dict[str, FieldHistory] | None = None,
                 sources: list[SourceEntry] | None = None, created_at: str | None = None, saved_at: str | None = None,
                 app_version: str = "", kind: str = DRAFT_KIND_DRAFT, kit_id: str | None = None,
                 annex_naming: bool | None = None, consolidation: dict[str, QuestionWork] | None = None,
                 kit: Kit | None = None, proposal_decisions: dict[str, str] | None = None,
                 extra: dict[str, Any] | None = None, format_minor_read: int = 0) -> None:
        self.form_ref = form_ref
        self.draft_id = new_draft_id() if draft_id is None else draft_id
        self.identity: dict[str, Value] = {} if identity is None else identity
        self.answers: dict[str, Value] = {} if answers is None else answers
        self.statuses: dict[str, SheetStatus] = {} if statuses is None else statuses
        self.notes: dict[str, str] = {} if notes is None else notes
        self.history: dict[str, FieldHistory] = {} if history is None else history
        # A collective's member contributions (and entries of kinds a newer version wrote), in collection order.
        self.sources: list[SourceEntry] = [] if sources is None else sources
        self.created_at = now_iso() if created_at is None else created_at
        self.saved_at = saved_at
        self.app_version = app_version
        # Format 1.1: "share" for the export a member sends to a federation (no notes, statuses or history).
        self.kind = kind
        # The member kit the draft was started from, when it was (format 1.1).
        self.kit_id = kit_id
        # "La fédération peut-elle vous nommer dans l’annexe de sa contribution ?": None (unanswered) and
        # False both mean anonymous in the annex (format 1.1).
        self.annex_naming = annex_naming
        # A collective's consolidation work per question (format 1.2).
        self.consolidation: dict[str, QuestionWork] = {} if consolidation is None else consolidation
        # Format 1.2: the kit settings a collective prepares, the kit a kit file carries, or the copy (without
        # the member list) a member's draft keeps so that guidance and proposals show while drafting.
        self.kit = kit
        # Format 1.2: what the member did with each proposed answer ("adopted", "edited", "ignored").
        self.proposal_decisions: dict[str, str] = {} if proposal_decisions is None else proposal_decisions
        # Fields written by a newer minor version of the format: kept and written back as they were.
        self.extra: dict[str, Any] = {} if extra is None else extra
        self.format_minor_read = format_minor_read

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

    @property
    def organisation(self) -> str:
        value = self.identity.get(ORGANISATION)
        return value if isinstance(value, str) else ""

    @property
    def is_share(self) -> bool:
        return self.kind == DRAFT_KIND_SHARE

    @property
    def is_kit(self) -> bool:
        return self.kind == DRAFT_KIND_KIT

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
        for prefix, store in (("identity", self.identity), ("answers", self.answers),
                              ("statuses", self.statuses), ("notes", self.notes)):
            for key, value in store.items():
                result[f"{prefix}/{key}"] = value.value if isinstance(value, SheetStatus) else value
        return result

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
        """(answered, total) questions of a section."""
        section = form.section(section_id)
        if section is None:
            return (0, 0)
        store = self.identity if section.kind is SectionKind.IDENTIFICATION else self.answers
        answered = sum(1 for q in section.questions if not is_empty(store.get(q.id)))
        return answered, len(section.questions)

    def orphan_answers(self, form: Form) -> list[str]:
        """Answers kept in the draft whose question the form no longer has."""
        return [qid for qid in [*self.identity, *self.answers] if form.question(qid) is None]
