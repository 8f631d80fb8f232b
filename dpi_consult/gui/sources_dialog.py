"""Choosing by hand the members a paragraph of the collective answer comes from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.draft.member import MemberContribution, normalised_name
from dpi_consult.gui.screen_fit import fit_to_screen

INDEX_ROLE = Qt.ItemDataRole.UserRole


class SourcesDialog(QDialog):
    def __init__(self, members: list[MemberContribution], chosen: set[str], parent: QWidget | None = None,
                 preselect: str | None = None) -> None:
        """`preselect`: the member selected among the answers, ticked and shown first for a one-click choice."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Members of this paragraph"))
        self.resize(460, 520)
        fit_to_screen(self)
        self.members = members
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.filter.setAccessibleName(self.tr("Filter by name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Members"))
        # Ticked members first, then by name, compared as people read them (case and accents aside).
        order = sorted(range(len(members)), key=lambda i: (members[i].member_id not in chosen,
                                                           normalised_name(members[i].label)))
        for index in order:
            member = members[index]
            item = QListWidgetItem(member.label, self.list)
            item.setData(INDEX_ROLE, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = member.member_id in chosen or member.member_id == preselect
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if member.member_id == preselect:
                self.list.setCurrentItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the members whose answers this paragraph takes up."), self))
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if self.list.currentItem() is not None:
            self.list.scrollToItem(self.list.currentItem())
        self.filter.setFocus()

    def _filter(self, text: str) -> None:
        wanted = normalised_name(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in normalised_name(item.text()))

    def set_checked(self, member_ids: set[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            member = self.members[item.data(INDEX_ROLE)]
            item.setCheckState(Qt.CheckState.Checked if member.member_id in member_ids else Qt.CheckState.Unchecked)

    def chosen(self) -> list[MemberContribution]:
        return [self.members[self.list.item(row).data(INDEX_ROLE)] for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]
