"""Contributions > Importer: choose member files or a folder (or drop them), collect them off the UI thread."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dpi_consult.collective.collect import CollectReport, collect_files
from dpi_consult.draft.files import DRAFT_SUFFIX
from dpi_consult.errors import InputError
from dpi_consult.gui.document import DraftDocument, default_folder
from dpi_consult.progress import Cancelled, Progress

if TYPE_CHECKING:
    from dpi_consult.gui.window_host import CollectiveHost

OPEN, IMPORT = "open", "import"


def _has_subfolders(path: Path) -> bool:
    try:
        return path.is_dir() and any(p.is_dir() and not p.name.startswith(".") for p in path.iterdir())
    except OSError:
        return False


class ContributionImport(QObject):
    """One import, from the choice of files to the report; the questions are methods so that tests answer them."""

    def __init__(self, host: CollectiveHost) -> None:
        super().__init__(host.window())
        self.host = host

    def _start_dir(self) -> str:
        return str(default_folder(self.host.document))

    def choose_files(self) -> bool:
        paths, _ = QFileDialog.getOpenFileNames(
            self.host.window(), self.tr("Import contributions"), self._start_dir(),
            self.tr("Member contributions (*.dpic *.docx);;dpi-consult files (*.dpic);;Word questionnaires (*.docx)"))
        return bool(paths) and self.run(paths)

    def choose_folder(self) -> bool:
        folder = QFileDialog.getExistingDirectory(self.host.window(), self.tr("Import a folder of contributions"),
                                                  self._start_dir())
        if not folder:
            return False
        return self._run_asking_subfolders([folder])

    def _run_asking_subfolders(self, paths: list[str]) -> bool:
        """Run the import, first asking whether to read subfolders when a folder among `paths` has some."""
        recursive = False
        folder = next((p for p in paths if _has_subfolders(Path(p))), None)
        if folder is not None:
            answer = self.ask_subfolders(folder)
            if answer is None:
                return False
            recursive = answer
        return self.run(paths, recursive)

    def ask_subfolders(self, folder: str) -> bool | None:
        """True to read the subfolders too, False for the folder alone, None to cancel."""
        answer = QMessageBox.question(
            self.host.window(), self.tr("Import a folder"),
            self.tr("“%1” has subfolders. Import the contributions they hold too?").replace("%1", Path(folder).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    def dropped(self, paths: list[str]) -> bool:
        """A single .dpic opens as before, unless a collective draft is open and the user imports it instead."""
        document = self.host.document
        if len(paths) == 1 and paths[0].lower().endswith(DRAFT_SUFFIX) and not Path(paths[0]).is_dir():
            if document is None or not document.draft.sources:
                return self.host.files.open_path(paths[0])
            choice = self.ask_open_or_import(paths[0])
            if choice == OPEN:
                return self.host.files.open_path(paths[0])
            if choice != IMPORT:
                return False
        return self._run_asking_subfolders(paths)

    def ask_open_or_import(self, path: str) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("File dropped"),
                          self.tr("Import “%1” into this collective contribution as a member’s contribution, or open "
                                  "it in place of the collective contribution?").replace("%1", Path(path).name),
                          QMessageBox.StandardButton.Cancel, self.host.window())
        import_button = box.addButton(self.tr("&Import"), QMessageBox.ButtonRole.AcceptRole)
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(import_button)
        box.exec()
        clicked = box.clickedButton()
        return IMPORT if clicked is import_button else OPEN if clicked is open_button else None

    def ask_become_collective(self) -> bool:
        answer = QMessageBox.question(
            self.host.window(), self.tr("Import contributions"),
            self.tr("This draft holds no member contributions yet. Importing makes it a collective contribution: "
                    "the members’ answers are kept in it, each with its author. Continue?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def run(self, paths: list[str], recursive: bool = False) -> bool:
        """Collect `paths` into the open draft; True when members were added or updated."""
        from dpi_consult.gui.job_runner import run_with_progress

        document = self.host.document
        if document is not None and document.read_only:
            QMessageBox.information(self.host.window(), self.tr("Import contributions"), self.tr(
                "This draft is open read-only: save a copy under another name to import contributions into it."))
            return False
        if (document is None or not document.draft.sources) and not self.ask_become_collective():
            return False
        if document is None:
            # From the welcome page: the members go into a new draft, which becomes the collective contribution.
            document = DraftDocument.new(self.host.default_form)
            self.host.set_document(document)
        # Collected into a copy: the open draft changes on this thread, at once, and only when the batch is done.
        target = replace(document.draft, sources=list(document.draft.sources))
        form, origin = document.form, document.path

        def job(progress: Progress) -> CollectReport:
            return collect_files(target, paths, progress, form=form, recursive=recursive, collective_path=origin)

        try:
            report = run_with_progress(self.host.window(), self.tr("Import contributions"),
                                       self.tr("Reading the members’ files…"), job)
        except Cancelled:
            self.host.statusBar().showMessage(self.tr("Import cancelled: nothing was changed."), 8000)
            return False
        except InputError as exc:
            QMessageBox.warning(self.host.window(), self.tr("Cannot import"), str(exc))
            return False
        if report.changed:
            document.set_sources(target.sources)
        self.show_report(report)
        return report.changed

    def show_report(self, report: CollectReport) -> None:
        from dpi_consult.gui.import_report_dialog import ImportReportDialog

        ImportReportDialog(report, self.host.window()).exec()
