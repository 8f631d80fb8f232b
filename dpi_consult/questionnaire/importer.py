"""A filled questionnaire back into a draft: answers found by their markers, else by their prompts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from dpi_consult.checks import check_value
from dpi_consult.draft.model import Draft
from dpi_consult.draft.values import Value, is_empty
from dpi_consult.errors import InputError
from dpi_consult.form.model import Form, Question, QuestionKind
from dpi_consult.french_formats import counted
from dpi_consult.markdown import Document, to_markdown
from dpi_consult.questionnaire.blank_writer import HELP_STYLE, LABEL_STYLE, PROMPT_STYLE
from dpi_consult.questionnaire.choices import read_option_line
from dpi_consult.questionnaire.docx_open import choose_form, find_document_stamp, open_docx
from dpi_consult.questionnaire.docx_reader import DocxReader, WordParagraph
from dpi_consult.questionnaire.layout import BlankLayout, blank_layout
from dpi_consult.questionnaire.markers import LABEL_PATTERN, STAMP_PATTERN
from dpi_consult.questionnaire.report import ImportReport, Rejected, Unplaced
from dpi_consult.questionnaire.text_match import close_match, normalise

_INTEGER = re.compile(r"[+-]?\d+")
_IGNORED_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
# Authors that a generated blank carries, not a person's name.
_TOOL_AUTHORS = {"", "dpi-consult", "python-docx"}


# Paragraph styles in which the blank prints the form's own text.
PRINTED_STYLES = {PROMPT_STYLE, HELP_STYLE, LABEL_STYLE}


@dataclass(slots=True)
class ImportResult:
    draft: Draft
    report: ImportReport
    form: Form
    # Whoever last saved the filled document, per its properties (Word and LibreOffice set it).
    saved_by: str = ""
    # When it was last saved, per the same properties (ISO 8601, UTC), or "" when unknown.
    saved_at: str = ""


def import_questionnaire(path: str | Path, form_arg: str | None = None) -> ImportResult:
    """Read a filled questionnaire; InputError when the file is unreadable or not a questionnaire."""
    document = open_docx(path)
    stamp = find_document_stamp(document)
    form, notes = choose_form(stamp, form_arg, path)
    other_version = stamp is not None and stamp.form_id == form.id and stamp.version != form.version
    values, report = read_answers(document, form, other_version=other_version)
    report.notes[:0] = notes
    if stamp is None and not report.recognised:
        raise InputError("ce document Word n’est pas un questionnaire dpi-consult (aucune question reconnue)",
                         path)
    draft = Draft.new(form)
    for question_id, value in values.items():
        draft.set_value(form, question_id, value)
    saved_by = (document.core_properties.last_modified_by or "").strip()
    modified = document.core_properties.modified
    saved_at = modified.strftime("%Y-%m-%dT%H:%M:%SZ") if modified is not None else ""
    return ImportResult(draft, report, form, "" if saved_by.lower() in _TOOL_AUTHORS else saved_by, saved_at)


def read_answers(document: Any, form: Form, *, other_version: bool = False) -> tuple[dict[str, Value], ImportReport]:
    """The answers of an open document, by question id, with the report of the reading.

    `other_version`: the blank was printed from another version of the form, whose summaries and help read
    differently from this one's; what stands where the blank printed them is taken as printed.
    """
    reading = _Reading(document, form, other_version)
    reading.run()
    return reading.values, reading.report


@dataclass(slots=True)
class _Item:
    """A top-level piece of the body: a paragraph, or a table taken as one answer place."""

    paragraph: WordParagraph | None = None
    contents: list[Any] = field(default_factory=list)
    bookmarks: list[str] = field(default_factory=list)
    ordinal: int = 0


class _Reading:
    """Walks the body once, keeping track of the question the text belongs to."""

    def __init__(self, document: Any, form: Form, other_version: bool = False) -> None:
        self.form = form
        self.other_version = other_version
        self.printed_styles = {style.style_id for style in document.styles
                               if style.name in PRINTED_STYLES} if other_version else set()
        self.reader = DocxReader(document)
        self.layout: BlankLayout = blank_layout(form)
        self.body = document.element.body
        self.report = ImportReport(form.id, form.version)
        self.values: dict[str, Value] = {}
        self.placed: set[str] = set()
        # Keyed by the element proxies themselves: holding them keeps lxml from making new ones,
        # so later lookups find the same objects (an id() would not survive that).
        self.ordinals: dict[Any, int] = {p: n for n, p in enumerate(self.body.iter(qn("w:p")), 1)}
        self.section: str | None = None
        self.current: Question | None = None
        self.by_marker = False
        self.boxed = False
        self.free: list[_Item] = []
        self.last_placed_index = -1
        self.report_by_prompt: set[str] = set()
        self.recognised: set[str] = set()

    # -- the walk -------------------------------------------------------------------------------
    def run(self) -> None:
        for item in self._items(list(self.body)):
            if item.paragraph is None:
                self.box(item)
            else:
                self.paragraph(item)
        self.close()
        order = [q.id for q in self.form.questions]
        self.report.answered = [qid for qid in order if qid in self.values]
        self.report.unanswered = [qid for qid in order if qid not in self.values]
        self.report.by_prompt = [qid for qid in order if qid in self.report_by_prompt and qid in self.values]
        self.report.recognised = len(self.recognised)

    def _items(self, elements: list[Any]) -> list[_Item]:
        items: list[_Item] = []
        for element in elements:
            if element.tag == qn("w:p"):
                items.append(_Item(self.reader.paragraph(element), ordinal=self.ordinals.get(element, 0)))
            elif element.tag == qn("w:tbl"):
                contents = [c for tc in element.iter(qn("w:tc")) for c in tc
                            if c.tag in (qn("w:p"), qn("w:tbl"), qn("w:sdt")) and _outermost(tc, element)]
                first = next(element.iter(qn("w:p")), None)
                names = [b.get(qn("w:name"), "") for b in element.iter(qn("w:bookmarkStart"))]
                items.append(_Item(None, contents, names, self.ordinals.get(first, 0)))
            elif element.tag == qn("w:sdt"):
                content = element.find(qn("w:sdtContent"))
                if content is not None:
                    items.extend(self._items(list(content)))
        return items

    def paragraph(self, item: _Item) -> None:
        assert item.paragraph is not None
        para = item.paragraph
        marked = self._marked_questions(para)
        text = normalise(STAMP_PATTERN.sub("", LABEL_PATTERN.sub("", para.text)))
        if marked:
            self.start(marked[-1], by_marker=True)
            if text and not self.layout.is_static(text) and not self._printed_by_other_version(para):
                # Typed into the grey label itself: not an answer place, but not to be lost.
                self.free.append(item)
            return
        if not text:
            return
        section = self.layout.sections.get(text)
        if section is not None:
            self.close()
            self.section, self.current = section, None
            return
        # Exact matches first: a summary line can read almost like a prompt of the same sheet.
        question = self._prompt(text, exact=True)
        if question is None:
            if text in self.layout.static:
                return
            question = self._prompt(text, exact=False)
        if question is not None:
            if not (self.current is question and self.by_marker):
                self.start(question.id, by_marker=False)
            return
        if self.layout.is_static(text) or self._printed_by_other_version(para):
            return
        self.free.append(item)

    def _printed_by_other_version(self, para: WordParagraph) -> bool:
        """Text of another version's blank: its instructions and summaries (outside any question) and its
        prompts, help and labels (in the blank's own styles). Members type in the boxes, which are still read."""
        if not self.other_version:
            return False
        if self.current is None:
            return True
        style = para.element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        return style is not None and style.get(qn("w:val")) in self.printed_styles

    def box(self, item: _Item) -> None:
        marked = [qid for qid in map(self.layout.markers.question_for_bookmark, item.bookmarks) if qid]
        if marked:
            self.start(marked[-1], by_marker=True)
        if self.current is None or self.boxed:
            for element in item.contents:
                self._unplaced_element(element, self._position())
            return
        self.boxed = True
        self.take(self.current, item.contents)

    def start(self, question_id: str, by_marker: bool) -> None:
        question = self.form.question(question_id)
        if question is self.current and question is not None:
            # A second marker of the same question (label, then bookmark): one answer place.
            self.by_marker = self.by_marker or by_marker
            return
        self.close()
        self.current, self.by_marker, self.boxed = question, by_marker, False
        if question is not None:
            self.recognised.add(question.id)
            self.section = question.section_id
            self.last_placed_index = max(self.last_placed_index, self.layout.index[question.id])

    def close(self) -> None:
        """End of a question's stretch: decide what the free paragraphs typed in it were."""
        question, free = self.current, self.free
        self.free = []
        if question is not None and not self.boxed and not self.by_marker and free:
            # Text pasted without the answer boxes, under a prompt found by its wording.
            self.take(question, [item.paragraph.element for item in free if item.paragraph is not None])
            self.current = None
            return
        for item in free:
            assert item.paragraph is not None
            self.report.unplaced.append(Unplaced(item.paragraph.text.strip(), self._position(), item.ordinal))
        self.current = None

    # -- finding questions ------------------------------------------------------------------------
    def _marked_questions(self, para: WordParagraph) -> list[str]:
        markers = self.layout.markers
        found = markers.questions_in_label(para.hidden) + markers.questions_in_label(para.text)
        found += [qid for qid in map(markers.question_for_bookmark, para.bookmarks) if qid]
        return found

    def _prompt(self, text: str, exact: bool) -> Question | None:
        candidates = self.layout.prompts.get(text)
        if candidates is None and not exact:
            key = close_match(text, self.layout.prompt_items)
            candidates = self.layout.prompts.get(key or "")
        if not candidates:
            return None
        # The same prompt recurs in every sheet ("Les recommandations … sont-elles claires ?"):
        # the sheet heading above decides, else the first such question after the last one placed.
        in_section = [q for q in candidates if q.section_id == self.section]
        if len(in_section) == 1:
            return in_section[0]
        later = [q for q in candidates if self.layout.index[q.id] > self.last_placed_index and q.id not in self.placed]
        return later[0] if later else None

    # -- answers ----------------------------------------------------------------------------------
    def take(self, question: Question, elements: list[Any]) -> None:
        """Read the answer of ``question`` from the content of its answer place."""
        if question.kind.is_choice:
            value = self._choices(question, elements)
        elif question.kind is QuestionKind.LONG_TEXT:
            value = to_markdown(Document(self.reader.blocks(elements))).strip()
        else:
            value = self._short(question, elements)
        if not self.by_marker:
            self.report_by_prompt.add(question.id)
        pictures = sum(len(e.xpath(".//w:drawing | .//w:pict")) for e in elements)
        if pictures:
            self.report.warnings.append(f"{question.id} : {counted(pictures, 'image ou dessin', 'images ou dessins')} "
                                        "non repris (seul le texte est importé)")
        if is_empty(value):
            return
        assert value is not None
        if question.id in self.placed:
            self.report.unplaced.append(Unplaced(_plain(value), f"seconde réponse à la question « "
                                                 f"{_short_prompt(question)} »", 0))
            return
        self.placed.add(question.id)
        self.values[question.id] = value
        self.report.warnings += [f"{question.id} : {problem}" for problem in check_value(question, value)]

    def _short(self, question: Question, elements: list[Any]) -> Value | None:
        texts = [self.reader.paragraph(p).text.strip() for e in elements for p in _paragraphs(e)]
        text = " ".join(t for t in texts if t)
        if question.kind is not QuestionKind.INTEGER or not text:
            return text
        compact = _IGNORED_SPACES.sub("", text)
        if _INTEGER.fullmatch(compact):
            return int(compact)
        self.report.rejected.append(Rejected(question.id, f"« {text} » n’est pas un nombre entier"))
        return None

    def _choices(self, question: Question, elements: list[Any]) -> Value | None:
        ticked: list[str] = []
        position = f"dans les cases de la question « {_short_prompt(question)} »"
        for element in elements:
            if element.tag == qn("w:tbl"):
                self._unplaced_element(element, position)
                continue
            for p in _paragraphs(element):
                paragraph = self.reader.paragraph(p)
                if not paragraph.text.strip() and not paragraph.pieces:
                    continue
                line = read_option_line(question, paragraph)
                ordinal = self.ordinals.get(p, 0)
                if line.option is None:
                    if line.text:
                        self.report.unplaced.append(Unplaced(line.text, position, ordinal))
                    continue
                if line.extra:
                    self.report.unplaced.append(Unplaced(line.extra, f"à la suite de l’option « {line.option.label} » "
                                                         f"de la question « {_short_prompt(question)} »", ordinal))
                if line.ticked and line.option.id not in ticked:
                    ticked.append(line.option.id)
        ordered = [o.id for o in (*question.options, *question.retired_options) if o.id in ticked]
        if question.kind is QuestionKind.MULTIPLE_CHOICE:
            return ordered
        if len(ordered) > 1:
            labels = ", ".join(question.option_label(o) for o in ordered)
            self.report.rejected.append(Rejected(question.id, f"plusieurs cases cochées ({labels}) pour une "
                                                 "question à choix unique : aucune retenue"))
            return None
        return ordered[0] if ordered else None

    def _unplaced_element(self, element: Any, position: str) -> None:
        for p in element.iter(qn("w:p")):
            text = self.reader.paragraph(p).text.strip()
            if text:
                self.report.unplaced.append(Unplaced(text, position, self.ordinals.get(p, 0)))

    def _position(self) -> str:
        if self.current is not None:
            return f"après la question « {_short_prompt(self.current)} »"
        section = self.form.section(self.section or "")
        if section is not None:
            return f"dans « {section.display_title} », hors des questions"
        return "avant la première partie du questionnaire"


def _outermost(tc: Any, table: Any) -> bool:
    """Whether a cell belongs to ``table`` itself rather than to a table nested in it."""
    parent = tc.getparent()
    while parent is not None and parent.tag != qn("w:tbl"):
        parent = parent.getparent()
    return parent is table


def _paragraphs(element: Any) -> list[Any]:
    if element.tag == qn("w:p"):
        return [element]
    return list(element.iter(qn("w:p")))


def _short_prompt(question: Question) -> str:
    prompt = question.prompt
    return prompt if len(prompt) <= 70 else prompt[:69].rstrip() + "…"


def _plain(value: Value) -> str:
    return ", ".join(value) if isinstance(value, list) else str(value)
