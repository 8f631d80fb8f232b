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

INDEX_ROLE = Qt.ItemDataRole.UserRole


class SourcesDialog(QDialog):
    def __init__(self, members: list[MemberContribution], chosen: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Members of this paragraph"))
        self.resize(460, 520)
        self.members = members
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.filter.setAccessibleName(self.tr("Filter by name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Members"))
        for index, member in enumerate(members):
            item = QListWidgetItem(member.label, self.list)
            item.setData(INDEX_ROLE, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.member_id in chosen else Qt.CheckState.Unchecked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the members whose answers this paragraph takes up."), self))
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

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
