"""Collecting member files into a collective draft, with what happened to each file."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from dpi_consult.collective.reading import (
    CONTRIBUTION_SUFFIXES,
    ContributionRefused,
    FileRead,
    load_contribution,
    read_files,
)
from dpi_consult.draft.member import MemberContribution, SourceEntry, normalised_name
from dpi_consult.draft.model import Draft, now_iso
from dpi_consult.errors import InputError
from dpi_consult.form.model import Form
from dpi_consult.french_formats import counted
from dpi_consult.progress import Progress, silent


class Outcome(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    DUPLICATE = "duplicate"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return {"imported": "importé", "updated": "mis à jour", "duplicate": "doublon",
                "refused": "refusé"}[self.value]

    def counted(self, count: int) -> str:
        """« 2 importés », « 1 doublon », « 3 mis à jour »."""
        return counted(count, self.label, "mis à jour" if self is Outcome.UPDATED else None)


@dataclass(slots=True)
class FileReport:
    """What happened to one input file."""

    path: Path
    outcome: Outcome
    member: str = ""
    reason: str = ""
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        text = f"{self.path} : {self.outcome.label}"
        if self.member:
            text += f" ({self.member})"
        if self.reason:
            text += f" : {self.reason}"
        if self.notes:
            text += " ; " + " ; ".join(self.notes)
        return text


@dataclass(slots=True)
class CollectReport:
    files: list[FileReport] = field(default_factory=list)
    members: int = 0

    def count(self, outcome: Outcome) -> int:
        return sum(1 for report in self.files if report.outcome is outcome)

    @property
    def changed(self) -> bool:
        """True when the collective draft has new or newer contributions to save."""
        return any(r.outcome in (Outcome.IMPORTED, Outcome.UPDATED) for r in self.files)

    @property
    def has_refusals(self) -> bool:
        return any(r.outcome is Outcome.REFUSED for r in self.files)

    def summary(self) -> str:
        counts = ", ".join(outcome.counted(self.count(outcome)) for outcome in Outcome)
        return (f"{counted(len(self.files), 'fichier')} : {counts} ; {counted(self.members, 'membre')} dans la "
                "contribution collective")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many parsed objects.

    Parsed JSON holds no reference cycles, so reference counting frees it all the same; without
    the pause the collector rescans every kept answer again and again, which costs more than
    the parsing (measured: +60 % on 1,000 member files).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def expand_inputs(paths: Iterable[str | Path], recursive: bool = False,
                  exclude: Path | None = None) -> tuple[list[Path], list[FileReport]]:
    """Files to collect: files as given, folders as the contribution files they hold (sorted).

    Folders are read one level deep unless `recursive`: a folder of received files often holds
    subfolders of older rounds or of other work that should not be swept in by accident. Hidden
    files (temporary files of an interrupted save) and Word's "~$" lock files are skipped, and so
    is `exclude`, the collective draft itself when it lies among its members' files.
    """
    files: list[Path] = []
    problems: list[FileReport] = []
    excluded = _resolved(exclude) if exclude is not None else None

    def wanted(p: Path, root: Path) -> bool:
        # Resolving every path costs more than reading small files: only a same-named one can be `exclude`.
        return (p.suffix.lower() in CONTRIBUTION_SUFFIXES and not _hidden(p.relative_to(root)) and p.is_file()
                and not (excluded is not None and p.name == excluded.name and _resolved(p) == excluded))

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pattern = path.rglob("*") if recursive else path.iterdir()
            found = sorted(p for p in pattern if wanted(p, path))
            if not found:
                problems.append(FileReport(path, Outcome.REFUSED, reason="aucun fichier .dpic ou .docx dans "
                                           "ce dossier"))
            files.extend(found)
        elif not path.exists():
            problems.append(FileReport(path, Outcome.REFUSED, reason="fichier introuvable"))
        else:
            files.append(path)
    return files, problems


def _hidden(relative: Path) -> bool:
    name = relative.name
    return name.startswith("~$") or any(part.startswith(".") for part in relative.parts)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def collect_files(collective: Draft, paths: Iterable[str | Path], progress: Progress | None = None, *,
                  form: Form | None = None, recursive: bool = False, collective_path: Path | None = None,
                  imported_at: str | None = None) -> CollectReport:
    """Add member files (or folders of them) to a collective draft, in memory; the caller saves it.

    The draft's `sources` change only once the whole batch is done, and not at all when the user
    cancels through `progress` (`Cancelled` is raised). `form`, the form the collective draft is
    bound to, lets the report count answers to questions that form does not have; `collective_path`
    names the collective draft in messages and keeps it out of the folders collected.
    """
    progress = silent(progress)
    with gc_paused():
        batch = _Batch(collective, form, imported_at or now_iso())
        files, report_files = expand_inputs(paths, recursive, collective_path)
        report = CollectReport(files=report_files)
        total = len(files)
        progress.report(0, total)
        for done, read in enumerate(read_files(files), start=1):
            report.files.append(batch.add(read))
            progress.report(done, total)
        collective.sources = batch.entries
        report.members = batch.member_count
        return report


def _saved_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    # Naive times (hand-edited files) are read as UTC, like every time the app writes.
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _changes(old: MemberContribution, new: MemberContribution) -> str:
    changed = added = removed = 0
    for before, after in ((old.identity, new.identity), (old.answers, new.answers)):
        for key, value in after.items():
            if key not in before:
                added += 1
            elif before[key] != value:
                changed += 1
        removed += sum(1 for key in before if key not in after)
    if not (changed or added or removed):
        return "aucune réponse modifiée"
    return (f"{counted(changed, 'réponse modifiée', 'réponses modifiées')}, {counted(added, 'ajoutée')}, "
            f"{counted(removed, 'retirée')}")


class _Batch:
    """The collective's members during a batch, with the indexes that find a member again."""

    def __init__(self, collective: Draft, form: Form | None, imported_at: str) -> None:
        self.collective = collective
        self.imported_at = imported_at
        self.question_ids = frozenset(q.id for q in form.questions) if form is not None else None
        # Entries of kinds this version does not know stay where they were, untouched; so do the
        # members this batch leaves as they were, with the line they were read with.
        self.entries: list[SourceEntry] = list(collective.sources)
        self.by_sha: dict[str, int] = {}
        self.by_draft: dict[str, int] = {}
        self.by_kit: dict[tuple[str, str, str], int] = {}
        self.by_name: dict[str, int] = {}
        for index, entry in enumerate(self.entries):
            if isinstance(entry, MemberContribution):
                self._index(index, entry)

    @property
    def member_count(self) -> int:
        return sum(1 for entry in self.entries if isinstance(entry, MemberContribution))

    def _keys(self, member: MemberContribution) -> list[tuple[str, str, str]]:
        if not member.kit_id:
            return []
        keys = []
        if member.finess:
            keys.append((member.kit_id, "finess", member.finess))
        if member.organisation:
            keys.append((member.kit_id, "organisation", normalised_name(member.organisation)))
        return keys

    def _index(self, index: int, member: MemberContribution) -> None:
        self.by_sha[member.sha256] = index
        self.by_draft[member.draft_id] = index
        for key in self._keys(member):
            self.by_kit[key] = index
        if member.organisation:
            self.by_name.setdefault(normalised_name(member.organisation), index)

    def _unindex(self, member: MemberContribution) -> None:
        # The replaced file is then refused as older, in this batch as in any later one.
        self.by_sha.pop(member.sha256, None)
        self.by_draft.pop(member.draft_id, None)
        for key in self._keys(member):
            self.by_kit.pop(key, None)

    def _match(self, member: MemberContribution) -> int | None:
        index = self.by_draft.get(member.draft_id)
        if index is not None:
            return index
        for key in self._keys(member):
            index = self.by_kit.get(key)
            if index is not None:
                return index
        return None

    def _member(self, index: int) -> MemberContribution:
        entry = self.entries[index]
        assert isinstance(entry, MemberContribution)
        return entry

    def add(self, read: FileRead) -> FileReport:
        path = read.path
        if read.error is not None:
            return FileReport(path, Outcome.REFUSED, reason=read.error)
        known = self.by_sha.get(read.sha256)
        if known is not None:
            return FileReport(path, Outcome.DUPLICATE, self._member(known).label,
                              reason="fichier identique déjà collecté")
        try:
            member = load_contribution(path, read.raw, read.sha256, self.imported_at)
            self._check_form(member)
        except ContributionRefused as exc:
            return FileReport(path, Outcome.REFUSED, reason=exc.reason)
        except InputError as exc:
            return FileReport(path, Outcome.REFUSED, reason=exc.detail)
        if member.draft_id == self.collective.draft_id:
            return FileReport(path, Outcome.REFUSED, reason="c’est la contribution collective elle-même")
        notes = self._form_notes(member)
        index = self._match(member)
        if index is None:
            name_index = self.by_name.get(normalised_name(member.organisation)) if member.organisation else None
            if name_index is not None:
                notes.append(f"même organisation qu’une contribution déjà collectée "
                             f"({self._member(name_index).file_name}) : les deux sont gardées")
            self.entries.append(member)
            self._index(len(self.entries) - 1, member)
            return FileReport(path, Outcome.IMPORTED, member.label, notes=notes)
        return self._replace(index, member, path, notes)

    def _replace(self, index: int, member: MemberContribution, path: Path, notes: list[str]) -> FileReport:
        old = self._member(index)
        old_time, new_time = _saved_time(old.saved_at), _saved_time(member.saved_at)
        if new_time is not None and (old_time is None or new_time > old_time):
            notes.insert(0, _changes(old, member))
            member = replace(member, member_id=old.member_id)
            self._unindex(old)
            self.entries[index] = member
            self._index(index, member)
            return FileReport(path, Outcome.UPDATED, member.label, notes=notes)
        if new_time is not None and new_time == old_time:
            if member.same_content(old):
                return FileReport(path, Outcome.DUPLICATE, old.label,
                                  reason=f"même version que celle déjà collectée ({old.file_name})")
            return FileReport(path, Outcome.REFUSED, member.label,
                              reason=f"même date d’enregistrement ({member.saved_at}) que la version déjà "
                                     f"collectée ({old.file_name}), mais contenu différent")
        if new_time is None:
            return FileReport(path, Outcome.REFUSED, member.label,
                              reason="date d’enregistrement absente ou illisible : impossible de dire si "
                                     f"ce fichier est plus récent que la version déjà collectée ({old.file_name})")
        return FileReport(path, Outcome.REFUSED, member.label,
                          reason=f"plus ancien que la version déjà collectée (enregistré le {member.saved_at}, "
                                 f"version collectée du {old.saved_at}, {old.file_name})")

    def _check_form(self, member: MemberContribution) -> None:
        expected = self.collective.form_ref.id
        if member.form_id != expected:
            raise ContributionRefused(f"répond au formulaire « {member.form_id} », la contribution collective "
                                      f"au formulaire « {expected} »")

    def _form_notes(self, member: MemberContribution) -> list[str]:
        notes = []
        version = self.collective.form_ref.version
        if member.form_version != version:
            notes.append(f"formulaire version {member.form_version}, collecté sur la version {version} : "
                         "réponses reportées par question")
        if self.question_ids is not None:
            orphans = len(member.identity.keys() - self.question_ids) + len(member.answers.keys() - self.question_ids)
            if orphans:
                kept = "conservée" if orphans == 1 else "conservées"
                notes.append(f"{counted(orphans, 'réponse')} à des questions absentes du formulaire, {kept}")
        return notes


__all__ = ["CollectReport", "FileReport", "Outcome", "collect_files", "expand_inputs", "gc_paused"]
