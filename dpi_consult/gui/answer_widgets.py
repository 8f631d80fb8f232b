"""One editor per question kind: choices, short text with format checks, integers, long Markdown text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dpi_consult.draft.values import Value
from dpi_consult.form.model import Question, QuestionKind, RetiredOption
from dpi_consult.form.version_changes import retired_choice_advice
from dpi_consult.format_checks import FORMAT_CHECKS
from dpi_consult.gui.look import PROBLEM_TEXT, set_text_colour

if TYPE_CHECKING:
    from dpi_consult.gui.markdown_editor import MarkdownEditor

ARROW_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1}


class AnswerWidget(QWidget):
    """Common interface: the page reads and writes values and listens to `edited`."""

    edited = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question

    def value(self) -> Value | None:
        raise NotImplementedError

    def set_value(self, value: Value | None) -> None:
        raise NotImplementedError

    def focus_answer(self, start: int = -1, length: int = 0) -> None:
        """Give the keyboard focus to the editor, selecting a range of the answer when given."""
        self.setFocus()

    def set_read_only(self) -> None:
        """The answer can be read (and its text selected and copied), not changed."""
        for line in self.findChildren(QLineEdit):
            line.setReadOnly(True)
        for control in [*self.findChildren(QAbstractButton), *self.findChildren(QComboBox)]:
            control.setEnabled(False)


class _ProblemLabel(QWidget):
    """An inline problem shown with an icon and words, never by colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel("\u26a0", self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        set_text_colour(self.text, PROBLEM_TEXT)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_problem(self, problem: str | None) -> None:
        self.text.setText(problem or "")
        self.setAccessibleDescription(problem or "")
        self.setVisible(bool(problem))


class SingleChoiceWidget(AnswerWidget):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        # Short scales (Oui / Plutôt oui / ...) read best on one line; long labels go one per line.
        horizontal = len(question.options) <= 6 and all(len(o.label) <= 18 for o in question.options)
        self.horizontal = horizontal
        target = row if horizontal else layout
        for option in question.options:
            button = QRadioButton(option.label, self)
            self.group.addButton(button)
            self.buttons[option.id] = button
            button.installEventFilter(self)
            target.addWidget(button)
        self.clear_button = QPushButton(self.tr("Clear answer"), self)
        self.clear_button.setToolTip(self.tr("Leave this question unanswered"))
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self._clear_clicked)
        if horizontal:
            row.addStretch(1)
            row.addWidget(self.clear_button)
            layout.addLayout(row)
        else:
            _add_left_aligned(layout, self.clear_button)
        self.retired_problem = _ProblemLabel(self)
        layout.addWidget(self.retired_problem)
        self.group.buttonToggled.connect(self._toggled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Arrow keys move the choice, not only the focus, as in every desktop's option groups (Qt selects only
        when the button left was already chosen)."""
        step = ARROW_STEPS.get(event.key()) if event.type() == QEvent.Type.KeyPress else None
        buttons = list(self.buttons.values())
        if step is None or watched not in buttons:
            return super().eventFilter(watched, event)
        target = buttons[max(0, min(len(buttons) - 1, buttons.index(watched) + step))]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if not target.isChecked():
            target.click()
        return True

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.clear_button.setEnabled(True)
            self.retired_problem.show_problem(retired_advice(self.question, self.value()))
            self.edited.emit()

    def _clear_clicked(self) -> None:
        self.set_value(None)
        self.edited.emit()

    def _show_retired(self, option: RetiredOption) -> None:
        """An answer from an older form version keeps its choice, shown as a button of its own until changed."""
        if option.id in self.buttons:
            return
        button = QRadioButton(retired_label(option), self)
        self.group.addButton(button)
        self.buttons[option.id] = button
        button.installEventFilter(self)
        layout = self.layout()
        # Below the options: after their row, or before the clear button's row when they stand one per line.
        layout.insertWidget(layout.count() - (1 if self.horizontal else 2), button)

    def value(self) -> Value | None:
        for option_id, button in self.buttons.items():
            if button.isChecked():
                return option_id
        return None

    def set_value(self, value: Value | None) -> None:
        retired = self.question.retired_option(value) if isinstance(value, str) else None
        if retired is not None:
            self._show_retired(retired)
        self.group.blockSignals(True)
        # An exclusive group refuses to uncheck its last button: lift exclusivity while clearing.
        self.group.setExclusive(False)
        for option_id, button in self.buttons.items():
            button.setChecked(option_id == value)
        self.group.setExclusive(True)
        self.group.blockSignals(False)
        self.clear_button.setEnabled(self.value() is not None)
        self.retired_problem.show_problem(retired_advice(self.question, value))

    def focus_answer(self, start: int = -1, length: int = 0) -> None:
        checked = self.group.checkedButton()
        (checked or next(iter(self.buttons.values()))).setFocus()


class ComboChoiceWidget(AnswerWidget):
    """A long single choice (the regions) as a drop-down list; its first entry means unanswered."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(question.prompt)
        self.combo.addItem(self.tr("— No answer —"), None)
        for option in question.options:
            self.combo.addItem(option.label, option.id)
        self.combo.setMaxVisibleItems(20)
        _add_left_aligned(layout, self.combo)
        self.retired_problem = _ProblemLabel(self)
        layout.addWidget(self.retired_problem)
        self.combo.activated.connect(self._activated)

    def _activated(self, _index: int) -> None:
        self.retired_problem.show_problem(retired_advice(self.question, self.value()))
        self.edited.emit()

    def value(self) -> Value | None:
        return self.combo.currentData()

    def set_value(self, value: Value | None) -> None:
        retired = self.question.retired_option(value) if isinstance(value, str) else None
        if retired is not None and self.combo.findData(retired.id) < 0:
            # Kept as an entry of its own, so the older answer stays in place until another is chosen.
            self.combo.addItem(retired_label(retired), retired.id)
        index = self.combo.findData(value) if isinstance(value, str) else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.retired_problem.show_problem(retired_advice(self.question, value))

    def focus_answer(self, start: int = -1, length: int = 0) -> None:
        self.combo.setFocus()


