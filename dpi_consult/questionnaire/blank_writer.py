"""The blank questionnaire: a Word file members fill in without the app, marked so it can be read back."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from dpi_consult.atomic import write_atomic
from dpi_consult.export import docx_template
from dpi_consult.export.docx_blocks import BodyWriter, Context
from dpi_consult.export.docx_body import Assembler
from dpi_consult.export.docx_template import StyleIds
from dpi_consult.form.model import Form, Question, QuestionKind, Section
from dpi_consult.markdown import parse
from dpi_consult.questionnaire.markers import STAMP_PREFIX, MarkerMap, label_text, stamp_text

UNCHECKED = "☐"
PROMPT_STYLE = "Question"
HELP_STYLE = "Aide à la question"
LABEL_STYLE = "Repère de réponse"
BOX_BORDER = "8EAADB"
BOX_FILL = "F2F6FC"
# Enough room to show where a long answer goes; the box grows as the member types.
LONG_BOX_HEIGHT = Cm(3)

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

    def markdown(self, text: str) -> None:
        """A text of the form (description, instructions, a sheet's summary) through the contribution's writer."""
        writer = BodyWriter(self.styles)
        writer.blocks(parse(text).blocks, Context(SUMMARY_HEADING_BASE))
        self.assembler.insert(writer.chunk())

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
        heading.paragraph_format.page_break_before = True
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
        cell = self._box(question)
        name = self.markers.by_question[question.id]
        if question.kind.is_choice:
            first = cell.paragraphs[0]
            for index, option in enumerate(question.options):
                paragraph = first if index == 0 else cell.add_paragraph()
                paragraph.add_run(f"{UNCHECKED} ")
                paragraph.add_run(option.label)
            # Around the labels only: ticking replaces the box character, which must not take
            # the bookmark with it.
            self._bookmark(first, cell.paragraphs[-1], name, skip_first_run=True)
        else:
            self._bookmark(cell.paragraphs[0], cell.paragraphs[0], name)

    def _condition(self, question: Question) -> str:
        condition = question.visible_if
        if condition is None:
            return ""
        other = self.form.question(condition.question)
        if other is None:
            return ""
        labels = " ou ".join(f"« {other.option_label(v)} »" for v in condition.values)
        return french_spacing(f"À remplir seulement si vous avez coché {labels} à la question « {other.prompt} ».")

    def _box(self, question: Question) -> Any:
        table = self.document.add_table(rows=1, cols=1)
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
        # Room between the border and the text, so the first option does not touch the frame.
        margins = OxmlElement("w:tblCellMar")
        for side, twips in (("top", "85"), ("left", "115"), ("bottom", "85"), ("right", "115")):
            margin = OxmlElement(f"w:{side}")
            margin.set(qn("w:w"), twips)
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
        tbl_pr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")
        cell = table.rows[0].cells[0]
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), BOX_FILL)
        cell._tc.get_or_add_tcPr().append(shading)
        if question.kind is QuestionKind.LONG_TEXT:
            table.rows[0].height = LONG_BOX_HEIGHT
        else:
            # A list of options cut by a page break reads as two questions; long answers may split.
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            tr_pr.insert(0, OxmlElement("w:cantSplit"))
        return cell

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


def french_spacing(text: str) -> str:
    """No-break spaces inside guillemets and before the high punctuation, as French typesetting wants."""
    text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for mark in ":;?!":
        text = text.replace(f" {mark}", f"\u00a0{mark}")
    return text


def _number(value: int) -> str:
    # French thousands separator: a narrow no-break space.
    return f"{value:,}".replace(",", "\u202f")


def _hidden(run: Any) -> None:
    run.font.hidden = True


def _ensure_styles(document: Any, logical: dict[str, str]) -> None:
    """The blank's own styles, created only when the template does not define them."""
    styles = document.styles
    names = {s.name for s in styles}
    normal = styles[logical.get("normal", "Normal")]
    if PROMPT_STYLE not in names:
        style = styles.add_style(PROMPT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        # Based on a heading, so that every question shows in Word's navigation pane.
        style.base_style = styles[logical["heading3"]] if "heading3" in logical else normal
        style.next_paragraph_style = normal
        style.font.bold = True
        style.paragraph_format.space_before = Pt(14)
        style.paragraph_format.keep_with_next = True
    if HELP_STYLE not in names:
        style = styles.add_style(HELP_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(9)
        style.font.italic = True
        style.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        style.paragraph_format.space_after = Pt(3)
        style.paragraph_format.keep_with_next = True
    if LABEL_STYLE not in names:
        style = styles.add_style(LABEL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(8)
        style.font.color.rgb = RGBColor(0x7F, 0x7F, 0x7F)
        style.paragraph_format.space_before = Pt(2)
        style.paragraph_format.space_after = Pt(2)
        style.paragraph_format.keep_with_next = True


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
