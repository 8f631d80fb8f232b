"""What the window's actions may use of the window: narrow shapes, so that each depends on what it needs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar, QWidget

    from dpi_consult.form.model import Form
    from dpi_consult.gui.document import DraftDocument
    from dpi_consult.gui.file_actions import FileActions
    from dpi_consult.gui.file_guard import FileGuard
    from dpi_consult.gui.merge_actions import MergeActions
    from dpi_consult.gui.page_notices import PageNotices
    from dpi_consult.gui.spelling_support import SpellingSupport
    from dpi_consult.settings import Settings
    from dpi_consult.ui_state import UiState


class WindowHost(Protocol):
    """The open draft, the form a new one starts on, showing a question, the status bar, the window of dialogs."""

    document: DraftDocument | None
    default_form: Form

    def set_document(self, document: DraftDocument | None) -> None: ...

    def show_question(self, question_id: str) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

    def window(self) -> QWidget: ...


class FileHost(WindowHost, Protocol):
    """Opening and saving also need who the user is, where they left off, and who else has the file."""

    settings: Settings
    state: UiState

    @property
    def guard(self) -> FileGuard: ...

    @property
    def merge_actions(self) -> MergeActions: ...


class CollectiveHost(WindowHost, Protocol):
    """Importing members' files may open a single draft instead, and adds shortcuts to the window."""

    files: FileActions

    def addAction(self, action: QAction) -> None: ...  # noqa: N802 (Qt's name)


class EditorHost(WindowHost, Protocol):
    """A window of editors beside the main one takes its preferences, layout memory and spelling."""

    settings: Settings
    state: UiState
    spelling: SpellingSupport


class MergeHost(WindowHost, Protocol):
    """Merging a copy needs who the user is, and a place over the pages for the conflicts' notice."""

    settings: Settings
    notices: PageNotices
