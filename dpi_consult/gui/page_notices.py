"""The notices over the pages: a member's kit, read-only, the file changed elsewhere, a newer form, open conflicts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from dpi_consult.gui.document import DraftDocument
    from dpi_consult.gui.form_update_view import FormUpdateBanner
    from dpi_consult.gui.kit_banner import KitBanner
    from dpi_consult.gui.main_window import MainWindow
    from dpi_consult.gui.notice_banner import NoticeBanner


class PageNotices(QObject):
    """Each notice belongs to the document shown: all go when another document is shown."""

    def __init__(self, window: MainWindow, layout: QVBoxLayout, area: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.layout = layout
        self.area = area
        self.kit_banner: KitBanner | None = None
        self.read_only_banner: NoticeBanner | None = None
        self.disk_banner: NoticeBanner | None = None
        self.update_banner: FormUpdateBanner | None = None
        # Put up by actions (the open conflicts' notice).
        self.others: list[QWidget] = []

    def show(self, banner: QWidget) -> None:
        self.layout.insertWidget(0, banner)

    def add(self, banner: QWidget) -> None:
        """A notice of an action's own, until the document changes."""
        self.others.append(banner)
        self.show(banner)

    def _drop(self, banner: QWidget | None) -> None:
        if banner is not None:
            self.layout.removeWidget(banner)
            banner.deleteLater()

    def clear(self) -> None:
        for banner in (self.kit_banner, self.read_only_banner, self.disk_banner, self.update_banner, *self.others):
            self._drop(banner)
        self.kit_banner = self.read_only_banner = self.disk_banner = self.update_banner = None
        self.others.clear()

    def show_for(self, document: DraftDocument) -> None:
        window = self.window
        if document.is_member_of_kit:
            from dpi_consult.gui.kit_banner import KitBanner

            self.kit_banner = KitBanner(document, self.area)
            self.show(self.kit_banner)
        if document.read_only:
            from dpi_consult.gui.notice_banner import NoticeBanner

            self.read_only_banner = NoticeBanner("readOnlyBanner", self.tr(
                "Read-only: a colleague has this draft open. You can read it, search it and export it; to change "
                "it, save a copy under another name."), self.area)
            self.read_only_banner.add_button(self.tr("Save a &copy…"), window.files.save_as)
            self.show(self.read_only_banner)
        if document.draft.conflicts:
            window.merge_actions.update_banner()
        if document.form_update is not None:
            from dpi_consult.gui.form_update_view import FormUpdateBanner

            self.update_banner = FormUpdateBanner(document.form_update, document.form, document.draft,
                                                  window.show_question, self.area)
            self.show(self.update_banner)

    def changed_on_disk(self, saved_by: str) -> None:
        """Someone saved the open file elsewhere (a colleague, a synchronised folder): say so, offer the ways out."""
        from dpi_consult.gui.notice_banner import NoticeBanner

        window = self.window
        self.clear_disk_notice()
        self.disk_banner = NoticeBanner("diskBanner", self.tr(
            "This file was changed outside this window (%1). Merge those changes into your version, reload the "
            "file, or keep editing and save your version under another name.").replace("%1", saved_by), self.area)
        self.disk_banner.add_button(self.tr("&Merge into mine"), self._merge_from_disk)
        self.disk_banner.add_button(self.tr("&Reload"), window.files.reload)
        self.disk_banner.add_button(self.tr("Keep editing and save &as…"), window.files.save_as)
        self.show(self.disk_banner)

    def _merge_from_disk(self) -> None:
        document = self.window.document
        if document is not None and document.path is not None and self.window.merge_actions.merge_path(
                str(document.path), own_file=True):
            self.clear_disk_notice()

    def clear_disk_notice(self) -> None:
        """The file on disk is this window's again (saved, or saved elsewhere under a new name)."""
        self._drop(self.disk_banner)
        self.disk_banner = None
