"""Before anything leaves: what is incomplete or wrong, each with a way to go to it, then Correct or Send anyway."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.gui.screen_fit import fit_to_screen
from dpi_consult.send_checks import SendProblem, Trouble

if TYPE_CHECKING:
    from dpi_consult.gui.window_host import WindowHost


class SendCheckDialog(QDialog):
    """The problems in form order; « Corriger » goes to the one chosen (the first by default)."""

    def __init__(self, problems: Sequence[SendProblem], action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = list(problems)
        self.setWindowTitle(self.tr("Before sending"))
        layout = QVBoxLayout(self)
        count = len(self.problems)
        intro = self.tr("%1 point to check before “%2”:") if count == 1 else \
            self.tr("%1 points to check before “%2”:")
        self.intro = QLabel(intro.replace("%1", str(count)).replace("%2", action), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Section"), self.tr("Question"), self.tr("To check")])
        labels = {Trouble.MISSING: self.tr("Required answer missing"),
                  Trouble.OVER_LIMIT: self.tr("Answer too long"),
                  Trouble.INVALID: self.tr("Answer not in the expected form"),
                  Trouble.PERSONAL_DATA: self.tr("Possible personal data"),
                  Trouble.RETIRED: self.tr("Choice no longer offered by the form"),
                  Trouble.CONFLICT: self.tr("Merge conflict to resolve")}
        for problem in self.problems:
            item = QTreeWidgetItem([problem.section_title, problem.prompt, labels[problem.trouble]])
            item.setToolTip(1, problem.prompt)
            item.setToolTip(2, problem.detail)
            self.tree.addTopLevelItem(item)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(0, 220)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.itemDoubleClicked.connect(lambda *_: self.correct())
        layout.addWidget(self.tree, 1)

        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.tree.currentItemChanged.connect(self._show_detail)
        self._show_detail()

        buttons = QDialogButtonBox(self)
        self.correct_button: QPushButton = buttons.addButton(self.tr("&Correct"),
                                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.send_button: QPushButton = buttons.addButton(self.tr("&Send anyway"),
                                                          QDialogButtonBox.ButtonRole.AcceptRole)
        self.correct_button.setToolTip(self.tr("Go to the answer selected in the list"))
        self.correct_button.setDefault(True)
        self.correct_button.clicked.connect(self.correct)
        self.send_button.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.chosen: SendProblem | None = None
        self.resize(820, 420)
        fit_to_screen(self)

    def _show_detail(self) -> None:
        """The whole of what the columns cut: sheet, question and what to check, as one paragraph."""
        problem = self.current_problem()
        if problem is None:
            self.detail.clear()
            return
        self.detail.setText(f"<b>{escape(problem.section_title)}</b><br>{escape(problem.prompt)}<br>"
                            f"{escape(problem.detail[:1].upper() + problem.detail[1:])}")

    def current_problem(self) -> SendProblem | None:
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() else -1
        return self.problems[row] if 0 <= row < len(self.problems) else None

    def correct(self) -> None:
        """Close without sending, keeping the problem to go to."""
        self.chosen = self.current_problem() or (self.problems[0] if self.problems else None)
        self.reject()


def confirm_sending(host: WindowHost, problems: Sequence[SendProblem], action: str) -> bool:
    """True to send anyway; on « Corriger », False, and the window shows the answer chosen."""
    dialog = SendCheckDialog(problems, action, host.window())
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.chosen
    dialog.deleteLater()
    if not accepted and chosen is not None:
        host.show_question(chosen.question_id)
    return accepted
