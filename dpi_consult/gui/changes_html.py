"""Compared texts as a reader sees them: removed words struck through on red, added words on green."""

from __future__ import annotations

from html import escape

from dpi_consult.word_changes import Change, Span

_STYLES = {
    Change.SAME: "",
    Change.REMOVED: "background-color:#fbd5d5;text-decoration:line-through;",
    Change.ADDED: "background-color:#cdeccd;",
}


def spans_html(spans: list[Span]) -> str:
    parts = []
    for span in spans:
        text = escape(span.text).replace("\n", "<br/>")
        style = _STYLES[span.change]
        parts.append(f'<span style="{style}">{text}</span>' if style else text)
    return "<p>" + "".join(parts) + "</p>"
