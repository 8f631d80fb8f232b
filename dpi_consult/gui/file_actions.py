"""New, open, save, save as and close, with native dialogs and the unsaved-changes question."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from dpi_consult.draft import DRAFT_SUFFIX
from dpi_consult.errors import InputError
from dpi_consult.gui.document import DraftDocument, default_folder
from dpi_consult.recent_documents import describe, started_from_kit
from dpi_consult.ui_state import RecentDocument, save_ui_state

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from dpi_consult.gui.window_host import FileHost

SAVE_AS = "save_as"
REPLACE = "replace"
MERGE = "merge"
NEW_DRAFT = ""

# QFileDialog and QMessageBox are imported where they are used: creating their Python classes (and
# enums) costs start-up time, and the window's first frame needs neither.


class FileActions(QObject):
    # Before the draft is written: editors elsewhere (the consolidation window) put their pending work in it.
    about_to_save = Signal()
    # The draft is safely in its file: recovery copies and notices about the file can go.
    saved = Signal()

    def __init__(self, host: FileHost) -> None:
        super().__init__(host.window())
        self.host = host

    def file_filter(self) -> str:
        return self.tr("dpi-consult drafts (*.dpic)")

    def _start_dir(self) -> str:
        document = self.host.document
        recent = self.host.state.recent_files
        # Without a file of its own, the folder of the last draft opened is the likeliest place.
        if (document is None or document.path is None) and recent:
            return str(Path(recent[0]).parent)
        return str(default_folder(document))

    def new(self) -> None:
        if self.confirm_discard():
            self.host.set_document(DraftDocument.new(self.host.default_form))

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.host.window(), self.tr("Open a draft"), self._start_dir(),
                                              self.file_filter())
        if path:
            self.open_path(path, confirmed=True)

    def open_path(self, path: str, confirmed: bool = False) -> bool:
        if not confirmed and not self.confirm_discard():
            return False
        try:
            document = DraftDocument.open(path)
        except InputError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.host.window(), self.tr("Cannot open the draft"), str(exc))
            return False
        # A kit opens as a new untitled draft (the one document without a path here); a draft someone has open
        # may open as an untitled copy once claimed.
        from_kit = document.path is None
        if from_kit:
            kit_entry = describe(path, document.form, document.draft, opened_as_kit=True)
            started = started_from_kit(self.host.state.recent, kit_entry)
            choice = self.ask_resume(started[0]) if started else NEW_DRAFT
            if choice != NEW_DRAFT:
                document.deleteLater()
                return choice is not None and self.open_path(choice, confirmed=True)
        if not self.host.guard.claim(document):
            document.deleteLater()
            return False
        self.host.set_document(document)
        self._remember(path, opened_as_kit=from_kit)
        if from_kit:
            self.host.statusBar().showMessage(
                self.tr("New draft started from the federation’s kit: save it under a name of your own."), 15000)
        elif document.path is None:
            self.host.statusBar().showMessage(
                self.tr("Copy of the draft: save it under a name of your own."), 15000)
        return True

    def reload(self) -> bool:
        """The file as it is on disk now, after someone saved it elsewhere; unsaved changes here are let go."""
        document = self.host.document
        if document is None or document.path is None:
            return False
        if document.modified and not self.confirm_reload():
            return False
        return self.open_path(str(document.path), confirmed=True)

    def confirm_reload(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.host.window(), self.tr("Reload the file"), self.tr(
            "Your changes not yet saved will be lost. Reload the file anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> bool:
        document = self.host.document
        if document is None:
            return False
        if document.path is None:
            return self.save_as()
        return self._save_to(document.path)

    def save_as(self) -> bool:
        document = self.host.document
        if document is None:
            return False
        from PySide6.QtWidgets import QFileDialog

        suggested = Path(self._start_dir()) / self._suggested_name(document)
        path, _ = QFileDialog.getSaveFileName(self.host.window(), self.tr("Save the draft"), str(suggested),
                                              self.file_filter())
        if not path:
            return False
        if not path.lower().endswith(DRAFT_SUFFIX):
            path += DRAFT_SUFFIX
        return self._save_to(Path(path))

    @staticmethod
    def _suggested_name(document: DraftDocument) -> str:
        if document.path is not None:
            return document.path.name
        organisation = document.organisation_slug.lower()
        return f"contribution-{organisation or 'dpi'}{DRAFT_SUFFIX}"

    def _save_to(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from dpi_consult.draft.stamp import FileChanged
        from dpi_consult.gui.file_guard import holder_text

        document = self.host.document
        assert document is not None
        self.about_to_save.emit()
        old_path = document.path
        if path != old_path:
            holder = self.host.guard.someone_else_holds(path)
            if holder is not None:
                QMessageBox.warning(self.host.window(), self.tr("Cannot save the draft"), self.tr(
                    "“%1” is open for %2: choose another name.").replace("%1", path.name)
                    .replace("%2", holder_text(holder)))
                return False
        author = self.host.settings.user_name
        try:
            try:
                document.save(path, author)
            except FileChanged:
                choice = self.ask_changed(path)
                if choice == SAVE_AS:
                    return self.save_as()
                if choice == MERGE:
                    # The colleague's save merged in first: then this one replaces it with both.
                    return self.host.merge_actions.merge_path(str(path), own_file=True) and self._save_to(path)
                if choice != REPLACE:
                    return False
                document.save(path, author, replace_changed=True)
        except InputError as exc:
            QMessageBox.warning(self.host.window(), self.tr("Cannot save the draft"), str(exc))
            return False
        self._remember(path)
        self.saved.emit()
        if path != old_path:
            if document.read_only:
                # The copy is the user's own: it opens for editing, with its own lock.
                return self.open_path(str(path), confirmed=True)
            self.host.guard.saved_as(document)
        self.host.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(path)), 5000)
        return True

    def ask_changed(self, path: Path) -> str | None:
        """Merge, Save as, Replace or Cancel when the file was saved elsewhere since it was opened here."""
        from PySide6.QtWidgets import QMessageBox

        from dpi_consult.gui.file_guard import saved_by_text

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File changed elsewhere"), self.tr(
            "“%1” was changed since you opened it (%2). Saving here would erase those changes.\n\nMerge those "
            "changes into yours before saving (what only one of you changed is kept, what both changed is shown side "
            "by side), save your version under another name, or replace the file anyway?")
            .replace("%1", path.name).replace("%2", saved_by_text(path)),
            QMessageBox.StandardButton.Cancel, self.host.window())
        merge = box.addButton(self.tr("&Merge and save"), QMessageBox.ButtonRole.AcceptRole)
        save_as = box.addButton(self.tr("Save &as…"), QMessageBox.ButtonRole.ActionRole)
        replace = box.addButton(self.tr("&Replace anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(merge)
        box.exec()
        return {merge: MERGE, save_as: SAVE_AS, replace: REPLACE}.get(box.clickedButton())

    def ask_resume(self, started: RecentDocument) -> str | None:
        """Opening a kit a draft was already started from: that draft (its path), a new one (NEW_DRAFT), or None."""
        from PySide6.QtWidgets import QMessageBox

        name = Path(started.path).name
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Contribution already started"), self.tr(
            "You already started a contribution from this kit: “%1”. Opening the kit starts a new, empty one; "
            "your answers are in “%1”.").replace("%1", name), QMessageBox.StandardButton.Cancel, self.host.window())
        resume = box.addButton(self.tr("&Resume “%1”").replace("%1", name), QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(self.tr("Start a &new contribution"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(resume)
        box.exec()
        return {resume: started.path, new: NEW_DRAFT}.get(box.clickedButton())

    def _remember(self, path: str | Path, opened_as_kit: bool = False) -> None:
        """The document first in the recent list, with its organisation and progress as they are now."""
        document = self.host.document
        if document is None:
            return
        self.host.state.add_recent(describe(path, document.form, document.draft, opened_as_kit))
        save_ui_state(self.host.state)

    def close_document(self) -> None:
        if self.confirm_discard():
            self.host.set_document(None)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel; a method of its own so that tests can answer it."""
        from PySide6.QtWidgets import QMessageBox

        document = self.host.document
        name = document.display_name if document is not None and document.path else self.tr("Untitled contribution")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("“%1” has changes that are not saved. Save them?").replace("%1", name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.host.window())
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def confirm_discard(self) -> bool:
        """True when the current document may be replaced: saved, unchanged, or the user let it go."""
        document = self.host.document
        if document is None or not document.modified:
            return True
        from PySide6.QtWidgets import QMessageBox

        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
