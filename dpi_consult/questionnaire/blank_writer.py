"""The blank questionnaire: a Word file members fill in without the app, marked so it can be read back."""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips
from docx.text.paragraph import Paragraph as DocxParagraph

from dpi_consult.atomic import write_atomic
from dpi_consult.export import docx_template
from dpi_consult.export.docx_blocks import BodyWriter, Context
from dpi_consult.export.docx_body import Assembler
from dpi_consult.export.docx_template import StyleIds
from dpi_consult.form.model import Form, Question, QuestionKind, Section
from dpi_consult.french_formats import french_number
from dpi_consult.markdown import parse
from dpi_consult.questionnaire.markers import STAMP_PREFIX, MarkerMap, label_text, stamp_text

UNCHECKED = "☐"
PROMPT_STYLE = "Question"
HELP_STYLE = "Aide à la question"
LABEL_STYLE = "Repère de réponse"
OPTION_STYLE = "Option de réponse"
# The form's own texts (description, instructions, sheet summaries) and their lists: read, not filled in.
TEXT_STYLE = "Texte du questionnaire"
TEXT_LIST_STYLE = "Liste du questionnaire"
BOX_BORDER = "8EAADB"
BOX_FILL = "F2F6FC"
# Enough to show where a long answer goes (about three lines: the member fills the file in Word, where the box
# grows as they type, and once filled it breaks across pages like any text).
LONG_BOX_HEIGHT = Cm(1.4)
# Room between a box's border and its text (twips): the first line does not touch the frame.
BOX_PADDING = {"top": 57, "left": 115, "bottom": 57, "right": 115}
# A label on two lines goes on under its first word (twips: the width of "☐ ").
OPTION_INDENT = 250
# A list of options this many rows long or shorter never breaks across pages: cut, its columns would no longer
# read down (a longer one is too long to read as one anyway, and might not even hold on a page).
KEEP_WHOLE_ROWS = 12
# The options of a choice question side by side, as many columns as their labels allow, up to this many.
MAX_OPTION_COLUMNS = 6

INSTRUCTIONS = """\
1. Répondez aux questions qui vous concernent : aucune n’est obligatoire, sauf celles de l’identification.
2. **Questions à réponse libre** : écrivez dans le **cadre bleuté** placé sous la question. Vous pouvez \
y mettre du gras, de l’italique, des listes à puces ou numérotées et des liens.
3. **Questions à choix** : cochez une case en remplaçant ☐ par ☒ (ou ☑, ✓ ou simplement x), ou par une \
case à cocher de Word. « Cochez une seule case » : ne cochez qu’une case.
4. N’écrivez **rien en dehors des cadres** : un texte placé ailleurs ne peut pas être rattaché à une question.
5. Ne supprimez pas et ne modifiez pas les intitulés des questions ni les petits repères gris \
(« Votre réponse », « Cochez… ») : ils servent à relire vos réponses automatiquement.
6. Enregistrez le fichier au format Word (.docx) ; avec LibreOffice, choisissez « Enregistrer sous », \
type « Word 2007-365 (.docx) ». Renvoyez-le ensuite à la personne qui vous l’a adressé."""

END_TEXT = "Fin du questionnaire. Merci de votre contribution."
# A "## heading" in a sheet's summary: below the sheet's Heading 1, above the questions (Heading 3 based).
SUMMARY_HEADING_BASE = 2


# Logical styles the blank uses, as the contribution export names them.
_STYLE_KEYS = ("title", "subtitle", "heading1", "heading3", "normal", "list", "quote", "hyperlink")


def _open_template(template: str | Path | None) -> tuple[Any, dict[str, str], StyleIds, Assembler]:
    """The contribution template (bundled, or the federation's own) emptied, its style names, and the
    contribution's own writer for the Markdown texts: the blank looks and reads as the export does."""
    document = docx_template.open_template(template)
    styles, lists = docx_template.prepare(document, update_fields=False)
    by_id = {style.style_id: style.name for style in document.styles}
    names = {key: by_id[styles.ids[key]] for key in _STYLE_KEYS if styles.ids.get(key) in by_id}
    if document.sections[0].footer.is_linked_to_previous:
        _page_footer(document)
    return document, names, styles, Assembler(document, lists)


