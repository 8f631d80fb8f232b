"""HTML from the clipboard (Word, LibreOffice, a web page) to the block model: bold, italics, lists, links and tables
kept, everything else dropped.

Word writes its lists as paragraphs, `<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'>`, with
the bullet or number as text inside `<![if !supportLists]>…<![endif]>`; each such paragraph becomes an item, at
the level the style gives, numbered when its bullet was a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .model import Block, Cell, Document, Heading, Inline, LineBreak, ListBlock, ListItem, Paragraph, Quote, Table, Text

_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "td", "th", "ul", "ol", "table",
           "pre", "section", "article", "header", "footer", "dd", "dt"}
_SKIP = {"style", "script", "head", "title", "xml", "template", "o:p"}
_MSO_LEVEL = re.compile(r"mso-list:[a-z0-9]*?level(\d+)")
_NUMBERED = re.compile(r"^\s*(\(?\d+[.)]|[a-zA-Z][.)]|[ivxlcIVXLC]+[.)])\s*$")
_SPACES = re.compile(r"[ \t\r\n]+")
_SAFE_LINK = re.compile(r"^(https?:|mailto:)", re.IGNORECASE)


@dataclass
class _Item:
    """A paragraph being read: its inlines, and what kind of block it will be."""

    inlines: list[Inline] = field(default_factory=list)
    heading: int = 0
    quote: bool = False
    list_level: int = 0  # 1 and more: a list item at that depth
    ordered: bool = False


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[_Item | Table] = []
        self.current = _Item()
        self.bold = self.italic = self.code = 0
        self.links: list[str | None] = []
        self.skip = 0
        self.lists: list[bool] = []  # HTML lists open: ordered or not
        self.open_items: list[tuple[int, bool]] = []  # list items open: level, ordered
        self.quote = 0
        self.word_bullet = False  # inside Word's <![if !supportLists]> … <![endif]>
        self.word_bullet_text = ""
        self.table: list[list[list[Inline]]] | None = None
        self.header_rows = 0
        self.row: list[list[Inline]] | None = None
        self.cell: list[Inline] | None = None
        self.in_header_cell = False
        # What each open inline tag turned on, closed in order ("" for a tag that changed nothing).
        self._span_end: list[str] = []

    # ----- structure
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _SKIP:
            self.skip += 1
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        style = values.get("style", "").replace(" ", "").lower()
        # Google Docs wraps a whole copy in <b style="font-weight:normal">: not bold at all.
        plain_bold = tag in ("b", "strong") and re.search(r"font-weight:(normal|[1-4]00)", style)
        if (tag in ("b", "strong") and not plain_bold) or (tag == "span" and re.search(r"font-weight:(bold|[6-9]00)",
                                                                                          style)):
            self.bold += 1
            self._span_end.append("bold")
        elif tag in ("i", "em") or (tag == "span" and "font-style:italic" in style):
            self.italic += 1
            self._span_end.append("italic")
        elif tag in ("code", "tt", "kbd"):
            self.code += 1
            self._span_end.append("code")
        elif tag in ("span", "b", "strong"):
            self._span_end.append("")
        if tag == "a":
            href = values.get("href", "")
            self.links.append(href if _SAFE_LINK.match(href) else None)
        elif tag == "br":
            self._add(LineBreak())
        elif tag in ("ul", "ol"):
            self._flush()
            self.lists.append(tag == "ol")
        elif tag == "blockquote":
            self._flush()
            self.quote += 1
        elif tag == "table":
            self._flush()
            self.table = []
            self.header_rows = 0
        elif tag == "tr" and self.table is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
            self.in_header_cell = tag == "th"
        elif tag in _BLOCKS:
            self._flush()
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.current.heading = int(tag[1])
            if tag == "li":
                self.open_items.append((max(len(self.lists), 1), bool(self.lists and self.lists[-1])))
            if self.open_items and tag in ("li", "p", "div"):
                # LibreOffice writes <li><p>…</p></li>: the paragraph is the item.
                self.current.list_level, self.current.ordered = self.open_items[-1]
            level = _MSO_LEVEL.search(style)
            if tag == "p" and level:
                self.current.list_level = int(level.group(1))

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _SKIP:
            self.skip = max(self.skip - 1, 0)
            return
        if tag in ("b", "strong", "i", "em", "code", "tt", "kbd", "span"):
            kind = self._span_end.pop() if self._span_end else ""
            if kind == "bold":
                self.bold = max(self.bold - 1, 0)
            elif kind == "italic":
                self.italic = max(self.italic - 1, 0)
            elif kind == "code":
                self.code = max(self.code - 1, 0)
        elif tag == "a":
            if self.links:
                self.links.pop()
        elif tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
        elif tag == "blockquote":
            self._flush()
            self.quote = max(self.quote - 1, 0)
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.table is not None and self.row is not None:
            if self.row:
                if self.in_header_cell and len(self.table) == self.header_rows:
                    self.header_rows += 1
                self.table.append(self.row)
            self.row = None
        elif tag == "table" and self.table is not None:
            self._end_table()
        elif tag in _BLOCKS:
            self._flush()
            if tag == "li" and self.open_items:
                self.open_items.pop()

    def handle_comment(self, data: str) -> None:
        # Word's conditional sections: the list bullet is inside "[if !supportLists]" … "[endif]".
        text = data.strip().strip("[]").strip().lower()
        if text.startswith("if !supportlists"):
            self.word_bullet = True
            self.word_bullet_text = ""
        elif text.startswith("endif") and self.word_bullet:
            self.word_bullet = False
            self.current.ordered = bool(_NUMBERED.match(self.word_bullet_text))

    def unknown_decl(self, data: str) -> None:
        # Word also writes <![if !supportLists]> as a declaration rather than a comment.
        self.handle_comment(data)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.word_bullet:
            self.word_bullet_text += data
            return
        text = _SPACES.sub(" ", data)
        if not text:
            return
        link = self.links[-1] if self.links else None
        self._add(Text(text, bold=self.bold > 0, italic=self.italic > 0, code=self.code > 0, link=link))

    # ----- output
    def _add(self, inline: Inline) -> None:
        target = self.cell if self.cell is not None else self.current.inlines
        if isinstance(inline, LineBreak) and target and isinstance(target[-1], Text):
            # A blank before a line break shows nothing, and Markdown could only keep it as "&#32;".
            last = target[-1]
            target[-1] = Text(last.text.rstrip(" "), last.bold, last.italic, last.code, last.link)
            if not target[-1].text:
                target.pop()
        if isinstance(inline, Text) and target and isinstance(target[-1], Text) and target[-1].same_format(inline):
            target[-1].text += inline.text
        else:
            target.append(inline)

    def _flush(self) -> None:
        item = self.current
        self.current = _Item()
        inlines = _trimmed(item.inlines)
        if not inlines:
            return
        item.inlines = inlines
        item.quote = item.quote or self.quote > 0
        self.items.append(item)

    def _end_table(self) -> None:
        rows = self.table or []
        self.table = None
        if not rows:
            return
        width = max(len(row) for row in rows)
        cells = [[Cell(_trimmed(cell)) for cell in row] + [Cell() for _ in range(width - len(row))] for row in rows]
        self.items.append(Table(cells[0], cells[1:], [None] * width))

    def document(self) -> Document:
        self._flush()
        if self.table is not None:
            self._end_table()
        return Document(_assemble(self.items))


def _trimmed(inlines: list[Inline]) -> list[Inline]:
    """Without blanks at either end, nor line breaks leading or trailing."""
    result = list(inlines)
    while result and (isinstance(result[0], LineBreak) or not result[0].text.strip()):
        result.pop(0)
    while result and (isinstance(result[-1], LineBreak) or not result[-1].text.strip()):
        result.pop()
    if result and isinstance(result[0], Text):
        result[0] = Text(result[0].text.lstrip(), result[0].bold, result[0].italic, result[0].code, result[0].link)
    if result and isinstance(result[-1], Text):
        last = result[-1]
        result[-1] = Text(last.text.rstrip(), last.bold, last.italic, last.code, last.link)
    return result


def _assemble(items: list[_Item | Table]) -> list[Block]:
    """Paragraphs, headings and tables in order; list items gathered into (nested) lists; quotes grouped."""
    blocks: list[Block] = []
    index = 0
    while index < len(items):
        item = items[index]
        if isinstance(item, Table):
            blocks.append(item)
            index += 1
        elif item.list_level:
            index = _list(items, index, item.list_level, blocks)
        elif item.quote:
            quoted = []
            while index < len(items) and isinstance(items[index], _Item) and items[index].quote:
                quoted.append(Paragraph(items[index].inlines))
                index += 1
            blocks.append(Quote(quoted))
        else:
            blocks.append(Heading(item.heading, item.inlines) if item.heading else Paragraph(item.inlines))
            index += 1
    return blocks


def _list(items: list[_Item | Table], index: int, level: int, out: list[Block]) -> int:
    first = items[index]
    assert isinstance(first, _Item)
    block = ListBlock(ordered=first.ordered)
    while index < len(items):
        item = items[index]
        if not isinstance(item, _Item) or item.list_level < level:
            break
        if item.list_level > level:
            if not block.items:
                block.items.append(ListItem())
            index = _list(items, index, item.list_level, block.items[-1].blocks)
            continue
        if block.items and item.ordered != block.ordered:
            break
        block.items.append(ListItem([Paragraph(item.inlines)]))
        index += 1
    out.append(block)
    return index


def html_to_document(html: str) -> Document:
    """The block model of an HTML fragment; never raises, whatever the HTML."""
    reader = _Reader()
    try:
        reader.feed(html)
        reader.close()
    except (AssertionError, ValueError, IndexError):
        # html.parser gives up on some malformed declarations ("<![<"): what was read before is kept.
        pass
    return reader.document()
