"""New, open, save, save as and close, with native dialogs and the unsaved-changes question."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from dpi_consult.draft import DRAFT_SUFFIX
from dpi_consult.errors import InputError
from dpi_consult.gui.document import DraftDocument, default_folder
from dpi_consult.settings import save_settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from dpi_consult.gui.main_window import MainWindow

# QFileDialog and QMessageBox are imported where they are used: creating their Python classes (and
# enums) costs start-up time, and the window's first frame needs neither.


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def file_filter(self) -> str:
        return self.tr("dpi-consult drafts (*.dpic)")

    def _start_dir(self) -> str:
        document = self.window.document
        recent = self.window.settings.recent_files
        # Without a file of its own, the folder of the last draft opened is the likeliest place.
        if (document is None or document.path is None) and recent:
            return str(Path(recent[0]).parent)
        return str(default_folder(document))

    def new(self) -> None:
        if self.confirm_discard():
            self.window.set_document(DraftDocument.new(self.window.default_form))

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a draft"), self._start_dir(),
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

            QMessageBox.warning(self.window, self.tr("Cannot open the draft"), str(exc))
            return False
        self.window.set_document(document)
        self._remember(path)
        if document.path is None:
            self.window.statusBar().showMessage(
                self.tr("New draft started from the federation’s kit: save it under a name of your own."), 15000)
        return True

    def save(self) -> bool:
        document = self.window.document
        if document is None:
            return False
        if document.path is None:
            return self.save_as()
        return self._save_to(document.path)

    def save_as(self) -> bool:
        document = self.window.document
        if document is None:
            return False
        from PySide6.QtWidgets import QFileDialog

        suggested = Path(self._start_dir()) / self._suggested_name(document)
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the draft"), str(suggested),
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
        document = self.window.document
        assert document is not None
        self.window.consolidation.flush()
        try:
            document.save(path, self.window.settings.user_name)
        except InputError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.window, self.tr("Cannot save the draft"), str(exc))
            return False
        self.window.keeper.discard()
        self._remember(str(path))
        self.window.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(path)), 5000)
        return True

    def _remember(self, path: str) -> None:
        self.window.settings.add_recent(path)
        save_settings(self.window.settings)

    def close_document(self) -> None:
        if self.confirm_discard():
            self.window.set_document(None)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel; a method of its own so that tests can answer it."""
        from PySide6.QtWidgets import QMessageBox

        document = self.window.document
        name = document.display_name if document is not None and document.path else self.tr("Untitled contribution")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("“%1” has changes that are not saved. Save them?").replace("%1", name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def confirm_discard(self) -> bool:
        """True when the current document may be replaced: saved, unchanged, or the user let it go."""
        document = self.window.document
        if document is None or not document.modified:
            return True
        from PySide6.QtWidgets import QMessageBox

        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
