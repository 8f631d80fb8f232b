"""Word paragraphs back to the Markdown block model: runs, emphasis, links, lists, quotes, tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

from dpi_consult.markdown import (
    Block,
    Cell,
    Heading,
    Inline,
    LineBreak,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Table,
    Text,
)
from dpi_consult.questionnaire.word_styles import ListInfo, WordStyles

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+(?:"([^"]*)"|(\S+))?(?:.*?\\l\s+"([^"]*)")?', re.IGNORECASE)
# Symbol fonts put their glyphs in the private use area; these are the ticks Word's
# "Insert > Symbol" offers in Wingdings.
_WINGDINGS = {"F0FE": "☑", "F0FD": "☒", "F078": "☒", "F0FC": "✓", "F0A8": "☐", "F06F": "☐"}
# Containers whose runs are part of the text; deleted or moved-away text is not.
_TRANSPARENT = {qn(t) for t in ("w:ins", "w:moveTo", "w:smartTag", "w:customXml", "w:dir", "w:bdo")}
_SKIPPED = {qn(t) for t in ("w:del", "w:moveFrom")}


@dataclass(slots=True)
class Checkbox:
    """A Word check box (content control or legacy form field) and whether it is ticked."""

    checked: bool


Piece = Inline | Checkbox


@dataclass(slots=True)
class WordParagraph:
    """One Word paragraph as read: visible pieces, the hidden text, the bookmarks it holds."""

    element: Any
    pieces: list[Piece] = field(default_factory=list)
    hidden: str = ""
    bookmarks: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Visible text, line breaks as spaces (what matching and reports look at)."""
        return "".join(p.text if isinstance(p, Text) else " " for p in self.pieces
                       if not isinstance(p, Checkbox))

    @property
    def inlines(self) -> list[Inline]:
        return _tidy([p for p in self.pieces if not isinstance(p, Checkbox)])


class DocxReader:
    """Reads paragraphs and cell contents of one document."""

    def __init__(self, document: Any) -> None:
        self.styles = WordStyles(document)
        self._rels = document.part.rels

    def paragraph(self, p: Any) -> WordParagraph:
        result = WordParagraph(p)
        result.bookmarks = [b.get(qn("w:name"), "") for b in p.iter(qn("w:bookmarkStart"))]
        _InlineWalker(self, result).walk(p)
        return result

    def link_target(self, hyperlink: Any) -> str | None:
        rel_id = hyperlink.get(qn("r:id"))
        if rel_id and rel_id in self._rels:
            rel = self._rels[rel_id]
            return rel.target_ref if rel.is_external else None
        anchor = hyperlink.get(qn("w:anchor"))
        return f"#{anchor}" if anchor else None

    def blocks(self, elements: list[Any]) -> list[Block]:
        """The blocks of a sequence of w:p and w:tbl elements (a table cell's content)."""
        return _Assembler(self).run(elements)


