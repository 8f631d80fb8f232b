"""Fichier > Fusionner une copie… and Résoudre les conflits…: a colleague's copy merged into the open draft."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dpi_consult.errors import InputError
from dpi_consult.gui.document import DraftDocument
from dpi_consult.progress import Cancelled

if TYPE_CHECKING:
    from dpi_consult.gui.notice_banner import NoticeBanner
    from dpi_consult.gui.window_host import MergeHost
    from dpi_consult.merge.drafts import MergeResult


class MergeActions(QObject):
    def __init__(self, host: MergeHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.banner: NoticeBanner | None = None

    def merge_copy(self) -> None:
        document = self.host.document
        if document is None or document.read_only:
            return
        start = str(document.path.parent) if document.path is not None else ""
        path, _ = QFileDialog.getOpenFileName(self.host.window(), self.tr("Merge a copy of this draft"), start,
                                              self.tr("dpi-consult drafts (*.dpic)"))
        if path:
            self.merge_path(path)

    def is_copy(self, path: str) -> bool:
        """Whether a file is another copy of the open draft (a drop then offers to merge it)."""
        from dpi_consult.draft.files import read_draft
        from dpi_consult.merge.drafts import related

        document = self.host.document
        if document is None or (document.path is not None and Path(path) == document.path):
            return False
        try:
            other = read_draft(path)
        except InputError:
            return False
        return other.kind == document.draft.kind and related(document.draft, other)

    def dropped(self, path: str) -> bool:
        """A .dpic dropped on the window: another copy of the open draft may be merged (True when handled)."""
        if not path.lower().endswith(".dpic") or self.host.document is None or self.host.document.read_only \
                or not self.is_copy(path):
            return False
        choice = self.ask_dropped(Path(path).name)
        if choice == "merge":
            self.merge_path(path)
        return choice != "open"

    def ask_dropped(self, name: str) -> str:
        """« merge », « open » or « cancel » (tests answer here instead of the modal box)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Another copy of this draft"), self.tr(
            "%1 is another copy of the draft open here. Merge it into this draft, or open it instead?").replace(
            "%1", name), QMessageBox.StandardButton.Cancel, self.host.window())
        merge = box.addButton(self.tr("&Merge"), QMessageBox.ButtonRole.AcceptRole)
        open_it = box.addButton(self.tr("&Open it"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(merge)
        clicked = self.ask(box)
        return "merge" if clicked is merge else "open" if clicked is open_it else "cancel"

    def update_banner(self) -> None:
        """« 2 conflits de fusion à résoudre » over the pages while any remain."""
        document = self.host.document
        count = len(document.draft.conflicts) if document is not None else 0
        if count == 0:
            if self.banner is not None:
                self.banner.hide()
            return
        text = self.tr("%n merge conflict(s) to resolve: both versions are kept until you choose.", "", count)
        if self.banner is None or self.banner not in self.host.notices.others:
            from dpi_consult.gui.notice_banner import NoticeBanner

            self.banner = NoticeBanner("conflictBanner", text, self.host.window())
            self.banner.add_button(self.tr("&Resolve…"), self.show_conflicts)
            self.host.notices.add(self.banner)
        self.banner.label.setText(text)
        self.banner.show()

    def merge_path(self, path: str, own_file: bool = False) -> bool:
        """Merge the copy at `path` into the open draft (left unsaved, to be read over). `own_file`: the
        document's own file, saved elsewhere since it was opened: once merged, its save is this one's to replace."""
        from dpi_consult.draft.binding import open_draft_stamped
        from dpi_consult.gui.job_runner import run_with_progress
        from dpi_consult.merge.drafts import check_mergeable, merge_drafts

        document = self.host.document
        if document is None or document.read_only:
            return False
        window = self.host.window()
        try:
            theirs, _binding, stamp = open_draft_stamped(path)
            check_mergeable(document.draft, theirs, document.path.name if document.path else "", Path(path))
        except InputError as exc:
            QMessageBox.warning(window, self.tr("Cannot merge this file"), str(exc))
            return False
        author = self.host.settings.user_name
        try:
            result = run_with_progress(window, self.tr("Merge"), self.tr("Merging the copy…"),
                                       lambda progress: merge_drafts(document.form, document.draft, theirs, author,
                                                                     progress=progress))
        except Cancelled:
            return False
        merged = DraftDocument(document.form, result.draft, document.path, parent=None,
                               stamp=stamp if own_file else document.stamp)
        merged.set_modified(True)
        self.host.set_document(merged)
        self._report(Path(path).name, result)
        return True

    def _report(self, name: str, result: MergeResult) -> None:
        from dpi_consult.merge.fields import Outcome

        parts = [self.tr("%n answer(s) taken from the copy", "", result.count(Outcome.TAKEN)),
                 self.tr("%n answer(s) combined from both", "", result.count(Outcome.COMBINED))]
        if result.members_added or result.members_updated:
            parts.append(self.tr("%n member(s) added or updated", "", result.members_added + result.members_updated))
        summary = self.tr("%1 merged: %2.").replace("%1", name).replace("%2", ", ".join(parts))
        if not result.conflicts:
            self.host.statusBar().showMessage(summary + " " + self.tr("No conflict. Save to keep the merge."), 20000)
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Merge"), summary, QMessageBox.StandardButton.NoButton,
                          self.host.window())
        box.setInformativeText(self.tr("%n conflict(s) to resolve: both versions are kept until you choose.", "",
                                       len(result.conflicts)))
        resolve = box.addButton(self.tr("&Resolve the conflicts…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resolve)
        if self.ask(box) is resolve:
            self.show_conflicts()

    def ask(self, box: QMessageBox) -> object:
        """The button the user clicked (tests answer here instead of the modal box)."""
        box.exec()
        return box.clickedButton()

    def show_conflicts(self) -> None:
        from dpi_consult.gui.conflicts_dialog import ConflictsDialog

        document = self.host.document
        if document is None or not document.draft.conflicts:
            return
        ConflictsDialog(document, self.host.window()).exec()
