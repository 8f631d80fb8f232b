"""The open draft's file on a shared drive: its lock, signs of life, and a colleague's save noticed as it lands."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from dpi_consult.draft.lock import (
    HEARTBEAT_INTERVAL,
    LockHeld,
    LockInfo,
    acquire_lock,
    break_lock,
    process_alive,
    read_lock,
    refresh_lock,
    release_lock,
    this_machine,
)
from dpi_consult.draft.stamp import describe_time, file_changed, last_save
from dpi_consult.errors import DraftError

if TYPE_CHECKING:
    from dpi_consult.gui.document import DraftDocument

# A synchronisation client writes a file in several steps: wait until it has settled.
SETTLE_MS = 700


class OpenChoice(Enum):
    """What to do with a draft someone else has open."""

    READ_ONLY = "read_only"
    COPY = "copy"
    ANYWAY = "anyway"
    BREAK = "break"


def holder_text(info: LockInfo | None) -> str:
    """« Dr Martin, sur le poste dim-04, depuis le 4 décembre 2026 à 09:12 », or what is known of it."""
    if info is None or not info.machine:
        return QCoreApplication.translate("FileGuard", "someone (the lock file cannot be read)")
    user = info.user or QCoreApplication.translate("FileGuard", "an unnamed user")
    since = describe_time(info.started_at) if info.started_at else "?"
    return (QCoreApplication.translate("FileGuard", "%1, on the computer %2, since %3")
            .replace("%1", user).replace("%2", info.machine).replace("%3", since))


class FileGuard(QObject):
    """Holds the lock of the window's draft file, refreshes it, and watches the file for saves made elsewhere."""

    changed_on_disk = Signal(str)  # who saved it and when, in words

    def __init__(self, parent_widget: QWidget, user: str) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.user = user
        self.document: DraftDocument | None = None
        # Our locks: the shown document's, and for an instant the one taken for a document about to replace it.
        self.locks: dict[Path, LockInfo] = {}
        self._reported_size: int | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(HEARTBEAT_INTERVAL.total_seconds() * 1000))
        self._heartbeat.timeout.connect(self.beat)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check_disk)
        self._watcher: QFileSystemWatcher | None = None

    # ----- opening
    def claim(self, document: DraftDocument, recovering: bool = False) -> bool:
        """Take the lock of the document's file before it is shown; False when the user gives up opening it.

        Someone else's live lock offers read-only, a copy, or opening anyway; a lock left by a crash or a
        machine gone for hours can be broken after a confirmation. When `recovering` the user has just chosen
        to restore their crashed session: its own lock (this machine, no longer running) goes without a
        second question.
        """
        path = document.path
        if path is None or path in self.locks:
            return True
        broken = False
        while True:
            try:
                self.locks[path] = acquire_lock(path, self.user)
                return True
            except LockHeld as held:
                if held.info is None:
                    continue  # the lock went between our attempt and reading it: try again
                # Once broken, a lock that is back is a colleague's who opened the file meanwhile.
                reason = None if broken else held.info.stale_reason()
                # Recovery files belong to this account on this machine: a dead process here was this session.
                own_crash = recovering and held.info.machine == this_machine() and not process_alive(held.info.pid)
                if own_crash:
                    choice: OpenChoice | None = OpenChoice.BREAK
                else:
                    choice = self.ask_stale(held.info, reason) if reason else self.ask_locked(held.info)
                if choice is None:
                    return False
                if choice is OpenChoice.BREAK:
                    break_lock(path, held.info)
                    broken = True
                    continue
                if choice is OpenChoice.READ_ONLY:
                    document.read_only = True
                elif choice is OpenChoice.COPY:
                    # Same draft, no file: it is saved under a new name and can later be merged back.
                    document.path = None
                    document.stamp = None
                    document.set_modified(True)
                return True
            except DraftError:
                # A folder where nothing can be written: the file opens; saving will say what is wrong.
                return True

    def ask_locked(self, info: LockInfo) -> OpenChoice | None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Draft already open"), self.tr(
            "This draft is already open by %1.\n\nIf you both change it, one of you would have to save under another "
            "name. Open it read-only, open a copy to save under a new name, or open it anyway?")
            .replace("%1", holder_text(info)), QMessageBox.StandardButton.Cancel, self.parent_widget)
        read_only = box.addButton(self.tr("&Read-only"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(self.tr("Open a &copy"), QMessageBox.ButtonRole.ActionRole)
        anyway = box.addButton(self.tr("Open &anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(read_only)
        box.exec()
        return {read_only: OpenChoice.READ_ONLY, copy: OpenChoice.COPY,
                anyway: OpenChoice.ANYWAY}.get(box.clickedButton())

    def ask_stale(self, info: LockInfo, reason: str) -> OpenChoice | None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Abandoned lock"), self.tr(
            "This draft was opened by %1, but %2: the lock was probably left by a crash.\n\nRemove the lock and "
            "open the draft?").replace("%1", holder_text(info)).replace("%2", reason),
            QMessageBox.StandardButton.Cancel, self.parent_widget)
        remove = box.addButton(self.tr("&Remove the lock and open"), QMessageBox.ButtonRole.AcceptRole)
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(remove)
        box.exec()
        return {remove: OpenChoice.BREAK, read_only: OpenChoice.READ_ONLY}.get(box.clickedButton())

    # ----- while open
    def watch(self, document: DraftDocument | None) -> None:
        """Follow the shown document's file; every other lock of ours goes."""
        self.document = document
        self._reported_size = None
        path = document.path if document is not None else None
        for other in [p for p in self.locks if p != path]:
            release_lock(other)
            del self.locks[other]
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        self._settle.stop()
        if path in self.locks:
            self._heartbeat.start()
        else:
            self._heartbeat.stop()
        if path is None:
            return
        self._watcher = QFileSystemWatcher([str(path)], self)
        self._watcher.fileChanged.connect(lambda _path: self._settle.start())
        # An atomic save by anyone replaces the file: the folder sees it even when the old file's watch ends.
        self._watcher.addPath(str(path.parent))
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())

    def beat(self) -> None:
        for path, lock in list(self.locks.items()):
            fresh = refresh_lock(path, lock)
            if fresh is None:
                del self.locks[path]  # broken by someone who judged it abandoned
            else:
                self.locks[path] = fresh

    def check_disk(self) -> None:
        """Say once per change when the file on disk is no longer the one this window read or wrote."""
        document = self.document
        if document is None or document.path is None or document.stamp is None:
            return
        path = document.path
        if self._watcher is not None and str(path) not in self._watcher.files() and path.exists():
            self._watcher.addPath(str(path))
        try:
            changed = file_changed(path, document.stamp)
        except DraftError:
            return
        if not changed:
            self._reported_size = None
            return
        size = path.stat().st_size if path.exists() else -1
        if self._reported_size == size:
            return
        self._reported_size = size
        self.changed_on_disk.emit(saved_by_text(path))

    def saved_as(self, document: DraftDocument) -> None:
        """After a save under another name: the lock moves to the new file."""
        if document.path is not None and document.path not in self.locks:
            try:
                self.locks[document.path] = acquire_lock(document.path, self.user)
            except DraftError:
                pass
        self.watch(document)

    def someone_else_holds(self, path: Path) -> LockInfo | None:
        """The live lock of someone else on `path`, before it is replaced by a save under that name."""
        info = read_lock(path)
        if info is None or info.is_mine() or info.stale_reason() is not None:
            return None
        return info

    def release(self) -> None:
        """A clean close: the locks go, the watch ends."""
        self.watch(None)


def saved_by_text(path: Path) -> str:
    """« enregistré par Dr Martin le 4 décembre 2026 à 14:32 », as far as the file says."""
    saved = last_save(path)
    if saved is None:
        return QCoreApplication.translate("FileGuard", "saved by someone else")
    who, when = saved
    if who:
        text = QCoreApplication.translate("FileGuard", "saved by %1 on %2")
        return text.replace("%1", who).replace("%2", describe_time(when))
    return QCoreApplication.translate("FileGuard", "saved on %1").replace("%1", describe_time(when))
