"""One question's themes beside the members' answers: found on demand, decided by the coordinator, read one by one."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.collective.tally import MemberFilter
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.themes import QuestionThemes, ThemeKind
from dpi_consult.errors import InputError
from dpi_consult.form.model import Question
from dpi_consult.gui.document import DraftDocument
from dpi_consult.gui.job_runner import run_with_progress
from dpi_consult.progress import Cancelled
from dpi_consult.themes import theme_decisions
from dpi_consult.themes.question_themes import can_have_themes, find_question_themes, place_newcomers
from dpi_consult.themes.theme_views import ThemePortrait, ThemeRow, portraits, theme_rows

THEME_ROLE = Qt.ItemDataRole.UserRole
ATTRIBUTE_THEME_KEYS = "Ctrl+Shift+Return"
RENAME_KEYS = "F2"


class ThemesPane(QWidget):
    """Keeps the question's themes in the document's draft; tells which theme is read (`theme_chosen`)."""

    theme_chosen = Signal(object)  # frozenset of member ids, or None for every answer
    attribute_requested = Signal(list)  # the members of the theme the filters keep

    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.question: Question | None = None
        self.members: list[MemberContribution] = []
        self.keep = MemberFilter()
        self.described: list[ThemePortrait] = []
        self.rows: list[ThemeRow] = []
        # Members' answers the coordinator selected in the answers' table: what « Déplacer » moves.
        self.selected_answers: list[MemberContribution] = []

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.find_button = QPushButton(self.tr("Find the &themes"), self)
        self.find_button.setToolTip(self.tr("Group the answers by what they say; pinned themes stay as they are"))
        self.find_button.clicked.connect(self.find)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.find_button)

        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Theme"), self.tr("Members")])
        self.list.setAccessibleName(self.tr("Themes of the answers"))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("What the theme says"))
        self.detail.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setChildrenCollapsible(False)
        split.setSizes([260, 320])

        self.rename_button = self._button(self.tr("&Rename…"), self.rename)
        self.rename_button.setShortcut(QKeySequence(RENAME_KEYS))
        self.pin_button = self._button(self.tr("&Pin"), self.toggle_pin)
        self.pin_button.setCheckable(True)
        self.pin_button.setToolTip(self.tr("A pinned theme keeps its answers when the themes are found again"))
        self.merge_button = self._button(self.tr("&Merge"), self.merge)
        self.split_button = self._button(self.tr("Spl&it"), self.split)
        self.move_button = self._button(self.tr("Mo&ve answers to"), lambda: None)
        self.move_button.setToolTip(self.tr("Move the answers selected below to another theme"))
        self.move_menu = QMenu(self)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        self.move_button.setMenu(self.move_menu)
        self.attribute_button = self._button(self.tr("Attri&bute the theme"), self.attribute)
        self.attribute_button.setToolTip(self.tr(
            "Every answer of the theme supports the paragraph under the cursor of the collective answer (%1)")
            .replace("%1", QKeySequence(ATTRIBUTE_THEME_KEYS).toString(QKeySequence.SequenceFormat.NativeText)))
        buttons = QHBoxLayout()
        for button in (self.rename_button, self.pin_button, self.merge_button, self.split_button, self.move_button,
                       self.attribute_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    # ----- what is shown
    @property
    def themes(self) -> QuestionThemes | None:
        return None if self.question is None else self.document.draft.themes.get(self.question.id)

    def set_members(self, members: list[MemberContribution]) -> None:
        """The collective's members, shown from the next set_question (after the answers pane's, which it filters)."""
        self.members = members

    def set_question(self, question: Question) -> None:
        """Show the question's themes; members collected since they were found join them (or « nouveaux »)."""
        self.question = question
        self.setVisible(can_have_themes(question))
        themes = self.themes
        if themes is not None and can_have_themes(question):
            updated = themes.copy()
            before = updated.to_json()
            place_newcomers(updated, question, self.members)
            if updated.to_json() != before:
                self._store(updated)
        self._describe()

    def set_filter(self, keep: MemberFilter) -> None:
        """The answers pane's filters: the counts follow them."""
        self.keep = keep
        self._show_rows()

    def _describe(self) -> None:
        themes, question = self.themes, self.question
        if themes is None or question is None or not can_have_themes(question):
            self.described = []
        else:
            self.described = self._run(self.tr("Describing the themes…"),
                                       lambda progress: portraits(themes, question, self.members, progress)) or []
        self._show_rows()

    def _show_rows(self) -> None:
        chosen = self.selected_ids()
        self.rows = [] if self.question is None else theme_rows(self.described, self.question, self.document.form,
                                                                 self.keep)
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            item = QTreeWidgetItem(self.list, [self.title(row), str(len(row.members))])
            item.setData(0, THEME_ROLE, row.theme.id)
            item.setToolTip(0, self.title(row))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            if row.theme.pinned:
                item.setText(0, "📌 " + self.title(row))
            item.setSelected(row.theme.id in chosen)
        self.list.blockSignals(False)
        found = sum(1 for row in self.rows if row.theme.kind is ThemeKind.FOUND)
        if self.themes is None:
            self.summary.setText(self.tr("The answers are not grouped by theme yet."))
            self.find_button.setText(self.tr("Find the &themes"))
        else:
            self.summary.setText(self.tr("%n theme(s); a pinned theme keeps its answers.", "", found))
            self.find_button.setText(self.tr("Find the &themes again"))
        self._selection_changed()

    def title(self, row: ThemeRow) -> str:
        if row.theme.name:
            return row.theme.name
        if row.theme.kind is ThemeKind.OTHERS:
            return self.tr("Others (fit no theme)")
        if row.theme.kind is ThemeKind.NEW:
            return self.tr("New (collected since, near no theme)")
        return row.terms_title or self.tr("Theme without distinctive terms")

    def selected_ids(self) -> list[str]:
        return [item.data(0, THEME_ROLE) for item in self.list.selectedItems()]

    def selected_rows(self) -> list[ThemeRow]:
        chosen = set(self.selected_ids())
        return [row for row in self.rows if row.theme.id in chosen]

    def select_theme(self, theme_id: str) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            item.setSelected(item.data(0, THEME_ROLE) == theme_id)
            if item.isSelected():
                self.list.setCurrentItem(item)

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        self.detail.setHtml(self._detail_html(rows[0]) if len(rows) == 1 else "")
        self.theme_chosen.emit(frozenset(m.member_id for m in rows[0].members) if len(rows) == 1 else None)
        self._update_buttons()

    def _detail_html(self, row: ThemeRow) -> str:
        parts = [f"<p><b>{html.escape(self.title(row))}</b></p>"]
        terms_label = self.tr("Terms")
        if row.terms:
            terms = html.escape(", ".join(t.word for t in row.terms))
            parts.append(f"<p>{terms_label} : {terms}</p>")
        for label, counts in ((self.tr("Types"), row.by_type), (self.tr("Regions"), row.by_region)):
            if counts:
                parts.append(f"<p>{label} : " + html.escape(" ; ".join(f"{name} {count}" for name, count in counts))
                             + "</p>")
        for passage, member in row.passages:
            parts.append(f"<blockquote>« {html.escape(passage)} »<br><i>{html.escape(member.label)}</i></blockquote>")
        return "".join(parts)

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        self.rename_button.setEnabled(one is not None)
        self.pin_button.setEnabled(one is not None and one.theme.kind is ThemeKind.FOUND)
        self.pin_button.setChecked(one is not None and one.theme.pinned)
        self.merge_button.setEnabled(len(rows) >= 2)
        self.split_button.setEnabled(one is not None and len(one.theme.members) >= 4)
        self.move_button.setEnabled(bool(self.rows) and bool(self.selected_answers))
        self.attribute_button.setEnabled(one is not None and bool(one.members))

    def set_selected_answers(self, members: list[MemberContribution]) -> None:
        self.selected_answers = members
        self._update_buttons()

    # ----- the coordinator's decisions
    def _run(self, label: str, job):
        try:
            return run_with_progress(self, self.tr("Themes"), label, job)
        except Cancelled:
            return None

    def _store(self, themes: QuestionThemes) -> None:
        assert self.question is not None
        self.document.draft.themes[self.question.id] = themes
        self.document.mark_edited()

    def _decide(self, decision) -> None:
        """Apply a decision to a copy of the themes, kept only if it succeeds; a refusal is said in a dialog."""
        themes = self.themes
        if themes is None:
            return
        changed = themes.copy()
        try:
            decision(changed)
        except InputError as exc:
            QMessageBox.information(self, self.tr("Themes"), str(exc))
            return
        self._store(changed)
        self._describe()

    def find(self) -> None:
        question = self.question
        if question is None:
            return
        keep = self.themes
        found = self._run(self.tr("Grouping the answers by theme…"),
                          lambda progress: find_question_themes(question, self.members, keep=keep, progress=progress))
        if found is not None:
            self._store(found)
            self._describe()

    def ask_name(self, current: str) -> str | None:
        name, accepted = QInputDialog.getText(self, self.tr("Rename the theme"), self.tr("Name of the theme:"),
                                              text=current)
        return name if accepted else None

    def rename(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        theme_id = rows[0].theme.id
        name = self.ask_name(rows[0].theme.name or self.title(rows[0]))
        if name is not None:
            self._decide(lambda themes: theme_decisions.rename(themes, theme_id, name))
            self.select_theme(theme_id)

    def toggle_pin(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            theme_id, pinned = rows[0].theme.id, not rows[0].theme.pinned
            self._decide(lambda themes: theme_decisions.set_pinned(themes, theme_id, pinned))
            self.select_theme(theme_id)

    def merge(self) -> None:
        ids = self.selected_ids()
        self._decide(lambda themes: theme_decisions.merge(themes, ids))
        self.select_theme(ids[0])

    def split(self) -> None:
        rows, question = self.selected_rows(), self.question
        if len(rows) != 1 or question is None or self.themes is None:
            return
        theme_id = rows[0].theme.id
        changed = self.themes.copy()
        try:
            done = self._run(self.tr("Splitting the theme…"), lambda progress: theme_decisions.split(
                changed, theme_id, question, self.members, progress=progress))
        except InputError as exc:
            QMessageBox.information(self, self.tr("Themes"), str(exc))
            return
        if done is not None:
            self._store(changed)
            self._describe()

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        for row in self.rows:
            self.move_menu.addAction(self.title(row), lambda theme_id=row.theme.id: self.move_to(theme_id))
        self.move_menu.addSeparator()
        self.move_menu.addAction(self.tr("A new theme…"), self.move_to_new)

    def move_to(self, theme_id: str) -> None:
        member_ids = [member.member_id for member in self.selected_answers]
        if member_ids:
            self._decide(lambda themes: theme_decisions.move(themes, member_ids, theme_id))
            self.select_theme(theme_id)

    def move_to_new(self) -> None:
        member_ids = [member.member_id for member in self.selected_answers]
        name = self.ask_name("") if member_ids else None
        if name:
            made: list[str] = []
            self._decide(lambda themes: made.append(theme_decisions.new_theme(themes, name, member_ids).id))
            if made:
                self.select_theme(made[0])

    def attribute(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and rows[0].members:
            self.attribute_requested.emit(list(rows[0].members))
