"""Édition's Annuler, Rétablir, Couper, Copier and Coller, acting on the text field that has the keyboard focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

TextField = QLineEdit | QTextEdit | QPlainTextEdit


def focused_field() -> TextField | None:
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) else None


def _has_selection(field: TextField) -> bool:
    return field.hasSelectedText() if isinstance(field, QLineEdit) else field.textCursor().hasSelection()


def _can_undo(field: TextField) -> bool:
    return field.isUndoAvailable() if isinstance(field, QLineEdit) else field.document().isUndoAvailable()


def _can_redo(field: TextField) -> bool:
    return field.isRedoAvailable() if isinstance(field, QLineEdit) else field.document().isRedoAvailable()


class EditActions(QObject):
    """The menu entries; their shortcuts are the fields' own, which Qt gives the focused field first."""

    def __init__(self, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self.undo = self._add(window, menu, self.tr("&Undo"), QKeySequence.StandardKey.Undo, "undo")
        self.redo = self._add(window, menu, self.tr("&Redo"), QKeySequence.StandardKey.Redo, "redo")
        menu.addSeparator()
        self.cut = self._add(window, menu, self.tr("Cu&t"), QKeySequence.StandardKey.Cut, "cut")
        self.copy = self._add(window, menu, self.tr("&Copy"), QKeySequence.StandardKey.Copy, "copy")
        self.paste = self._add(window, menu, self.tr("&Paste"), QKeySequence.StandardKey.Paste, "paste")
        menu.addSeparator()
        # Enabled as the field stands when the menu opens; the keys work regardless, through the field.
        menu.aboutToShow.connect(self.update)

    @staticmethod
    def _add(window: QWidget, menu: QMenu, text: str, key: QKeySequence.StandardKey, slot: str) -> QAction:
        action = QAction(text, window)
        action.setShortcuts(key)
        action.triggered.connect(lambda: _apply(slot))
        menu.addAction(action)
        return action

    def update(self) -> None:
        field = focused_field()
        editable = field is not None and not field.isReadOnly()
        checks: dict[QAction, Callable[[TextField], bool]] = {
            self.undo: lambda f: editable and _can_undo(f),
            self.redo: lambda f: editable and _can_redo(f),
            self.cut: lambda f: editable and _has_selection(f),
            self.copy: _has_selection,
            self.paste: lambda f: editable and _clipboard_has_content(),
        }
        for action, check in checks.items():
            action.setEnabled(field is not None and check(field))


def _clipboard_has_content() -> bool:
    data = QGuiApplication.clipboard().mimeData()
    return data is not None and bool(data.formats())


def _apply(slot: str) -> None:
    field = focused_field()
    if field is not None:
        getattr(field, slot)()