def build_blank(form: Form, template: str | Path | None = None) -> Any:
    """The python-docx document of the blank questionnaire for a form."""
    document, names, styles, assembler = _open_template(template)
    _ensure_styles(document, names)
    writer = _BlankWriter(document, form, names, styles, assembler)
    writer.write()
    _properties(document, form)
    return document


def blank_bytes(form: Form, template: str | Path | None = None) -> bytes:
    buffer = io.BytesIO()
    build_blank(form, template).save(buffer)
    return buffer.getvalue()


def write_blank(form: Form, path: str | Path, template: str | Path | None = None) -> None:
    """Write the blank questionnaire atomically."""
    write_atomic(path, blank_bytes(form, template))


class _BlankWriter:
    """Lays out the questionnaire: title and instructions, then each section and its questions."""

    def __init__(self, document: Any, form: Form, names: dict[str, str], styles: StyleIds,
                 assembler: Assembler) -> None:
        self.document = document
        self.form = form
        self.names = names
        self.styles = styles
        self.assembler = assembler
        self.markers = MarkerMap(form)
        self._bookmark_id = 100
        self.text_style = document.styles[TEXT_STYLE].style_id
        self.text_styles = dataclasses.replace(styles, ids={**styles.ids,
                                                            "list": document.styles[TEXT_LIST_STYLE].style_id})

    def markdown(self, text: str) -> None:
        """A text of the form (description, instructions, a sheet's summary) through the contribution's writer,
        its paragraphs and lists in the blank's text styles."""
        writer = BodyWriter(self.text_styles)
        writer.blocks(parse(text).blocks, Context(SUMMARY_HEADING_BASE))
        body = self.document.element.body
        start = len(body) - 1  # before the section properties, which stay last
        self.assembler.insert(writer.chunk())
        for element in list(body)[start:len(body) - 1]:
            if element.tag == qn("w:p") and element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}") is None:
                style = OxmlElement("w:pStyle")
                style.set(qn("w:val"), self.text_style)
                element.get_or_add_pPr().insert(0, style)

    def write(self) -> None:
        document, form = self.document, self.form
        title = document.add_paragraph(form.title, style=self.names.get("title"))
        # The form stamp also travels in the body, for copies that lose the document properties.
        _hidden(title.add_run(f" [{stamp_text(form)}]"))
        document.add_paragraph("Questionnaire à remplir", style=self.names.get("subtitle"))
        self.markdown(form.description)
        document.add_paragraph("Mode d’emploi", style=self.names.get("heading1"))
        self.markdown(french_spacing(INSTRUCTIONS))
        for section in form.sections:
            self.section(section)
        document.add_paragraph(END_TEXT).paragraph_format.space_before = Pt(18)

    def section(self, section: Section) -> None:
        heading = self.document.add_paragraph(section.display_title, style=self.names.get("heading1"))
        # No page of its own: a sheet follows the previous one, its heading kept with what follows it (the
        # summary's opening lines, or the first question down to its box), so it never ends a page alone.
        heading.paragraph_format.keep_with_next = True
        if section.summary.strip():
            self.markdown(section.summary)
        for question in section.questions:
            self.question(question)

    def question(self, question: Question) -> None:
        document = self.document
        document.add_paragraph(question.prompt, style=PROMPT_STYLE)
        for text in (question.help, self._condition(question)):
            if text:
                document.add_paragraph(text, style=HELP_STYLE)
        label = document.add_paragraph(french_spacing(_label(question)), style=LABEL_STYLE)
        _hidden(label.add_run(f" {label_text(question.id)}"))
        name = self.markers.by_question[question.id]
        if question.kind.is_choice:
            self._options(question, name)
            return
        table = self._box(rows=1, cols=1)
        if question.kind is QuestionKind.LONG_TEXT:
            # A height of at least LONG_BOX_HEIGHT, not exactly: the box grows with the answer, and may then
            # break across pages (no cantSplit).
            table.rows[0].height = LONG_BOX_HEIGHT
        cell = table.rows[0].cells[0]
        self._bookmark(cell.paragraphs[0], cell.paragraphs[0], name)

    def _options(self, question: Question, name: str) -> None:
        """One cell per option, side by side when the labels are short ("☐ Oui  ☐ Plutôt oui  ☐ Non …"): each
        option stays a paragraph of its own, which the import reads whatever the cell it stands in."""
        options = question.options
        rows, cols = _option_grid([option.label for option in options], self.styles.text_width, self._font_size())
        table = self._box(rows=rows, cols=cols)
        for r, row in enumerate(table.rows):
            # No row splits (a label on two lines stays whole). A list moves as one block; only a very long one
            # may break across pages, and then never leaves a single row of options behind or ahead of the break.
            row._tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))
            kept = r < rows - 1 if rows <= KEEP_WHOLE_ROWS else r in (0, rows - 2)
            for cell in row.cells:
                # Empty cells too (a shorter last column), so that they are no taller than the options.
                cell.paragraphs[0].style = OPTION_STYLE
                if kept:
                    cell.paragraphs[0].paragraph_format.keep_with_next = True
        for index, option in enumerate(options):
            paragraph = table.rows[index % rows].cells[index // rows].paragraphs[0]
            paragraph.add_run(f"{UNCHECKED} ")
            paragraph.add_run(option.label)
        first = table.rows[0].cells[0].paragraphs[0]
        # Around the first label only: ticking replaces the box character, which must not take the bookmark
        # with it, and a bookmark never crosses cells (LibreOffice would not keep it).
        self._bookmark(first, first, name, skip_first_run=True)

    def _font_size(self) -> float:
        """The option text's size in points, from the style chain (11 pt when nothing says)."""
        style = self.document.styles[OPTION_STYLE]
        while style is not None:
            if style.font.size is not None:
                return style.font.size.pt
            style = style.base_style
        defaults = self.document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/"
                                                     f"{qn('w:sz')}")
        try:
            return int(defaults.get(qn("w:val"))) / 2 if defaults is not None else 11.0
        except (TypeError, ValueError):
            return 11.0

    def _condition(self, question: Question) -> str:
        condition = question.visible_if
        if condition is None:
            return ""
        other = self.form.question(condition.question)
        if other is None:
            return ""
        labels = " ou ".join(f"« {other.option_label(v)} »" for v in condition.values)
        return french_spacing(f"À remplir seulement si vous avez coché {labels} à la question « {other.prompt} ».")

    def _box(self, rows: int, cols: int) -> Any:
        """An answer box: a bordered, tinted table across the text width, without inner borders."""
        table = self.document.add_table(rows=rows, cols=cols)
        tbl_pr = table._tbl.tblPr
        width = tbl_pr.find(qn("w:tblW"))
        if width is not None:
            # The whole text width, whatever the template's margins.
            width.set(qn("w:type"), "pct")
            width.set(qn("w:w"), "5000")
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right"):
            border = OxmlElement(f"w:{side}")
            border.set(qn("w:val"), "single")
            border.set(qn("w:sz"), "8")
            border.set(qn("w:space"), "0")
            border.set(qn("w:color"), BOX_BORDER)
            borders.append(border)
        # Word refuses tblPr children out of schema order.
        tbl_pr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                                     "w:tblCaption", "w:tblDescription")
        # Columns as drawn, whatever is typed or pasted in them (Word's autofit would widen them).
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        tbl_pr.insert_element_before(layout, "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
        margins = OxmlElement("w:tblCellMar")
        for side, twips in BOX_PADDING.items():
            margin = OxmlElement(f"w:{side}")
            margin.set(qn("w:w"), str(twips))
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
        tbl_pr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")
        for r, row in enumerate(table.rows):
            for cell in row.cells:
                tc_pr = cell._tc.get_or_add_tcPr()
                shading = OxmlElement("w:shd")
                shading.set(qn("w:val"), "clear")
                shading.set(qn("w:color"), "auto")
                shading.set(qn("w:fill"), BOX_FILL)
                tc_pr.append(shading)
                if rows > 1:
                    # The padding goes around the whole box, not around each row of options.
                    padding = OxmlElement("w:tcMar")
                    for side, edge in (("top", r == 0), ("bottom", r == rows - 1)):
                        margin = OxmlElement(f"w:{side}")
                        margin.set(qn("w:w"), str(BOX_PADDING[side] if edge else 0))
                        margin.set(qn("w:type"), "dxa")
                        padding.append(margin)
                    tc_pr.append(padding)
        return table

    def _bookmark(self, first: DocxParagraph, last: DocxParagraph, name: str, skip_first_run: bool = False) -> None:
        self._bookmark_id += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._bookmark_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._bookmark_id))
        runs = first._p.r_lst
        if skip_first_run and runs:
            runs[0].addnext(start)
        else:
            first._p.append(start)
        last._p.append(end)