class _InlineWalker:
    def __init__(self, reader: DocxReader, out: WordParagraph) -> None:
        self.reader = reader
        self.out = out
        # Complex fields: a stack of [instruction, in_result, link]; only HYPERLINK changes the text.
        self.fields: list[list[Any]] = []

    def walk(self, parent: Any, link: str | None = None) -> None:
        for child in parent:
            tag = child.tag
            if tag == qn("w:r"):
                self.run(child, link)
            elif tag == qn("w:hyperlink"):
                self.walk(child, self.reader.link_target(child) or link)
            elif tag == qn("w:fldSimple"):
                self.walk(child, _field_link(child.get(qn("w:instr"), "")) or link)
            elif tag == qn("w:sdt"):
                self.content_control(child, link)
            elif tag in _TRANSPARENT:
                self.walk(child, link)

    def content_control(self, sdt: Any, link: str | None) -> None:
        props = sdt.find(qn("w:sdtPr"))
        box = props.find(f"{{{W14}}}checkbox") if props is not None else None
        if box is not None:
            checked = box.find(f"{{{W14}}}checked")
            self.out.pieces.append(Checkbox(checked is not None and checked.get(f"{{{W14}}}val") in ("1", "true")))
            return
        content = sdt.find(qn("w:sdtContent"))
        if content is not None:
            self.walk(content, link)

    def run(self, r: Any, link: str | None) -> None:
        fmt = self.reader.styles.run_format(r)
        for child in r:
            tag = child.tag
            if tag == qn("w:fldChar"):
                self.field_char(child)
                continue
            if tag == qn("w:instrText"):
                if self.fields:
                    self.fields[-1][0] += child.text or ""
                continue
            if self.fields and not self.fields[-1][1]:
                continue  # inside a field instruction
            active_link = next((f[2] for f in reversed(self.fields) if f[2]), None) or link
            text = _run_child_text(child)
            if text is None:
                if tag in (qn("w:br"), qn("w:cr")) and child.get(qn("w:type"), "textWrapping") == "textWrapping":
                    if not fmt.hidden:
                        self.out.pieces.append(LineBreak())
                continue
            if fmt.hidden:
                self.out.hidden += text
            elif text:
                self.out.pieces.append(Text(text, fmt.bold, fmt.italic, fmt.code, active_link))

    def field_char(self, char: Any) -> None:
        kind = char.get(qn("w:fldCharType"))
        if kind == "begin":
            box = char.find(f"{qn('w:ffData')}/{qn('w:checkBox')}")
            if box is not None:
                self.out.pieces.append(Checkbox(_legacy_checked(box)))
            self.fields.append(["", False, None])
        elif kind == "separate" and self.fields:
            self.fields[-1][1] = True
            self.fields[-1][2] = _field_link(self.fields[-1][0])
        elif kind == "end" and self.fields:
            self.fields.pop()


def _run_child_text(child: Any) -> str | None:
    tag = child.tag
    if tag == qn("w:t"):
        return child.text or ""
    if tag == qn("w:tab") or tag == qn("w:ptab"):
        return " "
    if tag == qn("w:noBreakHyphen"):
        return "-"
    if tag == qn("w:softHyphen"):
        return ""
    if tag == qn("w:sym"):
        code = (child.get(qn("w:char")) or "").upper()
        if code in _WINGDINGS:
            return _WINGDINGS[code]
        try:
            value = int(code, 16)
        except ValueError:
            return ""
        return chr(value) if value < 0xE000 or value > 0xF8FF else ""
    return None


def _legacy_checked(box: Any) -> bool:
    checked = box.find(qn("w:checked"))
    if checked is None:
        checked = box.find(qn("w:default"))
    return checked is not None and checked.get(qn("w:val"), "1").lower() not in ("0", "false", "off")


def _field_link(instruction: str) -> str | None:
    match = _HYPERLINK_FIELD.match(instruction)
    if not match:
        return None
    target = match.group(1) or match.group(2)
    if match.group(3):
        return f"{target or ''}#{match.group(3)}"
    return target or None


def _unformatted_blanks(pieces: list[Inline]) -> list[Inline]:
    """Spaces at the edges of a bold or italic run, taken out of the emphasis.

    Word users select a word with its trailing space before pressing Ctrl+B; Markdown emphasis cannot
    start or end with a blank, and would otherwise be written as an escaped space.
    """
    out: list[Inline] = []
    for piece in pieces:
        if not isinstance(piece, Text) or not (piece.bold or piece.italic or piece.code) or not piece.text.strip():
            out.append(piece)
            continue
        core = piece.text.strip()
        start = piece.text.index(core)
        lead, trail = piece.text[:start], piece.text[start + len(core):]
        if lead:
            out.append(Text(lead, link=piece.link))
        out.append(Text(core, piece.bold, piece.italic, piece.code, piece.link))
        if trail:
            out.append(Text(trail, link=piece.link))
    return out


def _tidy(pieces: list[Inline]) -> list[Inline]:
    """Merge runs of the same format; drop blanks and breaks at the ends of the paragraph."""
    merged: list[Inline] = []
    for piece in _unformatted_blanks(pieces):
        last = merged[-1] if merged else None
        if isinstance(piece, Text) and isinstance(last, Text) and last.same_format(piece):
            merged[-1] = Text(last.text + piece.text, last.bold, last.italic, last.code, last.link)
        else:
            merged.append(piece)
    while merged and (isinstance(merged[0], LineBreak) or not merged[0].text.strip()):  # type: ignore[union-attr]
        merged.pop(0)
    while merged and (isinstance(merged[-1], LineBreak) or not merged[-1].text.strip()):  # type: ignore[union-attr]
        merged.pop()
    if merged and isinstance(merged[0], Text):
        first = merged[0]
        merged[0] = Text(first.text.lstrip(), first.bold, first.italic, first.code, first.link)
    if merged and isinstance(merged[-1], Text):
        last_text = merged[-1]
        merged[-1] = Text(last_text.text.rstrip(), last_text.bold, last_text.italic, last_text.code, last_text.link)
    return merged


