"""Fichier > Exporter en Word and Exporter le questionnaire vierge: dialogs, progress, then open the result."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from dpi_consult.errors import InputError
from dpi_consult.gui.document import default_folder
from dpi_consult.progress import Cancelled, Progress

if TYPE_CHECKING:
    from dpi_consult.gui.export_dialog import ExportDialog
    from dpi_consult.gui.window_host import WindowHost
    from dpi_consult.send_checks import SendProblem

# The dialogs, the job runner and the Qt classes they need are imported when an export starts: none of
# them is part of the window's first frame.


class ExportActions(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.last_template = ""

    def _ask_output(self, title: str, name: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.host.window(), title, str(default_folder(self.host.document) / name),
                                              self.tr("Word documents (*.docx)"))
        if not path:
            return None
        return Path(path if path.lower().endswith(".docx") else path + ".docx")

    def export_word(self) -> Path | None:
        """Ask the options and the file, export with a progress bar, then offer to open it."""
        document = self.host.document
        if document is None:
            return None
        from dpi_consult.send_checks import problems_before_sending

        problems = problems_before_sending(document.form, document.draft)
        if problems and not self.confirm_sending(problems, self.tr("Export to Word")):
            return None
        from dpi_consult.gui.export_dialog import ExportDialog

        dialog = ExportDialog(bool(document.draft.sources), self.last_template, self.host.window())
        if not self.ask_options(dialog):
            return None
        stem = document.path.stem if document.path else document.organisation_slug
        out = self._ask_output(self.tr("Export to Word"), f"{stem or 'contribution'}.docx")
        if out is None:
            return None
        self.last_template = dialog.template() or ""
        # Read on this thread: widgets are not to be touched from the worker.
        form, draft = document.form, document.draft
        template, all_questions, with_annex = dialog.template(), dialog.include_all_questions(), dialog.include_annex()

        def job(progress: Progress) -> None:
            from dpi_consult.export.content import members_from_sources
            from dpi_consult.export.docx_contribution import write_contribution

            annex = members_from_sources(form, draft) if with_annex else None
            write_contribution(form, draft, out, template, all_questions, annex, progress, workers=1)

        return self._run(job, self.tr("Exporting the contribution…"), out)

    def export_blank(self) -> Path | None:
        document = self.host.document
        form = document.form if document is not None else self.host.default_form
        out = self._ask_output(self.tr("Export the blank questionnaire"), "questionnaire-vierge.docx")
        if out is None:
            return None

        def job(progress: Progress) -> None:
            from dpi_consult.questionnaire.blank_writer import write_blank

            progress.report(0, 1)
            write_blank(form, out)
            progress.report(1, 1)

        return self._run(job, self.tr("Writing the blank questionnaire…"), out)

    def _run(self, job, label: str, out: Path) -> Path | None:
        from PySide6.QtWidgets import QMessageBox

        from dpi_consult.gui.job_runner import run_with_progress

        try:
            run_with_progress(self.host.window(), self.tr("Export"), label, job)
        except Cancelled:
            self.host.statusBar().showMessage(self.tr("Export cancelled: no file was written."), 8000)
            return None
        except InputError as exc:
            QMessageBox.warning(self.host.window(), self.tr("Cannot export"), str(exc))
            return None
        self.offer_to_open(out)
        return out

    def confirm_sending(self, problems: list[SendProblem], action: str) -> bool:
        """A method of its own so that tests can answer the check before sending."""
        from dpi_consult.gui.send_check_dialog import confirm_sending

        return confirm_sending(self.host, problems, action)

    def ask_options(self, dialog: ExportDialog) -> bool:
        """A method of its own so that tests can answer the dialog."""
        return bool(dialog.exec())

    def offer_to_open(self, out: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export finished"),
                          self.tr("The document was written:\n%1").replace("%1", str(out)),
                          QMessageBox.StandardButton.Close, self.host.window())
        open_file = box.addButton(self.tr("Open the &document"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Open the &folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out.parent)))
