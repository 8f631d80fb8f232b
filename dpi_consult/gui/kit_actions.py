"""Fichier > Exporter pour la fédération and Préparer le kit des membres: checks, dialogs, then the core writes."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dpi_consult.draft.files import DRAFT_SUFFIX
from dpi_consult.errors import InputError
from dpi_consult.gui.document import default_folder

if TYPE_CHECKING:
    from dpi_consult.gui.kit_dialog import PrepareKitDialog
    from dpi_consult.gui.window_host import WindowHost
    from dpi_consult.send_checks import SendProblem


class KitActions(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host

    # ----- what a member sends back
    def export_for_federation(self) -> Path | None:
        """Check for personal data, ask where, then write what `dpi-consult share` writes."""
        document = self.host.document
        if document is None:
            return None
        from dpi_consult.collective.share import share_copy, share_refusal, write_share
        from dpi_consult.send_checks import problems_before_sending

        refusal = share_refusal(document.draft)
        if refusal is not None:
            QMessageBox.information(self.host.window(), self.tr("Export for the federation"),
                                    refusal[:1].upper() + refusal[1:] + ".")
            return None
        # What the federation receives is what is checked: the shared copy, without notes or statuses.
        problems = problems_before_sending(document.form, share_copy(document.draft))
        if problems and not self.confirm_sending(problems, self.tr("Export for the federation")):
            return None
        stem = document.path.stem if document.path else document.organisation_slug.lower() or "contribution"
        out = self.ask_share_path(default_folder(document) / f"{stem}-pour-la-federation{DRAFT_SUFFIX}")
        if out is None:
            return None
        if document.path is not None and out.exists() and out.resolve() == document.path.resolve():
            QMessageBox.warning(self.host.window(), self.tr("Cannot export"), self.tr(
                "The export would replace the draft itself, with its notes and history: choose another name."))
            return None
        try:
            write_share(document.draft, out)
        except InputError as exc:
            QMessageBox.warning(self.host.window(), self.tr("Cannot export"), str(exc))
            return None
        self.host.statusBar().showMessage(self.tr("Written for the federation: %1").replace("%1", str(out)), 10000)
        self.report_share(out)
        return out

    def report_share(self, out: Path) -> None:
        """A method of its own so that tests need not close the message."""
        QMessageBox.information(self.host.window(), self.tr("Export for the federation"), self.tr(
            "The file to send to the federation was written:\n%1\n\nIt holds your identity, your answers and your "
            "answer on being named in the annex; not your internal notes, statuses, history, nor the federation’s "
            "guidance and proposals.").replace("%1", str(out)))

    def confirm_sending(self, problems: list[SendProblem], action: str) -> bool:
        """A method of its own so that tests can answer the check before sending."""
        from dpi_consult.gui.send_check_dialog import confirm_sending

        return confirm_sending(self.host, problems, action)

    def ask_share_path(self, suggested: Path) -> Path | None:
        """A method of its own so that tests can answer the file dialog."""
        path, _ = QFileDialog.getSaveFileName(self.host.window(), self.tr("Export for the federation"), str(suggested),
                                              self.tr("dpi-consult drafts (*.dpic)"))
        if not path:
            return None
        return Path(path if path.lower().endswith(DRAFT_SUFFIX) else path + DRAFT_SUFFIX)

    # ----- what a federation sends out
    def prepare_kit(self) -> list[Path]:
        """The kit settings dialog, then the kits written and the settings kept in the collective draft."""
        document = self.host.document
        if document is None:
            return []
        from dpi_consult.gui.kit_dialog import PrepareKitDialog
        from dpi_consult.kit.files import default_kit, existing_kit_files, write_kits

        draft = document.draft
        # On a copy: the collective changes only when kits are written.
        settings = copy.deepcopy(draft.kit) if draft.kit is not None else default_kit(draft)
        dialog = PrepareKitDialog(document.form, draft, settings, default_folder(document), self.host.window())
        if not self.ask_kit_options(dialog):
            return []
        kit, folder = dialog.result_kit(), dialog.output_folder()
        from dpi_consult.send_checks import problems_in_kit

        problems = problems_in_kit(document.form, kit)
        if problems and not self.confirm_sending(problems, self.tr("Prepare the members’ kits")):
            return []
        previous = draft.kit
        draft.kit = kit
        try:
            replace = bool(existing_kit_files(draft, folder))
            if replace and not self.confirm_replace(folder):
                draft.kit = previous
                return []
            files = write_kits(draft, folder, force=replace)
        except InputError as exc:
            draft.kit = previous
            QMessageBox.warning(self.host.window(), self.tr("Cannot prepare the kits"), str(exc))
            return []
        document.set_kit(kit)
        self.offer_folder(folder, len(files))
        return [item.path for item in files]

    def ask_kit_options(self, dialog: PrepareKitDialog) -> bool:
        """A method of its own so that tests can fill in the dialog."""
        return bool(dialog.exec())

    def confirm_replace(self, folder: Path) -> bool:
        """A method of its own so that tests can answer it."""
        answer = QMessageBox.question(self.host.window(), self.tr("Replace the kits?"), self.tr(
            "The folder %1 already holds kits with the same names. Replace them?").replace("%1", str(folder)))
        return answer == QMessageBox.StandardButton.Yes

    def offer_folder(self, folder: Path, count: int) -> None:
        """A method of its own so that tests need not close the message."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Kits prepared"), self.tr(
            "%n kit(s) written in %1. Save the collective draft: it keeps the kit settings and the list of expected "
            "members.", "", count).replace("%1", str(folder)), QMessageBox.StandardButton.Close, self.host.window())
        open_folder = box.addButton(self.tr("Open the &folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
