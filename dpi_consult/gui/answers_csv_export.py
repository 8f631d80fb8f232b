"""Contributions > Exporter les réponses des membres (CSV): file and separator, then the export off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dpi_consult.errors import InputError
from dpi_consult.progress import Cancelled, Progress
from dpi_consult.settings import documents_dir

if TYPE_CHECKING:
    from dpi_consult.gui.window_host import WindowHost


class AnswersCsvExport(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host

    def separator_filters(self) -> dict[str, str]:
        """Save dialog filters, the first (French Excel's ";") chosen by default, and the separator of each."""
        return {self.tr("CSV for French Excel, semicolon-separated (*.csv)"): ";",
                self.tr("CSV, comma-separated (*.csv)"): ","}

    def run(self) -> Path | None:
        """Ask where and with which separator, write with a progress bar; the path written, or None."""
        from dpi_consult.collective.csv_export import write_answers_csv
        from dpi_consult.gui.job_runner import run_with_progress

        host, window = self.host, self.host.window()
        document = host.document
        if document is None or not document.draft.sources:
            return None
        folder = document.path.parent if document.path is not None else (
            documents_dir() if documents_dir().is_dir() else Path.home())
        stem = document.path.stem if document.path is not None else "contribution-collective"
        filters = self.separator_filters()
        path, chosen = QFileDialog.getSaveFileName(window, self.tr("Export the members’ answers"),
                                                   str(folder / f"{stem}-reponses-membres.csv"), ";;".join(filters))
        if not path:
            return None
        out = Path(path if path.lower().endswith(".csv") else path + ".csv")
        sep = filters.get(chosen, ";")
        form, draft = document.form, document.draft

        def job(progress: Progress) -> int:
            return write_answers_csv(form, draft, out, sep, progress)

        try:
            rows = run_with_progress(window, self.tr("Export"), self.tr("Writing the members’ answers…"), job)
        except Cancelled:
            host.statusBar().showMessage(self.tr("Export cancelled: no file was written."), 8000)
            return None
        except InputError as exc:
            QMessageBox.warning(window, self.tr("Cannot export"), str(exc))
            return None
        host.statusBar().showMessage(self.tr("%1 answers written to %2").replace("%1", str(rows))
                                       .replace("%2", str(out)), 10000)
        return out
