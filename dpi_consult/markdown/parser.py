"""Markdown text to block model, through markdown-it-py tokens."""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .model import (
    Align,
    Block,
    Cell,
    CodeBlock,
    Document,
    Heading,
    Inline,
    LineBreak,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Table,
    Text,
    ThematicBreak,
)

_md: MarkdownIt | None = None

_ALIGNS: dict[str, Align] = {
    "text-align:left": "left",
    "text-align:center": "center",
    "text-align:right": "right",
}


def markdown_it() -> MarkdownIt:
    """The shared parser: CommonMark + pipe tables, no raw HTML, no typographer, no linkify."""
    global _md
    if _md is None:
        md = MarkdownIt("commonmark", {"html": False, "breaks": True, "typographer": False})
        md.enable("table")
        _md = md
    return _md


def parse(text: str) -> Document:
    """Parse the Markdown typed by the user; never raises, whatever the string.

    A single line break is a ``LineBreak`` (not a space), raw HTML stays literal text, and
    every character is kept as typed (no typographic replacement). Blanks before a line break
    and line breaks ending a paragraph are dropped, as they would not show.
    """
    tokens = markdown_it().parse(text)
    blocks, _ = _blocks(tokens, 0, len(tokens))
    return Document(blocks)


def _blocks(tokens: list[Token], i: int, end: int) -> tuple[list[Block], int]:
    """Convert block tokens from ``i`` until a closing token or ``end``; return the stop index."""
    blocks: list[Block] = []
    while i < end:
        tok = tokens[i]
        kind = tok.type
        if kind == "paragraph_open":
            spans = inlines(tokens[i + 1].children)
            # Nothing may be left: markdown-it strips a paragraph of NBSPs to nothing.
            if spans:
                blocks.append(Paragraph(spans))
                tok.meta["kept"] = True
            i += 3
        elif kind == "heading_open":
            blocks.append(Heading(int(tok.tag[1]), inlines(tokens[i + 1].children)))
            i += 3
        elif kind == "bullet_list_open" or kind == "ordered_list_open":
            lst, i = _list(tokens, i, end)
            blocks.append(lst)
        elif kind == "blockquote_open":
            inner, i = _blocks(tokens, i + 1, end)
            blocks.append(Quote(inner))
            i += 1
        elif kind == "fence" or kind == "code_block":
            content = tok.content
            blocks.append(CodeBlock(content[:-1] if content.endswith("\n") else content))
            i += 1
        elif kind == "hr":
            blocks.append(ThematicBreak())
            i += 1
        elif kind == "table_open":
            table, i = _table(tokens, i + 1, end)
            blocks.append(table)
        elif kind.endswith("_close"):
            return blocks, i
        else:
            # html_block cannot occur with html=False; skip anything unknown rather than fail.
            i += 1
    return blocks, i


def _list(tokens: list[Token], i: int, end: int) -> tuple[ListBlock, int]:
    opening = tokens[i]
    ordered = opening.type == "ordered_list_open"
    start = opening.attrs.get("start", 1) if ordered else 1
    lst = ListBlock(ordered=ordered, start=int(start))
    i += 1
    para_level = opening.level + 2
    decided = False
    while i < end and tokens[i].type == "list_item_open":
        first = i + 1
        inner, i = _blocks(tokens, first, end)
        lst.items.append(ListItem(inner))
        if not decided:
            # markdown-it hides the paragraphs of tight lists: that is the only trace of tightness.
            for tok in tokens[first:i]:
                if tok.type == "paragraph_open" and tok.level == para_level and tok.meta.get("kept"):
                    lst.tight = tok.hidden
                    decided = True
                    break
        i += 1  # list_item_close
    return lst, i + 1  # skip the list close token


def _table(tokens: list[Token], i: int, end: int) -> tuple[Table, int]:
    header: list[Cell] = []
    align: list[Align] = []
    rows: list[list[Cell]] = []
    row: list[Cell] = header
    while i < end:
        tok = tokens[i]
        kind = tok.type
        if kind == "th_open":
            style = tok.attrs.get("style")
            align.append(_ALIGNS.get(style) if isinstance(style, str) else None)
        elif kind == "inline":
            row.append(Cell(inlines(tok.children)))
        elif kind == "tr_open" and tokens[i - 1].type != "thead_open":
            row = []
            rows.append(row)
        elif kind == "table_close":
            return Table(header, rows, align), i + 1
        i += 1
    return Table(header, rows, align), i


def inlines(children: Sequence[Token] | None, link: str | None = None) -> list[Inline]:
    """Flatten inline tokens into formatted spans, merging neighbours with the same format."""
    out: list[Inline] = []
    if not children:
        return out
    bold = italic = 0
    links: list[str | None] = [link]
    for tok in children:
        kind = tok.type
        if kind == "text" or kind == "text_special":
            _add(out, Text(tok.content, bold > 0, italic > 0, False, links[-1]))
        elif kind == "softbreak" or kind == "hardbreak":
            _line_break(out)
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "code_inline":
            _add(out, Text(tok.content, bold > 0, italic > 0, True, links[-1]))
        elif kind == "link_open":
            href = tok.attrs.get("href", "")
            links.append(str(href))
        elif kind == "link_close":
            links.pop()
        elif kind == "image":
            _image(out, tok, bold > 0, italic > 0, links[-1])
        elif tok.content:
            # Unknown inline (html_inline is disabled): keep its text rather than lose words.
            _add(out, Text(tok.content, bold > 0, italic > 0, False, links[-1]))
    while out and isinstance(out[-1], LineBreak):
        out.pop()  # only "[a\n](url)" can end a paragraph with a break, which shows nothing
    return out


def _image(out: list[Inline], tok: Token, bold: bool, italic: bool, link: str | None) -> None:
    """The model has no images: an image becomes a link to its source, labelled by its alt text."""
    src = str(tok.attrs.get("src", ""))
    # Inside a link, the click target is the enclosing link, not the picture.
    target = link or src
    alt = inlines(tok.children, target)
    if not any(isinstance(span, Text) for span in alt):
        alt = [Text(src, link=target)]
    for span in alt:
        if isinstance(span, Text):
            _add(out, Text(span.text, span.bold or bold, span.italic or italic, span.code, span.link))
        else:
            _line_break(out)


def _line_break(out: list[Inline]) -> None:
    # markdown-it leaves the blank of "\ " or "&#32;" before a line end, where CommonMark drops
    # blanks; dropping them here keeps the model free of invisible differences.
    while out and isinstance(last := out[-1], Text) and not (last.code or last.link):
        last.text = last.text.rstrip(" ")
        if last.text:
            break
        out.pop()
    out.append(LineBreak())


def _add(out: list[Inline], span: Text) -> None:
    if not span.text:
        return
    last = out[-1] if out else None
    if isinstance(last, Text) and last.same_format(span):
        last.text += span.text
    else:
        out.append(span)
