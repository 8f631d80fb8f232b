"""Named versions of the draft: save one, list them, see what changed since one, word by word, and go back to it."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.draft.model import SheetStatus
from dpi_consult.draft.version_actions import (
    DifferenceKind,
    VersionDifference,
    VersionNameError,
    restore_version,
    version_differences,
)
from dpi_consult.draft.versions import SavedVersion
from dpi_consult.french_formats import french_moment
from dpi_consult.gui.changes_html import spans_html
from dpi_consult.gui.document import DraftDocument
from dpi_consult.gui.list_detail import list_beside_detail
from dpi_consult.word_changes import Change, Span, inline_changes

if TYPE_CHECKING:
    from dpi_consult.gui.window_host import MergeHost

VERSION_ROLE = Qt.ItemDataRole.UserRole


class VersionActions(QObject):
    """Fichier > Enregistrer une version… and Fichier > Versions…."""

    def __init__(self, host: MergeHost) -> None:
        super().__init__(host.window())
        self.host = host

    def ask_name(self) -> str | None:
        """The name the user gives (tests answer here instead of the modal box)."""
        name, accepted = QInputDialog.getText(self.host.window(), self.tr("Save a version"), self.tr(
            "Name of this version (for instance « Relue par le DIM »):"), QLineEdit.EchoMode.Normal, "")
        return name if accepted else None

    def save_version(self) -> SavedVersion | None:
        document = self.host.document
        if document is None or document.read_only:
            return None
        name = self.ask_name()
        if name is None:
            return None
        try:
            version = document.keep_version(name, self.host.settings.user_name)
        except VersionNameError as exc:
            QMessageBox.warning(self.host.window(), self.tr("Save a version"), exc.detail)
            return None
        self.host.statusBar().showMessage(self.tr("Version “%1” kept: save the draft to keep it in the file.")
                                          .replace("%1", version.name), 15000)
        return version

    def show_versions(self) -> None:
        document = self.host.document
        if document is None:
            return
        VersionsDialog(document, self, self.host.window()).exec()

    def restore(self, version: SavedVersion) -> bool:
        """The draft as it was at `version`; what it is now is first kept as a version of its own."""
        document = self.host.document
        if document is None or document.read_only:
            return False
        restore_version(document.form, document.draft, version, self.host.settings.user_name)
        restored = DraftDocument(document.form, document.draft, document.path, parent=None, stamp=document.stamp)
        restored.set_modified(True)
        self.host.set_document(restored)
        self.host.statusBar().showMessage(self.tr("Back to “%1”; the text before is kept as a version.")
                                          .replace("%1", version.name), 15000)
        return True


class VersionsDialog(QDialog):
    def __init__(self, document: DraftDocument, actions: VersionActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.actions = actions
        self.setWindowTitle(self.tr("Versions of the draft"))
        self.list = QListWidget(self)
        for version in reversed(document.draft.versions):
            item = QListWidgetItem(self.tr("%1\n%2, %3").replace("%1", version.name)
                                   .replace("%2", version.author).replace("%3", french_moment(version.time)))
            item.setData(VERSION_ROLE, version.id)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.differences = QTextBrowser(self)
        self.restore_button = QPushButton(self.tr("&Go back to this version…"), self)
        self.restore_button.clicked.connect(self.restore)
        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.differences, 1)
        column.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty = None if document.draft.versions else QLabel(self.tr(
            "No version kept yet: File > Save a version… keeps the draft as it is now, under a name."), self)
        list_beside_detail(self, self.list, detail, above=empty)
        self.list.setCurrentRow(0)
        self._show_current()

    def current_version(self) -> SavedVersion | None:
        item = self.list.currentItem()
        version_id = item.data(VERSION_ROLE) if item is not None else None
        return next((v for v in self.document.draft.versions if v.id == version_id), None)

    def _show_current(self) -> None:
        version = self.current_version()
        self.restore_button.setEnabled(version is not None and not self.document.read_only)
        if version is None:
            self.summary.clear()
            self.differences.clear()
            return
        differences = version_differences(self.document.form, self.document.draft, version)
        self.summary.setText(self.tr("%n answer(s) differ between this version and the draft now (removed words "
                                     "struck through, added words highlighted).", "", len(differences)))
        self.differences.setHtml("".join(self._difference_html(d) for d in differences))

    def _difference_html(self, difference: VersionDifference) -> str:
        form = self.document.form
        question = form.question(difference.question_id) if difference.question_id else None
        section = form.section(difference.section_id) if difference.section_id else None
        if question is not None:
            title = question.prompt
        elif difference.kind is DifferenceKind.STATUS:
            title = self.tr("Status")
        elif difference.kind is DifferenceKind.NOTE:
            title = self.tr("Internal notes")
        else:
            title = difference.key
        where = f"{section.display_title} — {title}" if section is not None else title
        then, now = self._shown(difference, difference.then), self._shown(difference, difference.now)
        if difference.then_words or difference.now_words:
            return f"<h4>{escape(where)}</h4>" + spans_html(inline_changes(then, now))
        # A choice, a number, a status: what it was, then what it is, rather than words half-matched.
        return (f"<h4>{escape(where)}</h4>" + spans_html([Span(Change.REMOVED, then)] if then else [])
                + spans_html([Span(Change.ADDED, now)] if now else []))

    def _shown(self, difference: VersionDifference, value: object) -> str:
        if value is None:
            return ""
        question = self.document.form.question(difference.question_id) if difference.question_id else None
        if question is not None and question.kind.is_choice:
            chosen = value if isinstance(value, list) else [value]
            return ", ".join(question.option_label(str(v)) for v in chosen)
        if difference.kind is DifferenceKind.STATUS and value in {s.value for s in SheetStatus}:
            return SheetStatus(value).label
        return str(value)

    def confirm_restore(self, version: SavedVersion) -> bool:
        """Asked before going back (tests answer here instead of the modal box)."""
        answer = QMessageBox.question(self, self.tr("Go back to a version"), self.tr(
            "Go back to “%1”? The draft as it is now is first kept as a version, so nothing is lost.")
            .replace("%1", version.name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def restore(self) -> None:
        version = self.current_version()
        if version is not None and self.confirm_restore(version) and self.actions.restore(version):
            self.accept()
