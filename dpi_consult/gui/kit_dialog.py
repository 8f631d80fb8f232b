"""The settings of the members' kit: federation contact, deadline, guidance per question, proposals, members."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.draft.kit import Kit, KitMember
from dpi_consult.draft.model import Draft
from dpi_consult.errors import InputError
from dpi_consult.form.model import Form
from dpi_consult.format_checks import email_problem
from dpi_consult.gui.screen_fit import fit_to_screen

QUESTION_ROLE = Qt.ItemDataRole.UserRole


class PrepareKitDialog(QDialog):
    def __init__(self, form: Form, collective: Draft, settings: Kit, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.collective = collective
        self.settings = settings
        self.guidance: dict[str, str] = dict(settings.guidance)
        self.setWindowTitle(self.tr("Prepare the members’ kit"))
        self.resize(900, 640)
        fit_to_screen(self)
        layout = QVBoxLayout(self)
        tabs = QTabWidget(self)
        layout.addWidget(tabs)
        tabs.addTab(self._general_tab(folder), self.tr("Federation and deadline"))
        tabs.addTab(self._guidance_tab(), self.tr("Guidance per question"))
        tabs.addTab(self._members_tab(), self.tr("Members"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write the kits"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # ----- tabs
    def _general_tab(self, folder: Path) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.federation_name = QLineEdit(self.settings.federation_name, page)
        self.federation_email = QLineEdit(self.settings.federation_email, page)
        form.addRow(self.tr("Federation:"), self.federation_name)
        form.addRow(self.tr("Contact e-mail:"), self.federation_email)
        self.has_deadline = QCheckBox(self.tr("Deadline for the members’ answers:"), page)
        self.deadline = QDateEdit(page)
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd/MM/yyyy")
        self.deadline.setAccessibleName(self.tr("Deadline"))
        if self.settings.deadline:
            self.deadline.setDate(QDate.fromString(self.settings.deadline, "yyyy-MM-dd"))
            self.has_deadline.setChecked(True)
        else:
            self.deadline.setDate(QDate.currentDate().addDays(30))
        self.deadline.setEnabled(self.has_deadline.isChecked())
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        form.addRow(self.has_deadline, self.deadline)
        from dpi_consult.kit.files import proposals_from_answers

        self.current_answers = proposals_from_answers(self.form, self.collective)
        self.with_proposals = QCheckBox(self.tr("Attach proposed answers (the collective draft’s current answers: "
                                                "%1)").replace("%1", str(len(self.current_answers))), page)
        self.with_proposals.setChecked(bool(self.settings.proposals))
        self.with_proposals.setEnabled(bool(self.current_answers) or bool(self.settings.proposals))
        form.addRow(self.with_proposals)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(folder), page)
        self.folder.setAccessibleName(self.tr("Output folder"))
        browse = QPushButton(self.tr("Browse…"), page)
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Output folder:"), row)
        note = QLabel(self.tr("The kits carry the form, the federation, the deadline, the guidance and the proposed "
                              "answers; never the collected contributions, the notes or the history."), page)
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _guidance_tab(self) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        self.questions = QListWidget(page)
        self.questions.setAccessibleName(self.tr("Questions"))
        for section in self.form.sections:
            for question in section.questions:
                item = QListWidgetItem(self.questions)
                item.setData(QUESTION_ROLE, question.id)
                self._label_item(item)
        right = QVBoxLayout()
        self.guidance_title = QLabel(page)
        self.guidance_title.setWordWrap(True)
        self.guidance_edit = QPlainTextEdit(page)
        self.guidance_edit.setAccessibleName(self.tr("Guidance for this question (Markdown)"))
        self.guidance_edit.setPlaceholderText(self.tr("Guidance shown to members above this question, in Markdown "
                                                      "(**bold**, lists…)"))
        right.addWidget(self.guidance_title)
        right.addWidget(self.guidance_edit, 1)
        row.addWidget(self.questions, 2)
        row.addLayout(right, 3)
        self.questions.currentItemChanged.connect(self._question_changed)
        self.guidance_edit.textChanged.connect(self._guidance_edited)
        self.questions.setCurrentRow(0)
        return page

    def _members_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("With a list of members, one kit per member is written, pre-filled with "
                                        "its identity, and the overview shows who has sent nothing."), page))
        self.members = QTableWidget(0, 3, page)
        self.members.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("FINESS"), self.tr("E-mail")])
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.setColumnWidth(0, 320)
        self.members.setAccessibleName(self.tr("Expected members"))
        for member in self.settings.members:
            self.add_member(member)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Add a member"), page)
        add.clicked.connect(lambda: self.add_member(KitMember("")))
        remove = QPushButton(self.tr("&Remove the selected members"), page)
        remove.clicked.connect(self._remove_members)
        load = QPushButton(self.tr("&Load a CSV file…"), page)
        load.clicked.connect(self._load_csv)
        for button in (add, remove, load):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.members, 1)
        layout.addLayout(buttons)
        return page

    # ----- guidance
    def _label_item(self, item: QListWidgetItem) -> None:
        question = self.form.question(item.data(QUESTION_ROLE))
        assert question is not None
        section = self.form.section(question.section_id)
        prefix = f"F{section.number} · " if section is not None and section.number is not None else ""
        mark = "✎ " if self.guidance.get(question.id, "").strip() else ""
        item.setText(f"{mark}{prefix}{question.prompt}")

    def _question_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        question = self.form.question(current.data(QUESTION_ROLE))
        assert question is not None
        self.guidance_title.setText(question.prompt)
        self.guidance_edit.blockSignals(True)
        self.guidance_edit.setPlainText(self.guidance.get(question.id, ""))
        self.guidance_edit.blockSignals(False)

    def _guidance_edited(self) -> None:
        item = self.questions.currentItem()
        if item is None:
            return
        text = self.guidance_edit.toPlainText()
        if text.strip():
            self.guidance[item.data(QUESTION_ROLE)] = text
        else:
            self.guidance.pop(item.data(QUESTION_ROLE), None)
        self._label_item(item)

    def select_question(self, question_id: str) -> None:
        for row in range(self.questions.count()):
            if self.questions.item(row).data(QUESTION_ROLE) == question_id:
                self.questions.setCurrentRow(row)
                return

    # ----- members
    def add_member(self, member: KitMember) -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        for column, text in enumerate((member.name, member.finess, member.email)):
            self.members.setItem(row, column, QTableWidgetItem(text))

    def _remove_members(self) -> None:
        for row in sorted({index.row() for index in self.members.selectedIndexes()}, reverse=True):
            self.members.removeRow(row)

    def _load_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load the list of members"), self.folder.text(),
                                              self.tr("CSV files (*.csv *.txt)"))
        if path:
            self.load_csv(Path(path))

    def load_csv(self, path: Path) -> bool:
        from dpi_consult.kit.members_csv import read_members_csv

        try:
            members = read_members_csv(path)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Cannot read the list of members"), str(exc))
            return False
        self.members.setRowCount(0)
        for member in members:
            self.add_member(member)
        return True

    def table_members(self) -> list[KitMember]:
        """The typed-in members, checked like a CSV file's lines; raises InputError."""
        from dpi_consult.kit.members_csv import checked_members

        rows = []
        for row in range(self.members.rowCount()):
            cells = [(self.members.item(row, c).text() if self.members.item(row, c) else "") for c in range(3)]
            if any(cell.strip() for cell in cells):
                rows.append((row + 1, *cells))
        return checked_members(rows, self.tr("List of members"))

    # ----- result
    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the kits"), self.folder.text())
        if path:
            self.folder.setText(path)

    def output_folder(self) -> Path:
        return Path(self.folder.text().strip())

    def result_kit(self) -> Kit:
        deadline = self.deadline.date().toString("yyyy-MM-dd") if self.has_deadline.isChecked() else None
        proposals = dict(self.current_answers) if self.with_proposals.isChecked() else {}
        return Kit(self.settings.id, self.federation_name.text().strip(), self.federation_email.text().strip(),
                   deadline, dict(self.guidance), proposals, self.table_members(), dict(self.settings.extra))

    def problem(self) -> str | None:
        """What keeps the kits from being written, in one line, or None."""
        if not self.federation_name.text().strip():
            return self.tr("Give the federation’s name: members see it on their kit.")
        email = self.federation_email.text().strip()
        if email and email_problem(email):
            return self.tr("The contact e-mail address is not valid.")
        if not self.folder.text().strip():
            return self.tr("Choose the folder where the kits are written.")
        try:
            self.table_members()
        except InputError as exc:
            return str(exc)
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            QMessageBox.warning(self, self.tr("Cannot prepare the kits"), problem)
            return
        super().accept()
