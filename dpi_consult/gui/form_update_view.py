"""A draft of an older form version, opened: a banner that says what changed, and the list of the changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.draft.form_update import FormUpdate
from dpi_consult.draft.model import Draft
from dpi_consult.form.model import Form
from dpi_consult.gui.notice_banner import NoticeBanner
from dpi_consult.gui.screen_fit import fit_to_screen

QUESTION_ROLE = Qt.ItemDataRole.UserRole


class FormUpdateBanner(NoticeBanner):
    """« Formulaire passé de la version 1.0 à la version 1.1 : … » with the changes one click away."""

    def __init__(self, update: FormUpdate, form: Form, draft: Draft, show_question: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__("formUpdateBanner", update.headline(), parent)
        self.update_report = update
        self.form = form
        self.draft = draft
        self.show_question = show_question
        self.dialog: FormUpdateDialog | None = None
        self.add_button(self.tr("See the &changes…"), self.show_changes)
        self.add_button(self.tr("Hide"), self.hide)

    def show_changes(self) -> FormUpdateDialog:
        if self.dialog is None:
            self.dialog = FormUpdateDialog(self.update_report, self.form, self.draft, self.show_question,
                                           self.window())
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog


class FormUpdateDialog(QDialog):
    """Section by section, what the newer version added, reworded or retired, then the answers to look at again."""

    def __init__(self, update: FormUpdate, form: Form, draft: Draft, show_question: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_question = show_question
        self.setWindowTitle(self.tr("Changes in version %1 of the form").replace("%1", update.to_version))
        layout = QVBoxLayout(self)
        intro = QLabel("\n".join([update.headline(), *update.summaries]), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        to_review = update.answer_lines(form, draft)
        if to_review:
            top = QTreeWidgetItem([self.tr("Your answers to look at again")])
            for question_id, line in to_review:
                top.addChild(self._question_item(line, question_id) if question_id else QTreeWidgetItem([line]))
            self.tree.addTopLevelItem(top)
        for entry in update.sections:
            top = QTreeWidgetItem([update.section_line(entry)])
            for question_id in entry.added:
                question = form.question(question_id)
                assert question is not None
                top.addChild(self._question_item(self.tr("New: %1").replace("%1", question.prompt), question_id))
            for question_id in entry.reworded:
                question = form.question(question_id)
                assert question is not None
                top.addChild(self._question_item(self.tr("Reworded: %1").replace("%1", question.prompt),
                                                 question_id))
            for retired in entry.retired:
                top.addChild(QTreeWidgetItem([self.tr("Retired: %1").replace("%1", retired.prompt)]))
            self.tree.addTopLevelItem(top)
        if self.tree.topLevelItemCount():
            self.tree.topLevelItem(0).setExpanded(True)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self.go_to(item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_go())
        layout.addWidget(self.tree, 1)
        # A line names a whole question: the selected one is read in full here, as long as it is.
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.go_button: QPushButton = buttons.addButton(self.tr("&Go to the question"),
                                                        QDialogButtonBox.ButtonRole.ActionRole)
        self.go_button.clicked.connect(lambda: self.go_to(self.tree.currentItem()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_go()
        self.resize(760, 480)
        fit_to_screen(self)

    @staticmethod
    def _question_item(text: str, question_id: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, QUESTION_ROLE, question_id)
        item.setToolTip(0, text)
        return item

    def _update_go(self) -> None:
        item = self.tree.currentItem()
        self.go_button.setEnabled(item is not None and item.data(0, QUESTION_ROLE) is not None)
        self.detail.setText(item.text(0) if item is not None else "")

    def go_to(self, item: QTreeWidgetItem | None) -> None:
        question_id = item.data(0, QUESTION_ROLE) if item is not None else None
        if question_id is not None:
            self.show_question(question_id)
