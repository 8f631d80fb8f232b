"""The numbers in gui/qt_values.py are those of Qt's enums, and a misspelt property is an error."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dpi_consult.gui import qt_values


@pytest.mark.parametrize(("name", "enum_value"), [
    ("PLAIN_TEXT", Qt.TextFormat.PlainText),
    ("RICH_TEXT", Qt.TextFormat.RichText),
    ("ALIGN_RIGHT", Qt.AlignmentFlag.AlignRight),
    ("ALIGN_TOP", Qt.AlignmentFlag.AlignTop),
    ("TEXT_SELECTABLE_BY_MOUSE", Qt.TextInteractionFlag.TextSelectableByMouse),
    ("ELIDE_NONE", Qt.TextElideMode.ElideNone),
    ("SCROLL_BAR_ALWAYS_OFF", Qt.ScrollBarPolicy.ScrollBarAlwaysOff),
    ("TOOL_BUTTON_TEXT_BESIDE_ICON", Qt.ToolButtonStyle.ToolButtonTextBesideIcon),
    ("DOWN_ARROW", Qt.ArrowType.DownArrow),
    ("RIGHT_ARROW", Qt.ArrowType.RightArrow),
])
def test_each_number_is_the_qt_enum_value(name: str, enum_value):
    assert getattr(qt_values, name) == enum_value.value


def test_a_property_set_by_number_reads_back_as_the_enum(qapp):
    label = QLabel("<b>texte</b>")
    qt_values.set_property(label, "textFormat", qt_values.PLAIN_TEXT)
    qt_values.set_property(label, "alignment", qt_values.ALIGN_RIGHT | qt_values.ALIGN_TOP)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop


def test_a_misspelt_property_raises(qapp):
    with pytest.raises(AttributeError, match="textFormatt"):
        qt_values.set_property(QLabel(), "textFormatt", qt_values.PLAIN_TEXT)
