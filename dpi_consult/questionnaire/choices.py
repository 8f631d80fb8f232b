"""Reading ticked options: "☒ Oui", "x Non", a Word check box, matched to the question's options."""

from __future__ import annotations

from dataclasses import dataclass

from dpi_consult.form.model import Option, Question
from dpi_consult.questionnaire.docx_reader import Checkbox, WordParagraph
from dpi_consult.questionnaire.text_match import close_match, normalise

EMPTY_BOXES = frozenset("☐□▢❏❑")
TICK_MARKS = frozenset("☒☑✓✔✗✘■▣")
LETTER_TICKS = frozenset("xX")
_BRACKETED = {"[x]": True, "[X]": True, "(x)": True, "(X)": True, "[ ]": False, "[]": False, "( )": False,
              "()": False}


@dataclass(frozen=True, slots=True)
class OptionLine:
    """One line of a choice box: whether it is ticked, the option it names, what else was typed."""

    ticked: bool
    option: Option | None
    extra: str
    text: str


def split_tick(text: str) -> tuple[bool, str]:
    """(ticked, rest): the tick marks and empty boxes at the start of a line, then the label."""
    ticked = False
    i = 0
    while i < len(text):
        char = text[i]
        bracket = next((b for b in _BRACKETED if text.startswith(b, i)), None)
        if bracket is not None:
            ticked = ticked or _BRACKETED[bracket]
            i += len(bracket)
        elif char.isspace() or char in EMPTY_BOXES:
            i += 1
        elif char in TICK_MARKS:
            ticked = True
            i += 1
        elif char in LETTER_TICKS and (i + 1 == len(text) or text[i + 1].isspace()
                                       or text[i + 1] in EMPTY_BOXES or text[i + 1] in TICK_MARKS):
            # A lone x, not the first letter of a word.
            ticked = True
            i += 1
        else:
            break
    return ticked, text[i:].strip()


def read_option_line(question: Question, paragraph: WordParagraph) -> OptionLine:
    boxes = [piece.checked for piece in paragraph.pieces if isinstance(piece, Checkbox)]
    text = paragraph.text.strip()
    ticked, rest = split_tick(text)
    ticked = ticked or any(boxes)
    option, extra = match_option(question, rest)
    if option is None and rest[:1] in LETTER_TICKS:
        # "xOui": the x typed straight against the label.
        option, extra = match_option(question, rest[1:])
        ticked = ticked or option is not None
    return OptionLine(ticked, option, extra, text)


def match_option(question: Question, text: str) -> tuple[Option | None, str]:
    """The option a line names, and any text typed after its label (a comment to report)."""
    wanted = normalise(text)
    if not wanted:
        return None, ""
    # A questionnaire of an older form version may tick a choice since retired: the answer keeps it.
    offered = (*question.options, *(Option(retired.id, retired.label) for retired in question.retired_options))
    labels = [(normalise(option.label), option) for option in offered]
    for label, option in labels:
        if label == wanted:
            return option, ""
    # A comment typed after the label: the longest label that starts the line, at a word boundary.
    prefixed = [(label, option) for label, option in labels
                if wanted.startswith(label) and not wanted[len(label):len(label) + 1].isalnum()]
    if prefixed:
        label, option = max(prefixed, key=lambda pair: len(pair[0]))
        return option, _after_label(text, label)
    return close_match(wanted, labels), ""


def _after_label(text: str, label: str) -> str:
    """The part of ``text`` beyond its first len(label) normalised characters, roughly."""
    words = len(label.split())
    parts = text.split()
    return " ".join(parts[words:]).lstrip(" :;,.-–—").strip()
