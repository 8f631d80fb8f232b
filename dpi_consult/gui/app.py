"""Starting the application: translations, preferences, first-start name, crash recovery, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from dpi_consult import __version__
from dpi_consult.errors import InputError
from dpi_consult.form.registry import bundled_form
from dpi_consult.gui.document import DraftDocument
from dpi_consult.gui.i18n import install_translations
from dpi_consult.gui.main_window import MainWindow
from dpi_consult.resources import resource
from dpi_consult.settings import Settings, load_settings, save_settings
from dpi_consult.ui_state import load_ui_state


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("dpi-consult")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("dpi-consult")
    app.setDesktopFileName("fr.dpi_consult.DpiConsult")
    app.setWindowIcon(QIcon(str(resource("icons", "dpi-consult.svg"))))
    return app


def ensure_user_name(settings: Settings) -> bool:
    """Ask the name recorded on revisions at first start; False when the user declines."""
    if settings.user_name.strip():
        return True
    from dpi_consult.gui.user_name_dialog import ask_user_name

    name = ask_user_name(None, "")
    if not name:
        return False
    settings.user_name = name
    save_settings(settings)
    return True


def offer_recovery(window: MainWindow) -> bool:
    """After a crash, offer the recovery files; True when one was restored into the window."""
    from dpi_consult.draft.binding import form_for
    from dpi_consult.draft.stamp import stamp_for_recovered
    from dpi_consult.recovery import discard_recovery, pending_recoveries, recovered_sources

    recoveries, _broken = pending_recoveries()
    if not recoveries:
        return False
    from dpi_consult.gui.recovery_dialog import RecoveryDialog

    def form_of(draft):
        try:
            return form_for(draft, "récupération").form
        except InputError:
            return None

    dialog = RecoveryDialog(recoveries, form_of, window)
    dialog.exec()
    restored = False
    for recovery, action in dialog.chosen():
        if action == "discard":
            discard_recovery(recovery.draft)
        elif action == "restore" and not restored:
            try:
                binding = form_for(recovery.draft, str(recovery.path))
                sources, note = recovered_sources(recovery)
            except InputError as exc:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(window, QCoreApplication.translate("RecoveryDialog", "Cannot restore"), str(exc))
                continue
            recovery.draft.sources = sources
            path = Path(recovery.original_path) if recovery.original_path else None
            stamp = stamp_for_recovered(path, recovery.draft.saved_at) if path is not None else None
            document = DraftDocument.from_binding(recovery.draft, binding, path, stamp=stamp)
            if not window.guard.claim(document, recovering=True):
                continue
            if recovery.sources is not None and recovery.sources.side_file is not None:
                # Imported but never saved: the next recovery writes them aside again, the next save into the file.
                document.sources_generation += 1
            window.set_document(document)
            document.set_modified(True)
            document.generation += 1
            if note:
                window.statusBar().showMessage(note, 15000)
            restored = True
    return restored


def build_window(path: str | None, settings: Settings, start_page: bool = False) -> MainWindow:
    """The window on `path`, else on the start page or a new draft of the bundled form; recovery is offered
    separately."""
    window = MainWindow(bundled_form(), settings, load_ui_state())
    if path is not None:
        if not window.files.open_path(path, confirmed=True):
            window.set_document(None)
    elif start_page:
        window.set_document(None)
    else:
        window.set_document(DraftDocument.new(window.default_form))
    return window


def run(path: str | None = None) -> int:
    app = make_application()
    settings = load_settings()
    install_translations(app, settings.language)
    if not ensure_user_name(settings):
        return 0
    window = build_window(path, settings, start_page=True)
    from dpi_consult.gui.crash_dialog import install_crash_handler

    install_crash_handler(window, window.keeper.keep_now)
    window.show()
    after_first_frame(window, path, settings)
    return app.exec()


def after_first_frame(window: MainWindow, path: str | None, settings: Settings) -> None:
    """Recovery after a crash first; else, started without a file, the one left open at the last exit (a
    preference, as a word processor does)."""
    restored = offer_recovery(window)
    last = window.state.last_open
    if path is None and not restored and settings.reopen_last and last:
        window.reopen_last(last)
