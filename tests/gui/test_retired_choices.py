"""An answer that holds a choice a newer form version retired: shown in place, kept, replaced only by the user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dpi_consult.form.model import Option, Question, QuestionKind, RetiredOption
from dpi_consult.gui.answer_widgets import ComboChoiceWidget, MultipleChoiceWidget, SingleChoiceWidget

RETIRED = RetiredOption("editeur-hebergeur", "Éditeur ou hébergeur", "1.1", ("editeur", "hebergeur"))
OPTIONS = (Option("editeur", "Éditeur"), Option("hebergeur", "Hébergeur"), Option("autre", "Autre"))


def question(kind: QuestionKind) -> Question:
    return Question("identification.type", "identification", kind, "Type", options=OPTIONS,
                    retired_options=(RETIRED,))


@pytest.mark.parametrize("widget_class", [SingleChoiceWidget, ComboChoiceWidget])
def test_a_retired_single_choice_stays_the_answer_until_another_is_chosen(qtbot, widget_class):
    widget = widget_class(question(QuestionKind.SINGLE_CHOICE))
    qtbot.addWidget(widget)
    widget.show()
    widget.set_value("editeur-hebergeur")
    assert widget.value() == "editeur-hebergeur"
    assert widget.retired_problem.isVisible()
    assert "choisissez « Éditeur » ou « Hébergeur »" in widget.retired_problem.text.text()
    with qtbot.waitSignal(widget.edited):
        if isinstance(widget, SingleChoiceWidget):
            assert widget.buttons["editeur-hebergeur"].text() == "Éditeur ou hébergeur (no longer offered)"
            qtbot.mouseClick(widget.buttons["hebergeur"], Qt.MouseButton.LeftButton)
        else:
            widget.combo.setCurrentIndex(widget.combo.findData("hebergeur"))
            widget.combo.activated.emit(widget.combo.currentIndex())
    assert widget.value() == "hebergeur"
    assert not widget.retired_problem.isVisible()


def test_a_single_choice_without_a_retired_answer_shows_no_extra_choice(qtbot):
    widget = SingleChoiceWidget(question(QuestionKind.SINGLE_CHOICE))
    qtbot.addWidget(widget)
    widget.set_value("autre")
    assert list(widget.buttons) == ["editeur", "hebergeur", "autre"]
    assert widget.retired_problem.isHidden()


def test_a_retired_choice_among_several_is_kept_with_the_others(qtbot):
    widget = MultipleChoiceWidget(question(QuestionKind.MULTIPLE_CHOICE))
    qtbot.addWidget(widget)
    widget.show()
    widget.set_value(["autre", "editeur-hebergeur"])
    assert sorted(widget.value()) == ["autre", "editeur-hebergeur"]
    assert widget.retired_problem.isVisible()
    widget.boxes["editeur-hebergeur"].setChecked(False)
    assert widget.value() == ["autre"]
    assert not widget.retired_problem.isVisible()