class MultipleChoiceWidget(AnswerWidget):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for option in question.options:
            self._add_box(option.id, option.label)
        self.retired_problem = _ProblemLabel(self)
        layout.addWidget(self.retired_problem)

    def _add_box(self, option_id: str, label: str) -> None:
        box = QCheckBox(label, self)
        box.toggled.connect(self._toggled)
        self.boxes[option_id] = box
        layout = self.layout()
        layout.insertWidget(len(self.boxes) - 1, box)

    def _toggled(self, _checked: bool) -> None:
        self.retired_problem.show_problem(retired_advice(self.question, self.value()))
        self.edited.emit()

    def value(self) -> Value | None:
        chosen = [option_id for option_id, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def set_value(self, value: Value | None) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for option_id in chosen:
            retired = self.question.retired_option(option_id) if isinstance(option_id, str) else None
            if retired is not None and retired.id not in self.boxes:
                self._add_box(retired.id, retired_label(retired))
        self.retired_problem.show_problem(retired_advice(self.question, value))
        for option_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(option_id in chosen)
            box.blockSignals(False)

    def focus_answer(self, start: int = -1, length: int = 0) -> None:
        next(iter(self.boxes.values())).setFocus()


class _LineAnswer(AnswerWidget):
    """A one-line answer with its problem shown underneath once the user leaves the field."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setAccessibleName(question.prompt)
        self.problem = _ProblemLabel(self)
        layout.addWidget(self.line)
        layout.addWidget(self.problem)
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self._validate)

    def _problem(self) -> str | None:
        raise NotImplementedError

    def _edited(self) -> None:
        # Flag a problem only once the user pauses on a complete value; while typing, only clear it.
        if self.problem.isVisible():
            self._validate()
        self.edited.emit()

    def _validate(self) -> None:
        self.problem.show_problem(self._problem())

    def focus_answer(self, start: int = -1, length: int = 0) -> None:
        self.line.setFocus()
        if start >= 0:
            self.line.setSelection(start, length)


class ShortTextWidget(_LineAnswer):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        if question.max_chars:
            self.line.setMaxLength(question.max_chars)
        placeholders = {"email": "nom@domaine.fr", "finess": "750000000"}
        self.line.setPlaceholderText(placeholders.get(question.format or "", ""))
        self._check: Callable[[str], str | None] | None = FORMAT_CHECKS.get(question.format or "")

    def _problem(self) -> str | None:
        text = self.line.text().strip()
        return self._check(text) if (self._check and text) else None

    def value(self) -> Value | None:
        return self.line.text().strip() or None

    def set_value(self, value: Value | None) -> None:
        self.line.setText(value if isinstance(value, str) else "")
        self._validate()


class IntegerWidget(_LineAnswer):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.line.setValidator(QIntValidator(question.min if question.min is not None else 0,
                                             question.max if question.max is not None else 2_000_000_000, self))
        self.line.setMaximumWidth(160)

    def _problem(self) -> str | None:
        value = self.value()
        q = self.question
        if value is not None and ((q.min is not None and value < q.min) or (q.max is not None and value > q.max)):
            return self.tr("Expected a number from %1 to %2").replace("%1", str(q.min)).replace("%2", str(q.max))
        return None

    def value(self) -> Value | None:
        try:
            return int(self.line.text().strip())
        except ValueError:
            return None

    def set_value(self, value: Value | None) -> None:
        self.line.setText(str(value) if isinstance(value, int) else "")
        self._validate()


class LongTextWidget(AnswerWidget):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Imported with the first long answer: the default first page (identification) has none.
        from dpi_consult.gui.markdown_editor import MarkdownEditor

        self.editor: MarkdownEditor = MarkdownEditor(self, max_chars=question.max_chars)
        self.editor.editor.setAccessibleName(question.prompt)
        layout.addWidget(self.editor)
        self.editor.text_edited.connect(self.edited.emit)

    def value(self) -> Value | None:
        text = self.editor.text()
        return text if text.strip() else None

    def set_value(self, value: Value | None) -> None:
        self.editor.set_text(value if isinstance(value, str) else "")

    def set_read_only(self) -> None:
        self.editor.set_read_only(True)

    def focus_answer(self, start: int = -1, length: int = 0) -> None:
        self.editor.set_preview(False)
        text_edit = self.editor.editor
        text_edit.setFocus()
        if start >= 0:
            cursor = text_edit.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            text_edit.setTextCursor(cursor)
            text_edit.ensureCursorVisible()


WIDGETS: dict[QuestionKind, type[AnswerWidget]] = {
    QuestionKind.SINGLE_CHOICE: SingleChoiceWidget,
    QuestionKind.MULTIPLE_CHOICE: MultipleChoiceWidget,
    QuestionKind.SHORT_TEXT: ShortTextWidget,
    QuestionKind.INTEGER: IntegerWidget,
    QuestionKind.LONG_TEXT: LongTextWidget,
}


# Beyond this many options, radio buttons make a page long for little gain: a drop-down list instead.
MAX_RADIO_OPTIONS = 10


def make_answer_widget(question: Question, parent: QWidget | None = None) -> AnswerWidget:
    if question.kind is QuestionKind.SINGLE_CHOICE and len(question.options) > MAX_RADIO_OPTIONS:
        return ComboChoiceWidget(question, parent)
    return WIDGETS[question.kind](question, parent)


def retired_label(option: RetiredOption) -> str:
    """« Éditeur de logiciel ou hébergeur (choix retiré) »."""
    return QCoreApplication.translate("AnswerWidget", "%1 (no longer offered)").replace("%1", option.label)


def retired_advice(question: Question, value: Value | None) -> str | None:
    """What to do about a retired choice the answer holds, or None."""
    held = value if isinstance(value, list) else [value]
    for option_id in held:
        retired = question.retired_option(option_id) if isinstance(option_id, str) else None
        if retired is not None:
            advice = retired_choice_advice(question, retired)
            return advice[:1].upper() + advice[1:]  # a sentence of its own under the choice
    return None


def _add_left_aligned(layout: QVBoxLayout, widget: QWidget) -> None:
    """The widget at its natural width on the left."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    layout.addLayout(row)
