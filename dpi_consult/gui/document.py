"""The open draft as the window sees it: form, draft, file path, and change notifications."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from dpi_consult.draft.model import Draft, ProposalDecision, SheetStatus
from dpi_consult.draft.values import Value
from dpi_consult.file_names import file_stem
from dpi_consult.form.model import Form
from dpi_consult.kit import proposals
from dpi_consult.settings import documents_dir

if TYPE_CHECKING:
    from dpi_consult.draft.binding import FormBinding
    from dpi_consult.draft.form_update import FormUpdate
    from dpi_consult.draft.kit import Kit
    from dpi_consult.draft.stamp import FileStamp
    from dpi_consult.draft.versions import SavedVersion


class DraftDocument(QObject):
    """Every change to the draft goes through here, so the navigator, title and autosave stay in step."""

    value_changed = Signal(str)  # question id
    decision_changed = Signal(str)  # question id of a proposed answer the member adopted, edited or ignored
    status_changed = Signal(str)  # section id
    modified_changed = Signal(bool)
    sources_changed = Signal()  # member contributions imported
    conflict_resolved = Signal(str)  # history key of a merge conflict settled
    versions_changed = Signal()
    saved = Signal(str)  # path

    def __init__(self, form: Form, draft: Draft, path: Path | None = None,
                 binding_notes: list[str] | None = None, parent: QObject | None = None,
                 stamp: FileStamp | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.draft = draft
        self.path = path
        self.binding_notes = binding_notes or []
        # Set when the draft answered an older version of its form: the window shows what changed.
        self.form_update: FormUpdate | None = None
        # The file as this window last read or wrote it: a save checks that nobody has saved it since.
        self.stamp = stamp
        # Opened while a colleague has the file: nothing can be changed, only read, exported or saved as a copy.
        self.read_only = False
        self._modified = False
        # Bumped on every edit; autosave compares it with the generation it last wrote.
        self.generation = 0
        # Bumped when the member contributions change; equal to the saved one while they are those of `path`.
        self.sources_generation = 0
        self.saved_sources_generation = 0

    @classmethod
    def new(cls, form: Form, parent: QObject | None = None) -> DraftDocument:
        return cls(form, Draft.new(form), None, parent=parent)

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> DraftDocument:
        """Raises InputError (DraftError) for an unreadable file."""
        from dpi_consult.draft.binding import open_draft_stamped

        draft, binding, stamp = open_draft_stamped(path)
        if draft.is_kit:
            # A kit is a template: each opening starts a new untitled draft, so the kit is never overwritten
            # and no two members share a draft id.
            from dpi_consult.kit.start import draft_from_kit

            document = cls(binding.form, draft_from_kit(draft, str(path)), None, _other_notes(binding), parent)
            document.form_update = binding.update
            document.set_modified(True)
            return document
        return cls.from_binding(draft, binding, Path(path), parent, stamp)

    @classmethod
    def from_binding(cls, draft: Draft, binding: FormBinding, path: Path | None,
                     parent: QObject | None = None, stamp: FileStamp | None = None) -> DraftDocument:
        document = cls(binding.form, draft, path, _other_notes(binding), parent, stamp)
        document.form_update = binding.update
        return document

    @property
    def modified(self) -> bool:
        return self._modified

    def set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def _touch(self) -> None:
        self.generation += 1
        self.set_modified(True)

    def mark_edited(self) -> None:
        """Record a change made to the draft directly (a collective's consolidation work), for saving and recovery."""
        if self.read_only:
            return
        self._touch()

    def value(self, question_id: str) -> Value | None:
        return self.draft.value(self.form, question_id)

    def set_value(self, question_id: str, value: Value | None) -> None:
        def edit() -> None:
            self.draft.set_value(self.form, question_id, value)
            proposals.answer_edited(self.draft, self.form, question_id)

        self._change(question_id, edit)

    def take_proposal(self, question_id: str, decision: ProposalDecision) -> None:
        """The kit's proposal becomes the answer, adopted or to adapt (the caller asked before replacing one)."""
        self._change(question_id, lambda: proposals.take_proposal(self.form, self.draft, question_id, decision))

    def ignore_proposal(self, question_id: str) -> None:
        self._change(question_id, lambda: proposals.ignore_proposal(self.draft, question_id))

    def undo_proposal_decision(self, question_id: str) -> None:
        self._change(question_id, lambda: proposals.undo_decision(self.form, self.draft, question_id))

    def _change(self, question_id: str, change: Callable[[], object]) -> None:
        """Apply one of the core's editing rules to a question, then tell the window what it changed."""
        if self.read_only:
            return
        value, decision = self.value(question_id), self.draft.proposal_decision(question_id)
        change()
        value_changed = self.value(question_id) != value
        decision_changed = self.draft.proposal_decision(question_id) != decision
        if value_changed or decision_changed:
            self._touch()
        if value_changed:
            self.value_changed.emit(question_id)
        if decision_changed:
            self.decision_changed.emit(question_id)

    @property
    def sources_saved(self) -> bool:
        """True while the member contributions are exactly those of the file at `path`."""
        return self.path is not None and self.sources_generation == self.saved_sources_generation

    def set_sources(self, sources: list[Any]) -> None:
        """New member contributions (after an import): the draft becomes or stays collective."""
        if self.read_only:
            return
        self.draft.sources = sources
        self.sources_generation += 1
        self._touch()
        self.sources_changed.emit()

    def status(self, section_id: str) -> SheetStatus:
        return self.draft.status(section_id)

    def set_status(self, section_id: str, status: SheetStatus) -> None:
        if not self.read_only and self.draft.set_status(section_id, status):
            self._touch()
            self.status_changed.emit(section_id)

    def note(self, section_id: str) -> str:
        return self.draft.note(section_id)

    def set_note(self, section_id: str, text: str) -> None:
        if not self.read_only and self.draft.set_note(section_id, text):
            self._touch()

    def resolve_conflict(self, key: str, value: Value | None) -> None:
        """Settle a merge conflict with the value chosen (one side, both, or a combined text)."""
        if self.read_only or key not in self.draft.conflicts:
            return
        store, _, name = key.partition("/")
        if store in ("identity", "answers"):
            self.set_value(name, value)
        elif store == "statuses":
            self.set_status(name, SheetStatus(value) if isinstance(value, str) else SheetStatus.DRAFT)
        elif store == "notes":
            self.set_note(name, value if isinstance(value, str) else "")
        del self.draft.conflicts[key]
        self._touch()
        self.conflict_resolved.emit(key)

    def keep_version(self, name: str, author: str) -> SavedVersion:
        """The draft as it is now, kept under a name (VersionNameError for a name that will not do)."""
        from dpi_consult.draft.version_actions import save_version

        version = save_version(self.draft, name, author)
        self._touch()
        self.versions_changed.emit()
        return version

    @property
    def is_member_of_kit(self) -> bool:
        """A member's draft started from a federation's kit: guidance, proposals and the naming question show."""
        return self.draft.kit is not None and self.draft.kit_id is not None and not self.draft.is_kit

    def proposal_decision(self, question_id: str) -> ProposalDecision | None:
        return self.draft.proposal_decision(question_id)

    def set_annex_naming(self, naming: bool | None) -> None:
        if self.read_only:
            return
        if self.draft.annex_naming is not naming:
            self.draft.annex_naming = naming
            self._touch()

    def set_kit(self, kit: Kit) -> None:
        """The kit settings a collective draft prepared (guidance, proposals, deadline, expected members)."""
        if self.read_only:
            return
        self.draft.kit = kit
        self._touch()

    def save(self, path: str | Path, author: str, replace_changed: bool = False) -> None:
        """Raises DraftError when the file cannot be written, FileChanged when someone else saved the file since
        it was opened (unless `replace_changed`); the draft stays modified then."""
        from dpi_consult.draft.files import save_draft

        same_file = self.path is not None and Path(path) == self.path
        expected = self.stamp if same_file and not replace_changed else None
        self.stamp = save_draft(self.draft, path, author, expected)
        self.path = Path(path)
        self.saved_sources_generation = self.sources_generation
        self.set_modified(False)
        self.saved.emit(str(path))

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else ""

    @property
    def organisation_slug(self) -> str:
        """The organisation's name as part of a file name ("CH de Dax" gives "CH-de-Dax"); empty when unnamed."""
        return file_stem(self.draft.organisation)


def default_folder(document: DraftDocument | None) -> Path:
    """Where file dialogs start: beside the open draft's file, else the user's documents folder, else home."""
    if document is not None and document.path is not None:
        return document.path.parent
    documents = documents_dir()
    return documents if documents.is_dir() else Path.home()


def _other_notes(binding: FormBinding) -> list[str]:
    """The binding's notes the form-update banner does not already show."""
    return [note for note in binding.notes if note not in binding.update_lines]