def _label(question: Question) -> str:
    kind = question.kind
    if kind is QuestionKind.SINGLE_CHOICE:
        return "Cochez une seule case"
    if kind is QuestionKind.MULTIPLE_CHOICE:
        return "Cochez une ou plusieurs cases"
    if kind is QuestionKind.INTEGER:
        bounds = ""
        if question.min is not None and question.max is not None:
            bounds = f", de {_number(question.min)} à {_number(question.max)}"
        return f"Votre réponse : un nombre entier{bounds}"
    limit = f" ({_number(question.max_chars)} caractères au plus)" if question.max_chars else ""
    return f"Votre réponse, dans le cadre ci-dessous{limit}"


def _option_grid(labels: list[str], text_width: int, font_size: float) -> tuple[int, int]:
    """(rows, columns) for the options of a choice question: the layout that takes the fewest lines, each label
    that wraps counting a quarter of a line more (so that a layout without wrapping wins a tie), then the fewest
    columns. Side by side, no label takes more than three lines and no word is cut."""
    count = len(labels)
    best: tuple[float, int, int] | None = None
    for wanted in range(1, min(MAX_OPTION_COLUMNS, count) + 1):
        rows = -(-count // wanted)
        cols = -(-count // rows)
        # A little short of the cell's width: the widths below are close estimates (Arial's own), not exact.
        room = (text_width / cols - BOX_PADDING["left"] - BOX_PADDING["right"]) * 0.98
        lines = [_lines(f"{UNCHECKED} {label}", room, font_size) for label in labels]
        if cols > 1 and any(n is None or n > 3 for n in lines):
            continue
        # Column after column, as a list reads: option i is on row i % rows.
        height = sum(max(n or 1 for n in lines[row::rows]) for row in range(rows))
        cost = height + 0.25 * sum(1 for n in lines if n and n > 1)
        if best is None or (cost, cols) < best[:2]:
            best = (cost, cols, rows)
    assert best is not None
    return best[2], best[1]


def _lines(text: str, room: float, font_size: float) -> int | None:
    """Lines that ``text`` takes in ``room`` twips, the lines after the first indented by OPTION_INDENT, roughly
    (None when a single word does not fit)."""
    scale = font_size * 20 / 1000
    space = _ADVANCE[" "] * scale
    lines, width, line_room = 1, 0.0, room
    for word in text.split(" "):
        size = sum(_advance(char) for char in word) * scale
        if size > room - OPTION_INDENT:
            return None
        if width and width + space + size > line_room:
            lines, width, line_room = lines + 1, size, room - OPTION_INDENT
        else:
            width += (space if width else 0) + size
    return lines


# Advance widths of Arial (and of the metric-compatible Liberation Sans), in thousandths of the font size; a
# letter with an accent is as wide as the letter, any other character is taken as a wide one.
_ADVANCE = {
    " ": 278, "\u00a0": 278, "\u202f": 200, "'": 191, "’": 222, "(": 333, ")": 333, ",": 278, "-": 333, ".": 278,
    "/": 278, ":": 278, ";": 278, "«": 556, "»": 556, "€": 556, "%": 889, "&": 667, UNCHECKED: 900,
    **dict.fromkeys("0123456789", 556),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
                                              722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611),
               strict=True)),
    **dict(zip("abcdefghijklmnopqrstuvwxyz", (556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
                                              556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500),
               strict=True)),
    "œ": 944, "Œ": 1000, "æ": 889, "ß": 611,
}


