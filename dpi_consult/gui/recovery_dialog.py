"""Offering back the text kept by the last session that did not close normally; the caller touches the files."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import PurePath

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.draft.answer_text import answer_text
from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import is_empty
from dpi_consult.form.model import Form
from dpi_consult.gui.labels import status_label
from dpi_consult.gui.screen_fit import fit_to_screen
from dpi_consult.recovery import Recovery
from dpi_consult.recovery_changes import ChangeKind, RecoveredChange, SavedFile, changes_since_saved, read_saved_file

RESTORE = "restore"
DISCARD = "discard"
PREVIEW_QUESTIONS = 10
PREVIEW_CHARS = 120


def _shorten(text: str, limit: int = PREVIEW_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def preview_items(draft: Draft, form: Form | None) -> list[tuple[str, str]]:
    """(prompt, answer as plain text) of every answered question, in form order when the form is known."""
    items: list[tuple[str, str]] = []
    seen: set[str] = set()
    if form is not None:
        for question in form.questions:
            value = draft.value(form, question.id)
            if not is_empty(value):
                items.append((question.prompt, answer_text(question, value)))
                seen.add(question.id)
    # Answers the form does not know (or no form at all) are shown by their id, never hidden.
    for question_id, value in [*draft.identity.items(), *draft.answers.items()]:
        if question_id not in seen and not is_empty(value):
            items.append((question_id, answer_text(None, value)))
    return items


class RecoveryDialog(QDialog):
    """One recovery at a time (a list to pick from when there are several); `chosen()` says what to do."""

    def __init__(self, recoveries: list[Recovery], form_for: Callable[[Draft], Form | None],
                 parent: QWidget | None = None,
                 saved_for: Callable[[Recovery], SavedFile | None] = read_saved_file) -> None:
        super().__init__(parent)
        self._pending = list(recoveries)
        self._form_for = form_for
        self._saved_for = saved_for
        self._saved: dict[int, SavedFile | None] = {}
        self._chosen: list[tuple[Recovery, str]] = []
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.resize(780, 500)
        fit_to_screen(self)

        # Honest about what was lost: the copy holds the work up to the moment it was written, not after.
        if len(recoveries) > 1:
            intro = self.tr("dpi-consult did not close normally. Copies of %1 drafts were kept: choose what to do "
                            "with each one. Each copy holds the work up to the time it was written; what was typed "
                            "after that could not be kept.").replace("%1", str(len(recoveries)))
        else:
            intro = self.tr("dpi-consult did not close normally. A copy of your work written on %1 can be restored; "
                            "what was typed after that could not be kept.").replace(
                "%1", self.written_label(recoveries[0]) if recoveries else "")
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Recovered drafts"))
        for recovery in recoveries:
            item = QListWidgetItem(f"{self.file_label(recovery)}\n{self.written_label(recovery)}")
            item.setData(Qt.ItemDataRole.UserRole, recovery)
            self.list.addItem(item)
        self.list.setVisible(len(recoveries) > 1)
        # Wide enough for a file name and a date, so the list never needs sideways scrolling.
        self.list.setMinimumWidth(min(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 24, 320))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.currentRowChanged.connect(self._show_current)

        self.file_value = QLabel(self)
        self.organisation_value = QLabel(self)
        self.written_value = QLabel(self)
        self.answered_value = QLabel(self)
        self.members_value = QLabel(self)
        details = QFormLayout()
        details.addRow(self.tr("File:"), self.file_value)
        details.addRow(self.tr("Organisation:"), self.organisation_value)
        details.addRow(self.tr("Copy written:"), self.written_value)
        self.saved_value = QLabel(self)
        details.addRow(self.tr("File last saved:"), self.saved_value)
        self.saved_row = details.rowCount() - 1
        details.addRow(self.tr("Answered questions:"), self.answered_value)
        # Shown for a collective draft only: its member contributions come back with it.
        details.addRow(self.tr("Member contributions:"), self.members_value)
        self.members_row = details.rowCount() - 1
        self.details = details
        for label in (self.file_value, self.organisation_value, self.written_value, self.saved_value,
                      self.answered_value, self.members_value):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_label = preview_label = QLabel(self.tr("What would be restored:"), self)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("What would be restored"))
        self.preview.setTabChangesFocus(True)
        self.preview.setOpenLinks(False)
        preview_label.setBuddy(self.preview)

        note = QLabel(self.tr("Restore opens the copy; save it to keep it. Delete removes the copy for good, after "
                              "asking when it holds work the saved file does not. Decide later keeps it and asks "
                              "again at the next start."), self)
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self.buttons.addButton(self.tr("&Delete"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.later_button.setText(self.tr("Decide &later"))
        self.restore_button.setDefault(True)
        # Buttons are wired one by one: the box's accepted/rejected would close the dialog after the first choice.
        self.restore_button.clicked.connect(lambda: self._decide(RESTORE))
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)

        right = QVBoxLayout()
        right.addLayout(details)
        right.addWidget(preview_label)
        right.addWidget(self.preview, 1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(body, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

        if recoveries:
            self.list.setCurrentRow(0)
        self._show_current()

    # What the caller needs once the dialog is closed.
    def chosen(self) -> list[tuple[Recovery, str]]:
        """(recovery, "restore" or "discard") in the order the user decided."""
        return list(self._chosen)

    def pending(self) -> list[Recovery]:
        """The recoveries left undecided ("Decide later"): their files must stay."""
        return list(self._pending)

    def current(self) -> Recovery | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def file_label(self, recovery: Recovery) -> str:
        if recovery.original_path:
            return PurePath(recovery.original_path).name
        return self.tr("Untitled draft")

    def written_label(self, recovery: Recovery) -> str:
        return self.time_label(recovery.written_at)

    def time_label(self, text: str) -> str:
        moment = QDateTime.fromString(text, Qt.DateFormat.ISODate)
        if not moment.isValid():
            return text
        moment = moment.toLocalTime()
        locale = QLocale()
        return self.tr("%1 at %2").replace("%1", locale.toString(moment.date(), QLocale.FormatType.LongFormat)) \
            .replace("%2", locale.toString(moment.time(), QLocale.FormatType.ShortFormat))

    def saved_file(self, recovery: Recovery) -> SavedFile | None:
        """The saved file of a recovery, read once: None for a draft never saved."""
        key = id(recovery)
        if key not in self._saved:
            self._saved[key] = self._saved_for(recovery)
        return self._saved[key]

    def changes(self, recovery: Recovery) -> list[RecoveredChange] | None:
        """What differs from the saved file; None when there is no readable saved file to compare with."""
        saved = self.saved_file(recovery)
        if saved is None or saved.draft is None:
            return None
        return changes_since_saved(saved.draft, recovery.draft)

    def loses_something(self, recovery: Recovery) -> bool:
        """Whether deleting the copy would lose work that no saved file holds."""
        changes = self.changes(recovery)
        return bool(changes) if changes is not None else bool(preview_items(recovery.draft, None)
                                                               or recovery.draft.notes)

    def preview_html(self, recovery: Recovery) -> str:
        changes = self.changes(recovery)
        if changes is not None:
            if not changes:
                same = self.tr("Nothing differs from the saved file: deleting this copy loses nothing.")
                return f"<p>{html.escape(same)}</p>"
            return self._changes_html(recovery, changes)
        parts = []
        saved = self.saved_file(recovery)
        if saved is not None:
            unreadable = self.tr("The saved file cannot be read (%1): everything the copy holds is shown.")
            parts.append(f"<p><i>{html.escape(unreadable.replace('%1', saved.problem or ''))}</i></p>")
        items = preview_items(recovery.draft, self._form_for(recovery.draft))
        if not items:
            return "".join(parts) + f"<p>{html.escape(self.tr('No question is answered in this draft.'))}</p>"
        parts += [f"<p><b>{html.escape(prompt)}</b><br>{html.escape(_shorten(text))}</p>"
                  for prompt, text in items[:PREVIEW_QUESTIONS]]
        if len(items) > PREVIEW_QUESTIONS:
            more = self.tr("… and %1 more answered questions.").replace("%1", str(len(items) - PREVIEW_QUESTIONS))
            parts.append(f"<p>{html.escape(more)}</p>")
        return "".join(parts)

    def _changes_html(self, recovery: Recovery, changes: list[RecoveredChange]) -> str:
        form = self._form_for(recovery.draft)
        order = {question.id: index for index, question in enumerate(form.questions)} if form else {}
        changes = sorted(changes, key=lambda change: (change.kind != ChangeKind.ANSWER, order.get(change.key, 0)))
        in_file, in_copy = self.tr("In the file:"), self.tr("In the copy:")
        parts = []
        for change in changes[:PREVIEW_QUESTIONS]:
            title = self._change_title(form, change)
            saved, recovered = self._shown(form, change, change.saved), self._shown(form, change, change.recovered)
            parts.append(f"<p><b>{html.escape(title)}</b><br>{html.escape(in_file)} {html.escape(saved)}"
                         f"<br>{html.escape(in_copy)} {html.escape(recovered)}</p>")
        if len(changes) > PREVIEW_QUESTIONS:
            more = self.tr("… and %1 more differences.").replace("%1", str(len(changes) - PREVIEW_QUESTIONS))
            parts.append(f"<p>{html.escape(more)}</p>")
        return "".join(parts)

    def _change_title(self, form: Form | None, change: RecoveredChange) -> str:
        if change.kind is ChangeKind.ANSWER:
            question = form.question(change.key) if form else None
            section = form.section(question.section_id) if form and question else None
            # Several sheets ask the same question: the sheet says which answer this is.
            return f"{section.display_title} — {question.prompt}" if question and section else change.key
        section = form.section(change.key) if form else None
        where = section.display_title if section else change.key
        label = self.tr("Internal note — %1") if change.kind is ChangeKind.NOTE else self.tr("Status — %1")
        return label.replace("%1", where)

    def _shown(self, form: Form | None, change: RecoveredChange, value) -> str:
        if value is None:
            return self.tr("(empty)")
        if change.kind is ChangeKind.STATUS:
            from dpi_consult.draft.model import SheetStatus

            return status_label(SheetStatus(value))
        question = form.question(change.key) if form and change.kind is ChangeKind.ANSWER else None
        return _shorten(answer_text(question, value))

    def _show_current(self) -> None:
        recovery = self.current()
        for button in (self.restore_button, self.discard_button):
            button.setEnabled(recovery is not None)
        if recovery is None:
            for label in (self.file_value, self.organisation_value, self.written_value, self.answered_value,
                          self.members_value):
                label.clear()
            self.preview.clear()
            return
        self.file_value.setText(self.file_label(recovery))
        self.file_value.setToolTip(recovery.original_path or "")
        self.organisation_value.setText(recovery.draft.organisation or "—")
        self.written_value.setText(self.written_label(recovery))
        saved = self.saved_file(recovery)
        saved_at = saved.draft.saved_at if saved is not None and saved.draft is not None else None
        self.saved_value.setText(self.time_label(saved_at) if saved_at else "")
        self.details.setRowVisible(self.saved_row, bool(saved_at))
        self.preview_label.setText(self.tr("What differs from the saved file:") if self.changes(recovery) is not None
                                   else self.tr("What would be restored:"))
        self.answered_value.setText(str(recovery.answered))
        self.members_value.setText(str(recovery.member_count))
        self.details.setRowVisible(self.members_row, recovery.member_count > 0)
        self.preview.setHtml(self.preview_html(recovery))

    def _discard(self) -> None:
        recovery = self.current()
        if recovery is not None and (not self.loses_something(recovery) or self.confirm_discard(recovery)):
            self._decide(DISCARD)

    def confirm_discard(self, recovery: Recovery) -> bool:
        """Deleting work that exists nowhere else is asked once more; Cancel is the default."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete the recovered copy"), self.tr(
            "The copy of “%1” holds work that no saved file holds. Delete it for good?").replace(
            "%1", self.file_label(recovery)), QMessageBox.StandardButton.Cancel, self)
        delete = box.addButton(self.tr("&Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _decide(self, action: str) -> None:
        recovery = self.current()
        if recovery is None:
            return
        self._chosen.append((recovery, action))
        # By identity: two recoveries of copies of one draft can compare equal.
        self._pending = [r for r in self._pending if r is not recovery]
        row = self.list.currentRow()
        self.list.takeItem(row)
        if not self._pending:
            self.accept()
            return
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.setFocus()
