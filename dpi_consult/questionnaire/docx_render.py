"""Markdown block model to python-docx paragraphs, for the small texts of the blank questionnaire."""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.text.paragraph import Paragraph as DocxParagraph

from dpi_consult.markdown import (
    Block,
    CodeBlock,
    Heading,
    Inline,
    LineBreak,
    ListBlock,
    Paragraph,
    Quote,
    Table,
    Text,
    ThematicBreak,
)


class BlockRenderer:
    """Writes blocks into a python-docx container (the document body or a table cell).

    Styles are given by name, so a template's look wins; a style the document lacks leaves the
    paragraph in the default style (lists keep their real numbering, links their underline).
    """

    def __init__(self, document: Any, list_style: str | None = "List Paragraph", quote_style: str | None = "Quote",
                 hyperlink_style: str | None = "Hyperlink") -> None:
        self.document = document
        self._names = {s.name for s in document.styles if s.type in (WD_STYLE_TYPE.PARAGRAPH,
                                                                      WD_STYLE_TYPE.CHARACTER)}
        self.list_style = list_style if list_style in self._names else None
        self.quote_style = quote_style if quote_style in self._names else None
        self.hyperlink_style = hyperlink_style if hyperlink_style in self._names else None
        self.numbering = ListNumbering(document)

    def has_style(self, name: str) -> bool:
        return name in self._names

    def blocks(self, container: Any, blocks: list[Block], style: str | None = None) -> None:
        for block in blocks:
            self.block(container, block, style)

    def block(self, container: Any, block: Block, style: str | None = None) -> None:
        if isinstance(block, Paragraph):
            self.inlines(self._add(container, style), block.inlines)
        elif isinstance(block, Heading):
            paragraph = self._add(container, style)
            self.inlines(paragraph, block.inlines, bold=True)
        elif isinstance(block, ListBlock):
            self._list(container, block, 0)
        elif isinstance(block, Quote):
            for inner in block.blocks:
                self.block(container, inner, self.quote_style or style)
        elif isinstance(block, CodeBlock):
            for line in block.text.split("\n"):
                self.inlines(self._add(container, style), [Text(line, code=True)])
        elif isinstance(block, Table):
            self._table(container, block)
        elif isinstance(block, ThematicBreak):
            self._add(container, style).add_run("———")

    def inlines(self, paragraph: DocxParagraph, inlines: list[Inline], bold: bool = False) -> None:
        for inline in inlines:
            if isinstance(inline, LineBreak):
                paragraph.add_run().add_break()
            elif inline.link:
                self._hyperlink(paragraph, inline, bold)
            else:
                self._run(paragraph, inline, bold)

    def _table(self, container: Any, table: Table) -> None:
        grid = container.add_table(rows=1 + len(table.rows), cols=len(table.header))
        if "Table Grid" in {s.name for s in self.document.styles}:
            grid.style = self.document.styles["Table Grid"]
        for row_index, row in enumerate([table.header, *table.rows]):
            for column, cell in enumerate(row):
                paragraph = grid.cell(row_index, column).paragraphs[0]
                self.inlines(paragraph, cell.inlines, bold=row_index == 0)

    def _add(self, container: Any, style: str | None) -> DocxParagraph:
        return container.add_paragraph(style=style if style and self.has_style(style) else None)

    def _run(self, paragraph: DocxParagraph, text: Text, bold: bool) -> Any:
        run = paragraph.add_run(text.text)
        if text.bold or bold:
            run.bold = True
        if text.italic:
            run.italic = True
        if text.code:
            # The only font named in code: Word has no built-in character style for inline code.
            run.font.name = "Consolas"
        return run

    def _hyperlink(self, paragraph: DocxParagraph, text: Text, bold: bool) -> None:
        assert text.link is not None
        link = OxmlElement("w:hyperlink")
        if text.link.startswith("#"):
            link.set(qn("w:anchor"), text.link[1:])
        else:
            link.set(qn("r:id"), paragraph.part.relate_to(text.link, RT.HYPERLINK, is_external=True))
        run = self._run(paragraph, Text(text.text, text.bold, text.italic, text.code), bold)
        if self.hyperlink_style:
            run.style = self.document.styles[self.hyperlink_style]
        else:
            run.font.underline = True
        # python-docx appended the run to the paragraph; move it inside the hyperlink.
        link.append(run._r)
        paragraph._p.append(link)

    def _list(self, container: Any, block: ListBlock, depth: int) -> None:
        num_id = self.numbering.ordered(block.start) if block.ordered else self.numbering.bullet()
        level = min(depth, _LEVELS - 1)
        style = self.list_style
        for item in block.items:
            first = True
            for inner in item.blocks:
                if isinstance(inner, ListBlock):
                    self._list(container, inner, depth + 1)
                    continue
                paragraph = container.add_paragraph(style=style)
                if first:
                    _set_num(paragraph, num_id, level)
                else:
                    # A second paragraph of the item: aligned with the item's text, no bullet.
                    paragraph.paragraph_format.left_indent = Twips(_indent(level))
                self._inner_inlines(paragraph, inner)
                first = False

    def _inner_inlines(self, paragraph: DocxParagraph, block: Block) -> None:
        if isinstance(block, Paragraph | Heading):
            self.inlines(paragraph, block.inlines)
        elif isinstance(block, CodeBlock):
            self.inlines(paragraph, [Text(block.text, code=True)])


_LEVELS = 9
_BULLETS = ("•", "◦", "▪")
_ORDERED_FORMATS = (("decimal", "%{n}."), ("lowerLetter", "%{n}."), ("lowerRoman", "%{n}."))


def _indent(level: int) -> int:
    return 720 + 360 * level


class ListNumbering:
    """The blank's own list definitions, added to the numbering part whatever the template holds.

    Real Word numbering (not typed bullets), nine levels deep; each ordered list gets its own
    instance so that it counts from its own start.
    """

    def __init__(self, document: Any) -> None:
        self._numbering = document.part.numbering_part.element
        self._bullet_num: int | None = None
        self._ordered_abstract: int | None = None

    def bullet(self) -> int:
        if self._bullet_num is None:
            abstract = self._abstract(ordered=False)
            self._bullet_num = self._numbering.add_num(abstract).numId
        return self._bullet_num

    def ordered(self, start: int) -> int:
        if self._ordered_abstract is None:
            self._ordered_abstract = self._abstract(ordered=True)
        num = self._numbering.add_num(self._ordered_abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return num.numId

    def _abstract(self, ordered: bool) -> int:
        existing = [int(a.get(qn("w:abstractNumId"))) for a in self._numbering.findall(qn("w:abstractNum"))]
        abstract_id = max(existing, default=-1) + 1
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), str(abstract_id))
        multi = OxmlElement("w:multiLevelType")
        multi.set(qn("w:val"), "hybridMultilevel")
        abstract.append(multi)
        for level in range(_LEVELS):
            fmt, text = _ORDERED_FORMATS[level % 3] if ordered else ("bullet", _BULLETS[level % 3])
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(level))
            for tag, value in (("w:start", "1"), ("w:numFmt", fmt),
                               ("w:lvlText", text.replace("{n}", str(level + 1))), ("w:lvlJc", "left")):
                child = OxmlElement(tag)
                child.set(qn("w:val"), value)
                lvl.append(child)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(_indent(level)))
            ind.set(qn("w:hanging"), "360")
            ppr.append(ind)
            lvl.append(ppr)
            abstract.append(lvl)
        # Schema order: every abstractNum before the first num.
        first_num = self._numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self._numbering.append(abstract)
        return abstract_id


def _set_num(paragraph: DocxParagraph, num_id: int, level: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id
