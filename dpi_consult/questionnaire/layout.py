"""The fixed text of a form's blank questionnaire, to tell what a member typed from what was printed."""

from __future__ import annotations

from dataclasses import dataclass, field
from threading import Lock

from docx.oxml.ns import qn

from dpi_consult.form.model import Form, Question
from dpi_consult.questionnaire.blank_writer import build_blank
from dpi_consult.questionnaire.docx_reader import DocxReader
from dpi_consult.questionnaire.markers import LABEL_PATTERN, STAMP_PATTERN, MarkerMap
from dpi_consult.questionnaire.text_match import close_match, normalise


@dataclass(slots=True)
class BlankLayout:
    markers: MarkerMap
    # Normalised section title → section id; normalised prompt → its questions, in form order.
    sections: dict[str, str] = field(default_factory=dict)
    prompts: dict[str, list[Question]] = field(default_factory=dict)
    index: dict[str, int] = field(default_factory=dict)
    static: set[str] = field(default_factory=set)

    @property
    def prompt_items(self) -> list[tuple[str, str]]:
        return [(key, key) for key in self.prompts]

    def is_static(self, text: str) -> bool:
        """Printed by the blank (instructions, summaries, help, labels), even slightly retouched."""
        return text in self.static or close_match(text, ((s, s) for s in self.static)) is not None


_CACHE: dict[tuple[str, str, str], BlankLayout] = {}
_LOCK = Lock()


def blank_layout(form: Form) -> BlankLayout:
    """The layout of the form's blank, computed once per form and process."""
    key = (form.id, form.version, form.source_sha256)
    with _LOCK:
        layout = _CACHE.get(key)
        if layout is None:
            layout = _CACHE[key] = _compute(form)
        return layout


def _compute(form: Form) -> BlankLayout:
    layout = BlankLayout(MarkerMap(form))
    for section in form.sections:
        layout.sections[normalise(section.display_title)] = section.id
    for index, question in enumerate(form.questions):
        layout.prompts.setdefault(normalise(question.prompt), []).append(question)
        layout.index[question.id] = index
    # The static text is read from a freshly generated blank with the same reader as the filled
    # copies, so that both sides see each paragraph the same way.
    document = build_blank(form)
    reader = DocxReader(document)
    for p in document.element.body.iterchildren(qn("w:p")):
        text = normalise(STAMP_PATTERN.sub("", LABEL_PATTERN.sub("", reader.paragraph(p).text)))
        if text and text not in layout.prompts and text not in layout.sections:
            layout.static.add(text)
    return layout