class _Assembler:
    """Turns consecutive paragraphs into blocks, rebuilding nested lists and quotes."""

    def __init__(self, reader: DocxReader) -> None:
        self.reader = reader
        self.blocks: list[Block] = []
        self.lists: list[tuple[tuple[int, int], ListBlock]] = []

    def run(self, elements: list[Any]) -> list[Block]:
        for element in elements:
            if element.tag == qn("w:tbl"):
                self.lists.clear()
                self.blocks.append(self.table(element))
            elif element.tag == qn("w:p"):
                self.paragraph(element)
            elif element.tag == qn("w:sdt"):
                content = element.find(qn("w:sdtContent"))
                if content is not None:
                    self.run(list(content))
        return self.blocks

    def paragraph(self, p: Any) -> None:
        styles = self.reader.styles
        inlines = self.reader.paragraph(p).inlines
        if not inlines:
            return  # blank lines separate nothing that the blocks do not already separate
        info = styles.list_info(p)
        if info is not None:
            self.list_item(info, inlines)
            return
        if self.lists and self.continue_item(p, inlines):
            return
        self.lists.clear()
        level = styles.heading_level(p)
        if level is not None:
            self.blocks.append(Heading(min(level, 6), inlines))
        elif styles.is_quote(p):
            if self.blocks and isinstance(self.blocks[-1], Quote):
                self.blocks[-1].blocks.append(Paragraph(inlines))
            else:
                self.blocks.append(Quote([Paragraph(inlines)]))
        else:
            self.blocks.append(Paragraph(inlines))

    def continue_item(self, p: Any, inlines: list[Inline]) -> bool:
        """A paragraph without bullet, indented under a list item, is that item's next paragraph.

        That is what Word leaves when the member presses Enter then Backspace inside a list.
        """
        styles = self.reader.styles
        indent = styles.indent(p)
        if styles.is_list_continuation(p):
            indent = max(indent, self.lists[-1][0][0])
        while self.lists and indent < self.lists[-1][0][0]:
            self.lists.pop()
        if not self.lists or indent <= 0:
            return False
        self.lists[-1][1].items[-1].blocks.append(Paragraph(inlines))
        # Markdown can only write two paragraphs in one item as a loose list.
        self.lists[-1][1].tight = False
        return True

    def list_item(self, info: ListInfo, inlines: list[Inline]) -> None:
        while self.lists and self.lists[-1][0] > info.depth_key:
            self.lists.pop()
        if self.lists and self.lists[-1][0] == info.depth_key:
            if self.lists[-1][1].ordered == info.ordered:
                self.lists[-1][1].items.append(ListItem([Paragraph(inlines)]))
                return
            self.lists.pop()  # a bullet list right after a numbered one, at the same level
        new = ListBlock(ordered=info.ordered, start=info.start)
        new.items.append(ListItem([Paragraph(inlines)]))
        if self.lists:
            self.lists[-1][1].items[-1].blocks.append(new)
        else:
            self.blocks.append(new)
        self.lists.append((info.depth_key, new))

    def table(self, tbl: Any) -> Table:
        rows: list[list[Cell]] = []
        for tr in tbl.findall(qn("w:tr")):
            cells: list[Cell] = []
            for tc in tr.findall(qn("w:tc")):
                inlines: list[Inline] = []
                for p in tc.iter(qn("w:p")):
                    content = self.reader.paragraph(p).inlines
                    if content:
                        if inlines:
                            inlines.append(LineBreak())
                        inlines.extend(content)
                cells.append(Cell(inlines))
            rows.append(cells)
        width = max((len(r) for r in rows), default=1)
        rows = [r + [Cell() for _ in range(width - len(r))] for r in rows] or [[Cell()]]
        return Table(header=rows[0], rows=rows[1:], align=[None] * width)
