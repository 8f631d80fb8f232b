"""Markdown block model -> WordprocessingML elements, built directly on lxml with cached style ids.

The writer records each list it opens and each link target it meets under a local index, written as
"@L<n>" (numId) and "@H<n>" (relationship id) placeholders: a chunk of the body can then be built in a
worker process, and the main process gives those lists their numbering instances and those links their
relationships when it joins the chunks (see docx_body).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from dpi_consult.export.body_ops import ANSWER_LOOK, Look
from dpi_consult.export.docx_template import StyleIds
from dpi_consult.export.docx_xml import NSMAP, R_ID, VAL, XML_SPACE, w, xml_safe
from dpi_consult.markdown.model import (
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

SubElement = etree.SubElement
W_P, W_PPR, W_PSTYLE, W_R, W_RPR, W_RSTYLE = w("p"), w("pPr"), w("pStyle"), w("r"), w("rPr"), w("rStyle")
W_T, W_BR, W_TAB, W_B, W_I = w("t"), w("br"), w("tab"), w("b"), w("i")
W_NUMPR, W_ILVL, W_NUMID, W_IND, W_JC = w("numPr"), w("ilvl"), w("numId"), w("ind"), w("jc")
W_KEEPNEXT, W_PAGEBREAK, W_HYPERLINK, W_HISTORY = w("keepNext"), w("pageBreakBefore"), w("hyperlink"), w("history")
W_BM_START, W_BM_END, W_ID, W_NAME, W_LEFT = w("bookmarkStart"), w("bookmarkEnd"), w("id"), w("name"), w("left")
W_TR, W_TRPR, W_TC = w("tr"), w("trPr"), w("tc")
W_CANTSPLIT, W_TBLHEADER = w("cantSplit"), w("tblHeader")
MAX_LEVEL = 8  # Word lists have nine levels, 0 to 8
# Widths of characters in twips, roughly, in a sans-serif font of 10 points (Arial's, rounded), and what a table
# cell's margins take: to share a table's width between its columns.
_NARROW, _AVERAGE, _CAPITAL, _WIDE = 60, 112, 136, 170
_NARROW_CHARACTERS = frozenset(" .,;:!'’()[]/|-ijlftrI")
_WIDE_CHARACTERS = frozenset("mwMW—")
CELL_MARGINS = 260
_TAB_OR_NEWLINE = re.compile(r"([\t\n])")
# A scheme ("https:", "mailto:"): relative links and bare anchors point nowhere from a Word file.
_HAS_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
PLACEHOLDER = re.compile(r'="@([LH])(\d+)"')


@dataclass(slots=True)
class Context:
    """Where blocks are being written: list depth, quote depth, the heading level of "# ...", and the styles."""

    heading_base: int = 3
    level: int = -1  # list level of the enclosing item, -1 outside lists
    quotes: int = 0
    look: Look = ANSWER_LOOK


@dataclass(slots=True)
class Chunk:
    """Serialized body XML (UTF-8) with local placeholders, and what they stand for."""

    xml: bytes
    lists: list[tuple[bool, int, int]] = field(default_factory=list)  # (ordered, level, start)
    links: list[str] = field(default_factory=list)
    answers: int = 0


class BodyWriter:
    def __init__(self, styles: StyleIds) -> None:
        self.styles = styles
        self.root = etree.Element(w("body"), nsmap=NSMAP)
        self.lists: list[tuple[bool, int, int]] = []
        self.links: list[str] = []
        self._link_ids: dict[str, str] = {}
        ids = styles.ids
        # Attribute dicts built once: lxml copies them, so they are shared safely.
        self._pstyle = {key: {VAL: value} for key, value in ids.items()}
        self._ppr: dict[tuple, etree._Element] = {}
        self._rpr: dict[tuple, etree._Element] = {}

    # -- results ---------------------------------------------------------------------------------------
    def chunk(self, answers: int = 0) -> Chunk:
        # UTF-8 bytes, as the zip stores them: no decoding and re-encoding on the way.
        data = etree.tostring(self.root, encoding="UTF-8", xml_declaration=False)
        start = data.find(b">") + 1
        body = b"" if data.endswith(b"/>") and start == len(data) else data[start: data.rfind(b"</")]
        return Chunk(body, self.lists, self.links, answers)

    # -- paragraphs ------------------------------------------------------------------------------------
    def paragraph(self, style: str | None, inlines: list[Inline] = (), parent: etree._Element | None = None,
                  *, level: int = -1, list_index: int = -1, indent: int = 0, page_break: bool = False,
                  align: str | None = None) -> etree._Element:
        """A paragraph of logical style ``style`` (None: Normal), numbered when list_index >= 0."""
        p = SubElement(self.root if parent is None else parent, W_P)
        if style is not None or list_index >= 0 or indent or page_break or align:
            key = (style, level if list_index >= 0 else -1, indent, page_break, align)
            template = self._ppr.get(key)
            if template is None:
                template = self._ppr[key] = self._paragraph_properties(*key)
            # Copying a prepared pPr (lxml's copy is deep) costs a quarter of building it element by element.
            ppr = template.__copy__()
            p.append(ppr)
            if list_index >= 0:
                ppr.find(W_NUMPR)[1].set(VAL, f"@L{list_index}")
        if inlines:
            self.inlines(p, inlines)
        return p

    def _paragraph_properties(self, style: str | None, level: int, indent: int, page_break: bool,
                              align: str | None) -> etree._Element:
        ppr = etree.Element(W_PPR)
        if style is not None:
            SubElement(ppr, W_PSTYLE, self._pstyle[style])
        if page_break:
            SubElement(ppr, W_PAGEBREAK)
        if level >= 0:
            numpr = SubElement(ppr, W_NUMPR)
            SubElement(numpr, W_ILVL, {VAL: str(level)})
            SubElement(numpr, W_NUMID, {VAL: ""})
        if indent:
            SubElement(ppr, W_IND, {W_LEFT: str(indent)})
        if align:
            SubElement(ppr, W_JC, {VAL: align})
        return ppr

    def text_paragraph(self, style: str | None, text: str, parent: etree._Element | None = None,
                       char_style: str | None = None, page_break: bool = False) -> etree._Element:
        """Plain text (no Markdown); a newline becomes a line break."""
        p = self.paragraph(style, parent=parent, page_break=page_break)
        r = SubElement(p, W_R)
        if char_style is not None:
            SubElement(SubElement(r, W_RPR), W_RSTYLE, self._pstyle[char_style])
        self.text(r, text.replace("\r\n", "\n").replace("\r", "\n"))
        return p

    def heading(self, level: int, text: str, bookmark: tuple[int, str] | None = None,
                page_break: bool = False) -> etree._Element:
        p = self.paragraph(f"heading{level}", page_break=page_break)
        if bookmark is not None:
            SubElement(p, W_BM_START, {W_ID: str(bookmark[0]), W_NAME: bookmark[1]})
        self.text(SubElement(p, W_R), text)
        if bookmark is not None:
            SubElement(p, W_BM_END, {W_ID: str(bookmark[0])})
        return p

    def section_break(self, sect_pr: bytes) -> None:
        """An empty paragraph closing a section: Word keeps a section's properties in its last paragraph."""
        p = self.paragraph(None)
        ppr = p.find(w("pPr"))
        if ppr is None:
            ppr = SubElement(p, w("pPr"))
            p.insert(0, ppr)
        ppr.append(etree.fromstring(sect_pr))

    def labels(self, labels: list[str], ctx: Context | None = None) -> None:
        """Chosen options as a bulleted list."""
        ctx = ctx or Context()
        index = self._new_list(False, ctx.level + 1, 1)
        for label in labels:
            p = self.paragraph("list", level=min(ctx.level + 1, MAX_LEVEL), list_index=index)
            self.text(SubElement(p, W_R), label)

    # -- runs ------------------------------------------------------------------------------------------
    def text(self, run: etree._Element, text: str) -> None:
        """Text into a run: tabs and newlines as w:tab and w:br, blanks at the edges preserved."""
        if "\t" in text or "\n" in text:
            for piece in _TAB_OR_NEWLINE.split(text):
                if piece == "\t":
                    SubElement(run, W_TAB)
                elif piece == "\n":
                    SubElement(run, W_BR)
                elif piece:
                    self._t(run, piece)
        elif text:
            self._t(run, text)

    @staticmethod
    def _t(run: etree._Element, text: str) -> None:
        t = SubElement(run, W_T)
        try:
            t.text = text
        except ValueError:  # a control character, e.g. from "&#1;": invisible, dropped
            t.text = xml_safe(text)
        if text[0] == " " or text[-1] == " " or "  " in text:
            t.set(XML_SPACE, "preserve")

    def inlines(self, p: etree._Element, inlines: list[Inline]) -> None:
        link_parent = None
        link = None
        for span in inlines:
            if span.__class__ is LineBreak:
                SubElement(SubElement(p, W_R), W_BR)
                link = None
                continue
            target = p
            style = None
            if span.link is not None and _HAS_SCHEME.match(span.link):
                if span.link != link:
                    link = span.link
                    link_parent = SubElement(p, W_HYPERLINK, {R_ID: self._link_id(link), W_HISTORY: "1"})
                target = link_parent
                style = "hyperlink"
            else:
                link = None
                if span.code:
                    style = "code"
            r = SubElement(target, W_R)
            if style is not None or span.bold or span.italic:
                key = (style, span.bold, span.italic)
                rpr = self._rpr.get(key)
                if rpr is None:
                    rpr = self._rpr[key] = self._run_properties(*key)
                r.append(rpr.__copy__())
            text = span.text
            if "\t" in text or "\n" in text:
                self.text(r, text)
            elif text:
                t = SubElement(r, W_T)
                try:
                    t.text = text
                except ValueError:
                    t.text = xml_safe(text)
                if text[0] == " " or text[-1] == " " or "  " in text:
                    t.set(XML_SPACE, "preserve")

    def _run_properties(self, style: str | None, bold: bool, italic: bool) -> etree._Element:
        rpr = etree.Element(W_RPR)
        if style is not None:
            SubElement(rpr, W_RSTYLE, self._pstyle[style])
        if bold:
            SubElement(rpr, W_B)
        if italic:
            SubElement(rpr, W_I)
        return rpr

    def _link_id(self, url: str) -> str:
        found = self._link_ids.get(url)
        if found is None:
            found = self._link_ids[url] = f"@H{len(self.links)}"
            self.links.append(url)
        return found

    def _new_list(self, ordered: bool, level: int, start: int) -> int:
        self.lists.append((ordered, min(level, MAX_LEVEL), start))
        return len(self.lists) - 1

    # -- blocks ----------------------------------------------------------------------------------------
    def blocks(self, blocks: list[Block], ctx: Context, parent: etree._Element | None = None) -> None:
        for block in blocks:
            self.block(block, ctx, parent)

    def block(self, block: Block, ctx: Context, parent: etree._Element | None = None) -> None:
        kind = block.__class__
        if kind is Paragraph:
            if ctx.level < 0 and not ctx.quotes and ctx.look.text is None:  # the common case, kept short
                self.inlines(SubElement(self.root if parent is None else parent, W_P), block.inlines)
            else:
                self.paragraph(self._body_style(ctx), block.inlines, parent, indent=self._indent(ctx))
        elif kind is ListBlock:
            self.list(block, ctx, parent)
        elif kind is Quote:
            inner = Context(ctx.heading_base, ctx.level, ctx.quotes + 1, ctx.look)
            self.blocks(block.blocks, inner, parent)
        elif kind is Heading:
            style = ctx.look.heading or f"heading{min(ctx.heading_base + block.level - 1, 6)}"
            self.paragraph(style, block.inlines, parent, indent=self._indent(ctx))
        elif kind is CodeBlock:
            p = self.paragraph("code_block", parent=parent, indent=self._indent(ctx))
            self.text(SubElement(p, W_R), block.text)
        elif kind is Table:
            self.table(block, parent, ctx.look)
        elif kind is ThematicBreak:
            self.paragraph("separator", parent=parent)

    def _body_style(self, ctx: Context) -> str | None:
        return ctx.look.quote if ctx.quotes else ctx.look.text

    def _indent(self, ctx: Context) -> int:
        """Left indent of a paragraph that continues a list item, or of a quote inside a quote."""
        if ctx.level >= 0:
            return self.styles.list_indents[min(ctx.level, MAX_LEVEL)]
        if ctx.quotes > 1:
            return self.styles.quote_indent * ctx.quotes
        return 0

    def list(self, lst: ListBlock, ctx: Context, parent: etree._Element | None = None) -> None:
        level = min(ctx.level + 1, MAX_LEVEL)
        index = self._new_list(lst.ordered, level, lst.start)
        inner = Context(ctx.heading_base, level, ctx.quotes, ctx.look)
        # Inside a quote the items keep the quote's look; the numbering sets their indent.
        style = ctx.look.quote if ctx.quotes else ctx.look.list
        for item in lst.items:
            blocks = item.blocks
            if blocks and blocks[0].__class__ is Paragraph:
                self.paragraph(style, blocks[0].inlines, parent, level=level, list_index=index)
                blocks = blocks[1:]
            else:
                self.paragraph(style, parent=parent, level=level, list_index=index)
            if blocks:
                self.blocks(blocks, inner, parent)

    def table(self, table: Table, parent: etree._Element | None = None, look: Look = ANSWER_LOOK) -> None:
        rows = [[[Paragraph(cell.inlines)] for cell in row] for row in [table.header, *table.rows]]
        self.grid(rows, header=True, align=table.align, parent=parent, look=look)

    def grid(self, rows: list[list[list[Block]]], header: bool, align: list | None = None,
             parent: etree._Element | None = None, look: Look = ANSWER_LOOK) -> etree._Element:
        """A table in the template's table style, each cell holding blocks; a header row repeats on
        each page, a table without one has its first column as labels."""
        columns = max((len(row) for row in rows), default=1) or 1
        width = str(self.styles.text_width // columns)
        tbl = self._table([self.styles.text_width // columns] * columns, header, parent)
        aligns = list(align or [])
        ctx = Context(look=look)
        for number, row in enumerate(rows):
            tr = SubElement(tbl, w("tr"))
            if header and number == 0:
                SubElement(SubElement(tr, w("trPr")), w("tblHeader"))
            for column in range(columns):
                tc = SubElement(tr, w("tc"))
                SubElement(SubElement(tc, w("tcPr")), w("tcW"), {w("w"): width, w("type"): "dxa"})
                blocks = row[column] if column < len(row) else []
                jc = aligns[column] if column < len(aligns) else None
                for block in blocks:
                    if block.__class__ is Paragraph:
                        self.paragraph(look.text, block.inlines, tc, align=jc)
                    else:
                        self.block(block, ctx, tc)
                if not blocks or tc[-1].tag != W_P:
                    self.paragraph(look.text, parent=tc)  # a cell must end with a paragraph
        return tbl

    def _table(self, widths: list[int], header: bool, parent: etree._Element | None = None,
               tight: bool = False) -> etree._Element:
        """An empty table in the template's table style, its columns `widths` twips wide; `tight`: the widths
        kept whatever the cells hold (no automatic fitting), and a point of margin above and below a cell's text
        (the cells' paragraph style may add to it)."""
        tbl = SubElement(self.root if parent is None else parent, w("tbl"))
        tblpr = SubElement(tbl, w("tblPr"))
        SubElement(tblpr, w("tblStyle"), self._pstyle["table"])
        SubElement(tblpr, w("tblW"), {w("w"): "5000", w("type"): "pct"})
        if tight:
            SubElement(tblpr, w("tblLayout"), {w("type"): "fixed"})
            margins = SubElement(tblpr, w("tblCellMar"))
            for side in ("top", "bottom"):
                SubElement(margins, w(side), {w("w"): "20", w("type"): "dxa"})
        # w:val is the same flags in hex for Word 2007: 0x20 first row, 0x80 first column, 0x600 no banding.
        look = {"firstRow": "1", "firstColumn": "0", "val": "0620"} if header else \
            {"firstRow": "0", "firstColumn": "1", "val": "0680"}
        SubElement(tblpr, w("tblLook"), {w("val"): look["val"], w("firstRow"): look["firstRow"],
                                         w("lastRow"): "0", w("firstColumn"): look["firstColumn"],
                                         w("lastColumn"): "0", w("noHBand"): "1", w("noVBand"): "1"})
        grid = SubElement(tbl, w("tblGrid"))
        for width in widths:
            SubElement(grid, w("gridCol"), {w("w"): str(width)})
        return tbl

    def text_table(self, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...],
                   cell_style: str | None = None) -> etree._Element:
        """Plain text in a table: the header row repeats on each page, no row splits across pages, the columns
        share the width as their texts need; a newline in a cell is a line break."""
        widths = column_widths([header, *rows], self.styles.text_width)
        tbl = self._table(widths, True, tight=True)
        # One row prepared, then copied per row (a deep copy in C), its runs filled in. The cells have no width
        # of their own (w:tcW, a third of the time and of the XML of a long table): a table of fixed layout
        # takes its columns' widths from its grid.
        template = etree.Element(W_TR)
        SubElement(SubElement(template, W_TRPR), W_CANTSPLIT)
        for _ in widths:
            SubElement(self.paragraph(cell_style, parent=SubElement(template, W_TC)), W_R)
        for number, row in enumerate((header, *rows)):
            tr = template.__copy__()
            if number == 0:
                tr[0].append(etree.Element(W_TBLHEADER))
            tbl.append(tr)
            for tc, cell in zip(tr.iterchildren(W_TC), row, strict=False):
                if cell:
                    self.text(tc[-1][-1], cell.replace("\r\n", "\n").replace("\r", "\n"))
        return tbl


def column_widths(rows: list[tuple[str, ...]], total: int) -> list[int]:
    """Twips per column summing to `total`, the first row being the header. A column's need is its longer lines
    (the ninth decile, so that one long name does not take the width from the others), its header and its longest
    word in full; columns needing less than an even share of what is left get what they need, the others share
    the rest in proportion to their needs."""
    columns = max(len(row) for row in rows)
    needs = []
    for column in range(columns):
        cells = [row[column] if column < len(row) else "" for row in rows[1:]]
        distinct = set(cells)  # a column of a thousand rows holds a few types, regions or answers
        line = {cell: max(map(text_twips, cell.split("\n"))) for cell in distinct}
        lines = sorted(line[cell] for cell in cells) or [0]
        word = max((text_twips(part) for cell in distinct for part in cell.split()), default=0)
        header = text_twips(rows[0][column]) if column < len(rows[0]) else 0
        needs.append(max(lines[-(-(len(lines) - 1) * 9 // 10)], header, min(word, total // 5)) + CELL_MARGINS)
    left = float(total)
    shares = [0.0] * columns
    order = sorted(range(columns), key=needs.__getitem__)
    for rank, column in enumerate(order):
        if needs[column] > left / (columns - rank):
            rest = order[rank:]
            wanted = sum(needs[other] for other in rest)
            for other in rest:
                shares[other] = left * needs[other] / wanted
            break
        shares[column] = needs[column]
        left -= needs[column]
    widths = [int(total * share / sum(shares)) for share in shares]
    widths[-1] += total - sum(widths)
    return widths


def text_twips(text: str) -> int:
    """The width of a line of text, roughly, in a sans-serif font of 10 points: enough to share a table's width
    between its columns."""
    return sum(_NARROW if char in _NARROW_CHARACTERS else _WIDE if char in _WIDE_CHARACTERS
               else _CAPITAL if char.isupper() else _AVERAGE for char in text)


def plain_inlines(text: str) -> list[Inline]:
    """Plain text as inline spans, a newline as a line break."""
    out: list[Inline] = []
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n")):
        if number:
            out.append(LineBreak())
        if line:
            out.append(Text(line))
    return out
