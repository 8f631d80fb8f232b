"""The drafting window: navigator, section pages, menus, files, search and window state."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from dpi_consult.draft import DRAFT_SUFFIX
from dpi_consult.form.model import Form
from dpi_consult.gui.answer_widgets import LongTextWidget
from dpi_consult.gui.collective_actions import CollectiveActions
from dpi_consult.gui.consolidation_actions import ConsolidationActions
from dpi_consult.gui.document import DraftDocument
from dpi_consult.gui.export_actions import ExportActions
from dpi_consult.gui.file_actions import FileActions
from dpi_consult.gui.navigator import SectionNavigator
from dpi_consult.gui.page_notices import PageNotices
from dpi_consult.gui.recovery_keeper import RecoveryKeeper
from dpi_consult.gui.screen_fit import fit_to_screen, remembered_too_large
from dpi_consult.gui.section_page import SectionPage
from dpi_consult.gui.spelling_support import SpellingSupport
from dpi_consult.gui.start_screen import StartScreen
from dpi_consult.gui.window_menus import WindowMenus
from dpi_consult.settings import Settings, save_settings
from dpi_consult.ui_state import UiState, save_ui_state

if TYPE_CHECKING:
    # Event classes only annotate: importing a PySide class builds its Python type, at start-up cost.
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from dpi_consult.gui.file_guard import FileGuard
    from dpi_consult.gui.kit_actions import KitActions
    from dpi_consult.gui.merge_actions import MergeActions
    from dpi_consult.gui.versions_dialog import VersionActions
    from dpi_consult.gui.welcome_page import WelcomePage
    from dpi_consult.search import SearchHit


class MainWindow(QMainWindow):
    def __init__(self, form: Form, settings: Settings, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_form = form
        self.settings = settings
        self.state = state
        self.document: DraftDocument | None = None
        self.pages: dict[str, SectionPage] = {}
        self.setAcceptDrops(True)
        self.setObjectName("mainWindow")

        self.keeper = RecoveryKeeper(settings.user_name, settings.autosave_file, self)
        self.keeper.autosave_failed.connect(lambda message: self.statusBar().showMessage(message, 10000))
        self.spelling = SpellingSupport(settings.spellcheck, self)
        self._guard: FileGuard | None = None
        self.files = FileActions(self)
        self.exports = ExportActions(self)
        self.consolidation = ConsolidationActions(self)
        self.files.about_to_save.connect(self.consolidation.flush)
        self.files.saved.connect(self.keeper.discard)
        self.files.saved.connect(self.clear_disk_notice)
        self.collective = CollectiveActions(self)

        self.navigator = SectionNavigator(self)
        self.navigator.section_chosen.connect(self.show_section)
        self.page_stack = QStackedWidget(self)
        # The pages, under the kit banner of a member's draft when there is one.
        self.page_area = QWidget(self)
        self._page_layout = QVBoxLayout(self.page_area)
        self._page_layout.setContentsMargins(0, 0, 0, 0)
        self._page_layout.setSpacing(0)
        self._page_layout.addWidget(self.page_stack)
        self.notices = PageNotices(self, self._page_layout, self.page_area)
        # Above the pages: the file is read-only, or someone saved it elsewhere.
        self._kit_actions: KitActions | None = None
        self._merge_actions: MergeActions | None = None
        self._version_actions: VersionActions | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.page_area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.navigator.setMinimumWidth(220)
        self.splitter.setSizes([300, 900])

        self.start = StartScreen(self)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)

        self._search_dialog = None
        self.menus = WindowMenus(self)
        self.menus.build()
        self._update_title()
        self._restore_window_state()
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._first_paint_seen = False
        self.installEventFilter(self)
        # One page per tick, spaced so that keystrokes and repaints always get their turn in between.
        self._prebuild_timer = QTimer(self)
        self._prebuild_timer.setSingleShot(True)
        self._prebuild_timer.setInterval(30)
        self._prebuild_timer.timeout.connect(self._prebuild_next_page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self and event.type() == QEvent.Type.Paint and not self._first_paint_seen:
            # Work that adds nothing to the first frame waits until the window is up.
            self._first_paint_seen = True
            self.removeEventFilter(self)
            QTimer.singleShot(0, self.spelling.start)
            self._prebuild_timer.start()
        return super().eventFilter(watched, event)

    def _prebuild_next_page(self) -> None:
        """Build one more section page while the user reads, so that later switches find it ready."""
        if self.document is None:
            return
        for section in self.document.form.sections:
            if section.id not in self.pages:
                self.page(section.id)
                self._prebuild_timer.start()
                return

    # ----- menus (gui/window_menus.py)
    def _update_actions(self) -> None:
        self.menus.update_actions()

    @property
    def kit_actions(self) -> KitActions:
        """Made on first use: kits and the federation export are not part of the first frame."""
        if self._kit_actions is None:
            from dpi_consult.gui.kit_actions import KitActions

            self._kit_actions = KitActions(self)
        return self._kit_actions

    @property
    def merge_actions(self) -> MergeActions:
        if self._merge_actions is None:
            from dpi_consult.gui.merge_actions import MergeActions

            self._merge_actions = MergeActions(self)
        return self._merge_actions

    @property
    def version_actions(self) -> VersionActions:
        if self._version_actions is None:
            from dpi_consult.gui.versions_dialog import VersionActions

            self._version_actions = VersionActions(self)
        return self._version_actions

    def _conflict_resolved(self, key: str) -> None:
        assert self.document is not None
        name = key.partition("/")[2]
        question = self.document.form.question(name)
        section_id = question.section_id if question is not None else name
        self.navigator.refresh_section(section_id)
        page = self.pages.get(section_id)
        if page is not None:
            page.refresh()
        self.merge_actions.update_banner()
        self._update_actions()

    @property
    def guard(self) -> FileGuard:
        """Made when a draft file is first opened: a new untitled draft has no file to lock or watch."""
        if self._guard is None:
            from dpi_consult.gui.file_guard import FileGuard

            self._guard = FileGuard(self, self.settings.user_name)
            self._guard.changed_on_disk.connect(self.notices.changed_on_disk)
        return self._guard

    @property
    def welcome(self) -> WelcomePage:
        return self.start.page

    def reopen_last(self, path: str) -> None:
        self.start.reopen_last(path)

    # ----- document
    def set_document(self, document: DraftDocument | None) -> None:
        """Show a document (or the welcome page for None); the previous one must already be dealt with."""
        old = self.document
        self.consolidation.close()
        if old is not None:
            self.keeper.discard()
            old.deleteLater()
        for page in self.pages.values():
            self.page_stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.notices.clear()
        self.document = document
        self.keeper.watch(document)
        if self._guard is not None or (document is not None and document.path is not None):
            self.guard.watch(document)
        if document is None:
            self.start.show()
        else:
            document.setParent(self)
            document.modified_changed.connect(lambda _m: self._update_title())
            document.saved.connect(lambda _p: self._update_title())
            document.value_changed.connect(self._value_changed)
            document.status_changed.connect(self.navigator.refresh_section)
            document.sources_changed.connect(self.navigator.refresh_all)
            document.sources_changed.connect(self._update_actions)
            document.conflict_resolved.connect(self._conflict_resolved)
            document.versions_changed.connect(self._update_actions)
            self.navigator.set_document(document)
            self.notices.show_for(document)
            self.central.setCurrentWidget(self.splitter)
            last = self.state.window.get("last_section")
            section_ids = [s.id for s in document.form.sections]
            self.navigator.select_section(last if last in section_ids else section_ids[0])
            for note in document.binding_notes:
                self.statusBar().showMessage(note, 15000)
            if self._first_paint_seen:
                self._prebuild_timer.start()
        self._update_title()
        self._update_actions()

    def _value_changed(self, question_id: str) -> None:
        assert self.document is not None
        question = self.document.form.question(question_id)
        if question is not None:
            self.navigator.refresh_section(question.section_id)
            page = self.pages.get(question.section_id)
            if page is not None:
                page.sync_question(question_id)

    def page(self, section_id: str) -> SectionPage:
        """The page of a section, built the first time it is shown."""
        page = self.pages.get(section_id)
        if page is None:
            assert self.document is not None
            section = self.document.form.section(section_id)
            assert section is not None
            page = SectionPage(section, self.document, self._decorate_editor, self.page_stack)
            if page.summary is not None and self.state.window.get("summaries_hidden"):
                page.set_summary_visible(False)
            self.pages[section_id] = page
            self.page_stack.addWidget(page)
        return page

    def _decorate_editor(self, widget: LongTextWidget) -> None:
        widget.editor.set_font_point_size(self.settings.font_size)
        widget.editor.set_styled(not self.settings.show_markdown)
        self.spelling.attach(widget.editor)

    def show_section(self, section_id: str) -> None:
        if self.document is None:
            return
        self.keeper.write_now()
        self.page_stack.setCurrentWidget(self.page(section_id))
        self.state.window["last_section"] = section_id

    def current_section(self) -> str | None:
        return self.navigator.section_at(self.navigator.currentRow())

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("dpi-consult")
            self.setWindowModified(False)
            return
        name = self.document.display_name or self.tr("Untitled contribution")
        if self.document.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name}[*] — dpi-consult")
        self.setWindowModified(self.document.modified)

    # ----- the file on a shared drive
    def clear_disk_notice(self) -> None:
        self.notices.clear_disk_notice()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        # Back from another window or application: a synchronised folder may have delivered a save meanwhile.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self._guard is not None:
            self._guard.check_disk()
        super().changeEvent(event)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self.document is not None and self.document.modified:
            self.keeper.write_now()

    # ----- search
    def open_search(self) -> None:
        if self.document is None:
            return
        from dpi_consult.gui.search_dialog import SearchDialog

        if self._search_dialog is None:
            self._search_dialog = SearchDialog(self._search, self)
            self._search_dialog.hit_activated.connect(self.go_to_hit)
        self._search_dialog.show()
        self._search_dialog.raise_()
        self._search_dialog.activateWindow()

    def _search(self, query: str) -> list[SearchHit]:
        from dpi_consult.search import search_answers

        if self.document is None:
            return []
        return search_answers(self.document.form, self.document.draft, query)

    def show_question(self, question_id: str) -> None:
        """The question's sheet, scrolled to the question, its answer with the keyboard focus."""
        if self.document is None:
            return
        question = self.document.form.question(question_id)
        if question is None:
            return
        self.activateWindow()
        self.navigator.select_section(question.section_id)
        self.page(question.section_id).focus_question(question_id)

    def go_to_hit(self, hit: SearchHit) -> None:
        self.navigator.select_section(hit.section_id)
        self.page(hit.section_id).focus_question(hit.question_id, hit.start, hit.length)

    # ----- preferences, about
    def edit_preferences(self) -> None:
        from dpi_consult.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            self.apply_settings(dialog.result_settings())

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.keeper.author = settings.user_name
        if self._guard is not None:
            self._guard.user = settings.user_name
        self.keeper.autosave_file = settings.autosave_file
        self.spelling.set_enabled(settings.spellcheck)
        for page in self.pages.values():
            for card in page.cards.values():
                if isinstance(card.answer, LongTextWidget):
                    card.answer.editor.set_font_point_size(settings.font_size)
                    card.answer.editor.set_styled(not settings.show_markdown)
        save_settings(settings)

    def show_guide(self) -> None:
        from dpi_consult.gui.guide_dialog import GuideDialog

        GuideDialog(self).exec()

    def about(self) -> None:
        from dpi_consult.gui.about_dialog import AboutDialog

        AboutDialog(self.document.form if self.document is not None else self.default_form, self).exec()

    # ----- window state, drag and drop, close
    def _restore_window_state(self) -> None:
        state = self.state.window
        geometry = state.get("geometry")
        size = state.get("size")
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
        else:
            self.resize(1280, 800)
        # A size remembered from a larger screen (a docking station at the office, the laptop at home) would
        # hide the bottom of the window: it opens maximised instead. A first start fits the screen.
        shrunk = fit_to_screen(self)
        if remembered_too_large(self, size) or (shrunk and isinstance(geometry, str)):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        sizes = state.get("splitter")
        if isinstance(sizes, list) and len(sizes) == 2 and all(isinstance(s, int) and s > 0 for s in sizes):
            self.splitter.setSizes(sizes)

    def _save_window_state(self) -> None:
        state = self.state.window
        state["geometry"] = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        normal = self.normalGeometry() if self.isMaximized() else self.geometry()
        state["size"] = [normal.width(), normal.height()]
        state["splitter"] = self.splitter.sizes()
        save_ui_state(self.state)

    @staticmethod
    def _dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        """Drafts, Word questionnaires and folders: what opening or importing contributions takes."""
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        return [p for p in paths if p.lower().endswith((DRAFT_SUFFIX, ".docx")) or Path(p).is_dir()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            # Another copy of the open draft may be merged; otherwise one .dpic opens, and several files, a Word
            # questionnaire or a folder are imported.
            if len(paths) == 1 and self.document is not None and self.merge_actions.dropped(paths[0]):
                return
            self.collective.dropped(paths)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.files.confirm_discard():
            event.ignore()
            return
        path = self.document.path if self.document is not None else None
        self.state.last_open = str(path) if path is not None else None
        self._save_window_state()
        if self.document is not None:
            self.keeper.discard()
        self.keeper.shutdown()
        if self._guard is not None:
            self._guard.release()
        event.accept()
