"""The window's menu bar: its actions, the recent documents' menu, and which actions the document allows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from dpi_consult.gui.edit_actions import EditActions

if TYPE_CHECKING:
    from dpi_consult.gui.main_window import MainWindow


class WindowMenus(QObject):
    """Built once with the window; `update_actions` runs whenever the document or its state changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _action(self, text: str, slot, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        window = self.window
        action = QAction(text, window)
        # A standard key gets every binding the platform has for it (Ctrl+S and the Save key).
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        action.triggered.connect(slot)
        window.addAction(action)
        return action

    def build(self) -> None:
        """The menu bar, its actions kept on the window (tests and the other actions reach them there)."""
        window = self.window
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New"), window.files.new, QKeySequence.StandardKey.New))
        file_menu.addAction(self._action(self.tr("&Open…"), window.files.open_dialog, QKeySequence.StandardKey.Open))
        window.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        window.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        window.save_action = self._action(self.tr("&Save"), window.files.save, QKeySequence.StandardKey.Save)
        window.save_as_action = self._action(self.tr("Save &as…"), window.files.save_as, "Ctrl+Shift+S")
        window.close_action = self._action(self.tr("&Close"), window.files.close_document,
                                           QKeySequence.StandardKey.Close)
        file_menu.addActions([window.save_action, window.save_as_action, window.close_action])
        file_menu.addSeparator()
        window.merge_action = self._action(self.tr("&Merge a copy…"), lambda: window.merge_actions.merge_copy())
        window.conflicts_action = self._action(self.tr("Resolve the &conflicts…"),
                                             lambda: window.merge_actions.show_conflicts())
        window.save_version_action = self._action(self.tr("Save a &version…"),
                                                lambda: window.version_actions.save_version())
        window.versions_action = self._action(self.tr("&Versions…"), lambda: window.version_actions.show_versions())
        file_menu.addActions([window.merge_action, window.conflicts_action, window.save_version_action,
                              window.versions_action])
        file_menu.addSeparator()
        window.export_action = self._action(self.tr("&Export to Word…"), window.exports.export_word, "Ctrl+E")
        window.blank_action = self._action(self.tr("Export the &blank questionnaire…"), window.exports.export_blank)
        file_menu.addActions([window.export_action, window.blank_action])
        file_menu.addSeparator()
        window.share_action = self._action(self.tr("Export for the &federation…"),
                                         lambda: window.kit_actions.export_for_federation())
        window.prepare_kit_action = self._action(self.tr("Prepare the &members’ kit…"),
                                               lambda: window.kit_actions.prepare_kit())
        file_menu.addActions([window.share_action, window.prepare_kit_action])
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Preferences…"), window.edit_preferences,
                                         QKeySequence.StandardKey.Preferences))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        window.edit_actions = EditActions(window, edit_menu)
        window.search_action = self._action(self.tr("&Search the answers…"), window.open_search,
                                          QKeySequence.StandardKey.Find)
        edit_menu.addAction(window.search_action)

        view_menu = bar.addMenu(self.tr("&View"))
        window.next_action = self._action(self.tr("&Next section"), lambda: window.navigator.step(1),
                                        "Ctrl+PgDown")
        window.previous_action = self._action(self.tr("&Previous section"), lambda: window.navigator.step(-1),
                                            "Ctrl+PgUp")
        view_menu.addActions([window.next_action, window.previous_action])

        contributions = window.collective.build_menu(bar)
        window.consolidate_action = self._action(self.tr("&Consolidate the members' answers…"),
                                               lambda: window.consolidation.open(), "Ctrl+Shift+K")
        # Beside the overview: both read the members' answers, before the export for analysts.
        entries = contributions.actions()
        contributions.insertAction(entries[entries.index(window.collective.overview_action) + 1],
                                   window.consolidate_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Guide"), window.show_guide, QKeySequence.StandardKey.HelpContents))
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About dpi-consult"), window.about))
        self.update_actions()

    def _fill_recent_menu(self) -> None:
        window = self.window
        window.recent_menu.clear()
        for entry in window.state.recent:
            name = Path(entry.path).name
            text = self.tr("%1 (kit: starts a new contribution)").replace("%1", name) if entry.is_kit else name
            action = window.recent_menu.addAction(text)
            action.setToolTip(entry.path)
            action.triggered.connect(lambda _checked=False, p=entry.path: window.files.open_path(p))
        if not window.state.recent:
            window.recent_menu.addAction(self.tr("No recent drafts")).setEnabled(False)

    def update_actions(self) -> None:
        """Each action enabled when it can do something for the document shown."""
        window = self.window
        has_document = window.document is not None
        for action in (window.save_action, window.save_as_action, window.close_action, window.search_action,
                       window.next_action, window.previous_action, window.export_action):
            action.setEnabled(has_document)
        editable = has_document and not window.document.read_only
        window.save_action.setEnabled(editable)
        window.merge_action.setEnabled(editable)
        window.save_version_action.setEnabled(editable)
        window.versions_action.setEnabled(has_document and bool(window.document.draft.versions))
        window.conflicts_action.setEnabled(editable and bool(window.document.draft.conflicts))
        window.consolidate_action.setEnabled(editable and window.consolidation.available())
        draft = window.document.draft if window.document is not None else None
        # Any draft may ask to be sent to a federation: the export says why a collective cannot be.
        window.share_action.setEnabled(draft is not None)
        # A federation prepares kits from a draft that is not itself a member's.
        window.prepare_kit_action.setEnabled(editable and draft.kit_id is None and not draft.is_share)
        window.collective.update_actions()

