"""What the window shows with no draft open: the start page, its recent documents asked off the UI thread, and
reopening the document left open at the last exit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from dpi_consult.gui.main_window import MainWindow
    from dpi_consult.gui.reachability import ReachabilityProbe
    from dpi_consult.gui.welcome_page import WelcomePage


class StartScreen(QObject):
    """Built the first time no draft is open: most sessions start on a draft and never need it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._page: WelcomePage | None = None
        self._probe: ReachabilityProbe | None = None
        self._reopen_pending: str | None = None

    @property
    def page(self) -> WelcomePage:
        if self._page is None:
            from dpi_consult.gui.welcome_page import WelcomePage

            files = self.window.files
            self._page = WelcomePage(self.window)
            self._page.new_requested.connect(files.new)
            self._page.open_requested.connect(files.open_dialog)
            self._page.recent_requested.connect(files.open_path)
            self.window.central.addWidget(self._page)
        return self._page

    @property
    def probe(self) -> ReachabilityProbe:
        """Asks off the UI thread whether recent documents are there (a network drive may not answer)."""
        if self._probe is None:
            from dpi_consult.gui.reachability import ReachabilityProbe

            self._probe = ReachabilityProbe(self)
            self._probe.answered.connect(self._answered)
        return self._probe

    def show(self) -> None:
        state = self.window.state
        self.page.set_recent(state.recent)
        self.window.central.setCurrentWidget(self.page)
        self.probe.probe(state.recent_files)

    def reopen_last(self, path: str) -> None:
        """Open the document left open at the last exit, once its drive answers that it is there."""
        self._reopen_pending = path
        self.probe.probe([path])

    def _answered(self, path: str, reachable: bool) -> None:
        if self._page is not None:
            self._page.set_reachable(path, reachable)
        if path != self._reopen_pending:
            return
        self._reopen_pending = None
        if self.window.document is not None:
            return  # the user started something else meanwhile
        if reachable:
            self.window.files.open_path(path, confirmed=True)
        else:
            self.window.statusBar().showMessage(self.tr(
                "“%1”, open at the last exit, cannot be reached: it was moved or deleted, or its drive does not "
                "answer.").replace("%1", path), 20000)
