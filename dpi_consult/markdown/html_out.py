"""HTML rendering for the Qt rich-text preview (QTextBrowser subset), every character escaped."""

from __future__ import annotations

from html import escape

from .model import (
    Block,
    Cell,
    CodeBlock,
    Document,
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

# Defence in depth: the parser already refuses these, but a model built elsewhere might not.
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")


def to_html(doc: Document) -> str:
    """Render as well-formed HTML (also valid XML once wrapped in one root element)."""
    out: list[str] = []
    for block in doc.blocks:
        _block(block, out)
    return "".join(out)


def _block(block: Block, out: list[str]) -> None:
    match block:
        case Paragraph(inlines):
            out.append("<p>")
            _inlines(inlines, out)
            out.append("</p>")
        case Heading(level, inlines):
            level = min(max(level, 1), 6)
            out.append(f"<h{level}>")
            _inlines(inlines, out)
            out.append(f"</h{level}>")
        case ListBlock():
            tag = "ol" if block.ordered else "ul"
            out.append(f'<ol start="{block.start}">' if block.ordered else "<ul>")
            for item in block.items:
                out.append("<li>")
                previous: Block | None = None
                for inner in item.blocks:
                    # Qt puts paragraph margins inside items; bare text reads like the source.
                    if isinstance(inner, Paragraph) and block.tight:
                        if isinstance(previous, Paragraph):
                            out.append("<br/>")
                        _inlines(inner.inlines, out)
                    else:
                        _block(inner, out)
                    previous = inner
                out.append("</li>")
            out.append(f"</{tag}>")
        case Quote(blocks):
            out.append("<blockquote>")
            for inner in blocks:
                _block(inner, out)
            out.append("</blockquote>")
        case CodeBlock(text):
            out.append(f"<pre>{escape(text, quote=False)}</pre>")
        case Table():
            _table(block, out)
        case ThematicBreak():
            out.append("<hr/>")
        case _:
            raise TypeError(f"unknown block {block!r}")


def _table(table: Table, out: list[str]) -> None:
    out.append('<table border="1" cellspacing="0" cellpadding="4">')
    _row("th", table.header, table, out)
    for row in table.rows:
        _row("td", row, table, out)
    out.append("</table>")


def _row(tag: str, cells: list[Cell], table: Table, out: list[str]) -> None:
    out.append("<tr>")
    for index, cell in enumerate(cells):
        align = table.align[index] if index < len(table.align) else None
        out.append(f'<{tag} align="{align}">' if align else f"<{tag}>")
        _inlines(cell.inlines, out)
        out.append(f"</{tag}>")
    out.append("</tr>")


def _inlines(inlines: list[Inline], out: list[str]) -> None:
    for span in inlines:
        if isinstance(span, LineBreak):
            out.append("<br/>")
        else:
            out.append(_span(span))


def _span(span: Text) -> str:
    html = escape(span.text, quote=False)
    if span.code:
        html = f"<code>{html}</code>"
    if span.italic:
        html = f"<i>{html}</i>"
    if span.bold:
        html = f"<b>{html}</b>"
    if span.link is not None and _safe_url(span.link):
        html = f'<a href="{escape(span.link)}">{html}</a>'
    return html


def _safe_url(url: str) -> bool:
    lowered = "".join(url.split()).lower()
    return not lowered.startswith(_UNSAFE_SCHEMES)
