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
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.draft.answer_text import answer_text
from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import is_empty
from dpi_consult.form.model import Form
from dpi_consult.recovery import Recovery

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
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending = list(recoveries)
        self._form_for = form_for
        self._chosen: list[tuple[Recovery, str]] = []
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.resize(780, 500)

        if len(recoveries) > 1:
            intro = self.tr("dpi-consult did not close normally. The text of %1 drafts was kept: choose what to do "
                            "with each one.").replace("%1", str(len(recoveries)))
        else:
            intro = self.tr("dpi-consult did not close normally. The text you were writing was kept and can be "
                            "restored.")
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
        details.addRow(self.tr("Last kept:"), self.written_value)
        details.addRow(self.tr("Answered questions:"), self.answered_value)
        # Shown for a collective draft only: its member contributions come back with it.
        details.addRow(self.tr("Member contributions:"), self.members_value)
        self.members_row = details.rowCount() - 1
        self.details = details
        for label in (self.file_value, self.organisation_value, self.written_value, self.answered_value,
                      self.members_value):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        preview_label = QLabel(self.tr("What would be restored:"), self)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("What would be restored"))
        self.preview.setTabChangesFocus(True)
        self.preview.setOpenLinks(False)
        preview_label.setBuddy(self.preview)

        note = QLabel(self.tr("Restore opens the recovered text; save it to keep it. Discard deletes the "
                              "recovered text for good. Decide later keeps it and asks again at the next start."),
                      self)
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self.buttons.addButton(self.tr("&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.later_button.setText(self.tr("Decide &later"))
        self.restore_button.setDefault(True)
        # Buttons are wired one by one: the box's accepted/rejected would close the dialog after the first choice.
        self.restore_button.clicked.connect(lambda: self._decide(RESTORE))
        self.discard_button.clicked.connect(lambda: self._decide(DISCARD))
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
        moment = QDateTime.fromString(recovery.written_at, Qt.DateFormat.ISODate)
        if not moment.isValid():
            return recovery.written_at
        moment = moment.toLocalTime()
        locale = QLocale()
        return self.tr("%1 at %2").replace("%1", locale.toString(moment.date(), QLocale.FormatType.LongFormat)) \
            .replace("%2", locale.toString(moment.time(), QLocale.FormatType.ShortFormat))

    def preview_html(self, recovery: Recovery) -> str:
        items = preview_items(recovery.draft, self._form_for(recovery.draft))
        if not items:
            return f"<p>{html.escape(self.tr('No question is answered in this draft.'))}</p>"
        parts = [f"<p><b>{html.escape(prompt)}</b><br>{html.escape(_shorten(text))}</p>"
                 for prompt, text in items[:PREVIEW_QUESTIONS]]
        if len(items) > PREVIEW_QUESTIONS:
            more = self.tr("… and %1 more answered questions.").replace("%1", str(len(items) - PREVIEW_QUESTIONS))
            parts.append(f"<p>{html.escape(more)}</p>")
        return "".join(parts)

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
        self.answered_value.setText(str(recovery.answered))
        self.members_value.setText(str(recovery.member_count))
        self.details.setRowVisible(self.members_row, recovery.member_count > 0)
        self.preview.setHtml(self.preview_html(recovery))

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