def _advance(char: str) -> int:
    width = _ADVANCE.get(char)
    if width is None:
        base = unicodedata.normalize("NFD", char)[:1]
        width = _ADVANCE.get(base, 667)
    return width


def french_spacing(text: str) -> str:
    """No-break spaces inside guillemets and before the high punctuation, as French typesetting wants."""
    text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for mark in ":;?!":
        text = text.replace(f" {mark}", f"\u00a0{mark}")
    return text


def _number(value: int) -> str:
    # One kind of non-breaking space for thousands in every document: the contribution's (french_number).
    return french_number(value)


def _hidden(run: Any) -> None:
    run.font.hidden = True


def _ensure_styles(document: Any, logical: dict[str, str]) -> None:
    """The blank's own styles, created only when the template does not define them.

    Compact, for a questionnaire that runs to some 200 questions: single line spacing and little room between
    a question's pieces; the space goes to the answer boxes and between questions.
    """
    styles = document.styles
    names = {s.name for s in styles}
    normal = styles[logical.get("normal", "Normal")]
    if PROMPT_STYLE not in names:
        style = styles.add_style(PROMPT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        # Based on a heading, so that every question shows in Word's navigation pane.
        style.base_style = styles[logical["heading3"]] if "heading3" in logical else normal
        style.next_paragraph_style = normal
        style.font.bold = True
        style.font.size = Pt(10.5)
        _compact(style, before=8, after=2)
        style.paragraph_format.keep_with_next = True
    if HELP_STYLE not in names:
        style = styles.add_style(HELP_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(8.5)
        style.font.italic = True
        style.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        _compact(style, before=0, after=1)
        style.paragraph_format.keep_with_next = True
    if LABEL_STYLE not in names:
        style = styles.add_style(LABEL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(8)
        style.font.color.rgb = RGBColor(0x7F, 0x7F, 0x7F)
        _compact(style, before=1, after=1)
        style.paragraph_format.keep_with_next = True
    if TEXT_STYLE not in names:
        style = styles.add_style(TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(10)
        _compact(style, before=0, after=4)
    if TEXT_LIST_STYLE not in names:
        style = styles.add_style(TEXT_LIST_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[logical["list"]] if "list" in logical else normal
        style.font.size = Pt(10)
        _compact(style, before=0, after=4)
    if OPTION_STYLE not in names:
        style = styles.add_style(OPTION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        _compact(style, before=1, after=1)
        # A label on two lines goes on under its first word, not under the box.
        style.paragraph_format.left_indent = Twips(OPTION_INDENT)
        style.paragraph_format.first_line_indent = Twips(-OPTION_INDENT)


def _compact(style: Any, before: float, after: float) -> None:
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)
    style.paragraph_format.line_spacing = 1.0


def _page_footer(document: Any) -> None:
    """"page X / Y", centred, with Word fields that both Word and LibreOffice update."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = 1
    paragraph.add_run("page ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" / ")
    _field(paragraph, "NUMPAGES")


def _field(paragraph: DocxParagraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _properties(document: Any, form: Form) -> None:
    props = document.core_properties
    stamp = stamp_text(form)
    props.title = f"{form.short_title} — questionnaire à remplir"
    props.subject = form.title
    props.author = "dpi-consult"
    props.last_modified_by = "dpi-consult"
    props.keywords = stamp
    props.category = STAMP_PREFIX
    props.identifier = stamp
    props.comments = (f"Questionnaire du formulaire {form.id} version {form.version}, à remplir puis à "
                      f"réimporter avec « dpi-consult import-docx ». {stamp}")
    props.language = "fr-FR"
    props.revision = 1
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now
