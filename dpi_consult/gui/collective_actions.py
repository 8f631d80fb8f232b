"""The Contributions menu: import members' files, see who answered what, export their answers for analysis."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

if TYPE_CHECKING:
    from dpi_consult.gui.contribution_import import ContributionImport
    from dpi_consult.gui.members_overview import MembersOverview
    from dpi_consult.gui.window_host import CollectiveHost

# Only the menu is built at start-up: the import, the overview and the export are imported when first
# used, with the collective core they need.


class CollectiveActions(QObject):
    def __init__(self, host: CollectiveHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.menu: QMenu | None = None
        self.overview: MembersOverview | None = None

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.host.window())
        if shortcut is not None:
            # setShortcuts, not setShortcut: see MainWindow._action.
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        self.host.addAction(action)
        return action

    def build_menu(self, bar: QMenuBar) -> QMenu:
        """The Contributions menu; later entries (consolidation) are added to `self.menu`."""
        menu = bar.addMenu(self.tr("&Contributions"))
        self.import_action = self._action(self.tr("&Import contributions…"), self.import_files, "Ctrl+Shift+I")
        self.import_folder_action = self._action(self.tr("Import a &folder…"), self.import_folder)
        menu.addActions([self.import_action, self.import_folder_action])
        menu.addSeparator()
        self.overview_action = self._action(self.tr("Members &overview"), self.show_overview, "Ctrl+Shift+M")
        menu.addAction(self.overview_action)
        menu.addSeparator()
        self.csv_action = self._action(self.tr("&Export the members’ answers (CSV)…"), self.export_csv)
        menu.addAction(self.csv_action)
        self.menu = menu
        return menu

    def update_actions(self) -> None:
        document = self.host.document
        collective = document is not None and bool(document.draft.sources)
        read_only = document is not None and document.read_only
        self.import_action.setEnabled(not read_only)
        self.import_folder_action.setEnabled(not read_only)
        self.overview_action.setEnabled(collective)
        self.csv_action.setEnabled(collective)
        if self.overview is not None:
            # A hidden overview is rebuilt when it is shown again, not after every import.
            if not collective:
                self.overview.set_document(None)
            elif self.overview.isVisible():
                self.overview.set_document(document)

    def _importing(self, step: Callable[[ContributionImport], bool]) -> bool:
        from dpi_consult.gui.contribution_import import ContributionImport

        importer = ContributionImport(self.host)
        try:
            return step(importer)
        finally:
            importer.deleteLater()

    def import_files(self) -> bool:
        return self._importing(lambda importer: importer.choose_files())

    def import_folder(self) -> bool:
        return self._importing(lambda importer: importer.choose_folder())

    def import_paths(self, paths: list[str], recursive: bool = False) -> bool:
        return self._importing(lambda importer: importer.run(paths, recursive))

    def dropped(self, paths: list[str]) -> bool:
        """A single .dpic opens (or, onto a collective draft, is imported if the user says so); the rest imports."""
        return self._importing(lambda importer: importer.dropped(paths))

    def show_overview(self) -> None:
        document = self.host.document
        if document is None or not document.draft.sources:
            return
        if self.overview is None:
            from dpi_consult.gui.members_overview import MembersOverview

            self.overview = MembersOverview(self.host.window())
        self.overview.set_document(document)
        self.overview.show()
        self.overview.raise_()
        self.overview.activateWindow()

    def export_csv(self) -> None:
        from dpi_consult.gui.answers_csv_export import AnswersCsvExport

        export = AnswersCsvExport(self.host)
        try:
            export.run()
        finally:
            export.deleteLater()
