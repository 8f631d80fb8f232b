"""Keeps the recovery file of the open draft current: within a second of a change, every second while typing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from dpi_consult.errors import DraftError
from dpi_consult.gui.document import DraftDocument

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from dpi_consult.recovery import RecoveryWriter

# A write comes at most this long after the first change not yet kept, and again this long after while
# changes go on: waiting for a pause in typing lost everything typed in one go when the laptop died.
WRITE_WITHIN_MS = 1000
# A write still running (a large collective's members, once per import) is waited for this long at a time,
# never on the UI thread.
BUSY_RETRY_MS = 100


class RecoveryKeeper(QObject):
    """Snapshots on the UI thread (the coordinator's own fields, a few ms) and writes on a worker thread.

    Member contributions are only referenced in the snapshot: the worker writes them aside once per
    import, so that a large federation never makes typing wait for a recovery write.
    """

    autosave_failed = Signal(str)

    def __init__(self, author: str, autosave_file: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.author = author
        self.autosave_file = autosave_file
        self.document: DraftDocument | None = None
        self._written_generation = -1
        # Made at the first write: the thread pool's import stays off the start-up path.
        self._executor: ThreadPoolExecutor | None = None
        self._pending: Future[Path] | None = None
        # Made at the first write too: the recovery module is not needed for the first frame.
        self._writer: RecoveryWriter | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_WITHIN_MS)
        self._timer.timeout.connect(self._due)

    def watch(self, document: DraftDocument | None) -> None:
        if self.document is not None:
            self.document.value_changed.disconnect(self.schedule)
            self.document.status_changed.disconnect(self.schedule)
            self.document.modified_changed.disconnect(self._modified_changed)
            self.document.sources_changed.disconnect(self.schedule)
        self.wait()
        self._reset_writer()
        self.document = document
        self._written_generation = document.generation if document is not None else -1
        if document is not None:
            document.value_changed.connect(self.schedule)
            document.status_changed.connect(self.schedule)
            document.modified_changed.connect(self._modified_changed)
            document.sources_changed.connect(self.schedule)

    def schedule(self, *_args: object) -> None:
        """A change to keep: the write already due stays due (restarting the timer would wait for a pause)."""
        if not self._timer.isActive():
            self._timer.start(WRITE_WITHIN_MS)

    def _due(self) -> None:
        if self._pending is not None and not self._pending.done():
            self._timer.start(BUSY_RETRY_MS)
            return
        self.write_now()

    def _modified_changed(self, modified: bool) -> None:
        if modified:
            self.schedule()

    def write_now(self) -> None:
        """Write the working state if it changed since the last write; cheap when nothing changed."""
        self._timer.stop()
        self.wait()
        document = self.document
        if document is None or not document.modified or document.generation == self._written_generation:
            return
        self._written_generation = document.generation
        if self.autosave_file and document.path is not None:
            try:
                document.save(document.path, self.author)
            except DraftError as exc:
                self.autosave_failed.emit(str(exc))
            else:
                self.discard()
                return
        # Imported on the first write: the codec and the recovery format are not needed for the first frame.
        from dpi_consult.recovery import RecoveryWriter, take_snapshot

        if self._writer is None:
            self._writer = RecoveryWriter()
        snapshot = take_snapshot(document.draft, document.path, document.sources_generation, document.sources_saved)
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recovery")
        self._pending = self._executor.submit(self._writer.write, snapshot)

    def keep_now(self) -> None:
        """The working state on disk before this returns: what an internal error leaves for the next start."""
        self.write_now()
        self.wait()

    def _reset_writer(self) -> None:
        if self._writer is not None:
            self._writer.reset()

    def wait(self) -> None:
        if self._pending is not None:
            try:
                self._pending.result()
            except OSError as exc:
                self.autosave_failed.emit(str(exc))
            self._pending = None

    def discard(self) -> None:
        """After a save or a clean close: the file on disk is the truth again."""
        self._timer.stop()
        self.wait()
        self._reset_writer()
        if self.document is not None:
            from dpi_consult.recovery import discard_recovery

            discard_recovery(self.document.draft)
            self._written_generation = self.document.generation

    def recovery_file(self) -> Path | None:
        from dpi_consult.recovery import recovery_path

        return None if self.document is None else recovery_path(self.document.draft)

    def shutdown(self) -> None:
        self.wait()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
