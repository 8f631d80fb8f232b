"""Escaping for Markdown output: text, code spans, link destinations, autolinks."""

from __future__ import annotations

import re

from markdown_it.common.utils import isValidEntityCode, isWhiteSpace

from .model import Text
from .parser import markdown_it

# Inline syntax characters, escaped wherever they are. "<" only where an autolink could start,
# "&" only where it would read as an entity, to keep French prose ("< 5 mg", "A & B") legible.
INLINE_SPECIAL = re.compile(r"[\\`*_\[\]]|<(?=\S|$)|&(?=#?[0-9A-Za-z]+;)")
# In headings "#" could close an ATX heading.
HEADING_SPECIAL = re.compile(r"[\\`*_\[\]#]|<(?=\S|$)|&(?=#?[0-9A-Za-z]+;)")


def escape_text(text: str, special: re.Pattern[str], lead: bool, trail: bool, in_table: bool) -> str:
    """Escaped text; a blank touching an emphasis marker is written as an entity."""
    head = tail = ""
    if lead and is_blank(text[0]):
        head, text = f"&#{ord(text[0])};", text[1:]
    if trail and text and is_blank(text[-1]):
        text, tail = text[:-1], f"&#{ord(text[-1])};"
    text = special.sub(r"\\\g<0>", text)
    # Outside tables "|" is written as an entity: a line holding even an escaped "\|" reads as a
    # table header when a line like "| --- |" follows. In a cell "\|" is the usual spelling.
    text = text.replace("|", "\\|" if in_table else "&#124;")
    return head + text + tail


def keep_edge_blanks(text: str, lead: bool, trail: bool) -> str:
    """Write a leading/trailing blank the parser would strip as an entity."""
    if lead and _strippable(text[:1]):
        text = f"&#{ord(text[0])};{text[1:]}"
    if trail and _strippable(text[-1:]):
        text = f"{text[:-1]}&#{ord(text[-1])};"
    return text


def _strippable(char: str) -> bool:
    # Only blanks an entity can express; the parser never strips the others.
    return char.isspace() and isValidEntityCode(ord(char))


def destination(url: str) -> str:
    md = markdown_it()
    readable = md.normalizeLinkText(url)
    # Accents are easier to read than %C3%A9, and the parser encodes them back identically.
    if md.normalizeLink(readable) == url:
        url = readable
    url = url.replace("|", "%7C")  # as the parser would encode it; a bare "|" could split a row
    # Entities are decoded in a destination too; a backslash keeps "&#35;" literal.
    if any(c.isspace() or c in "<>" for c in url):
        return "<" + re.sub(r"[\\<>]|&(?=#?[0-9A-Za-z]+;)", r"\\\g<0>", url) + ">"
    return re.sub(r"[\\()]|&(?=#?[0-9A-Za-z]+;)", r"\\\g<0>", url)


def is_autolink(span: Text) -> bool:
    """Whether ``<text>`` parses back to exactly this link (escapes do not apply inside it)."""
    text = span.text
    if span.bold or span.italic or span.code or any(c.isspace() or c in "<>|" for c in text):
        return False
    tokens = markdown_it().parseInline(f"<{text}>")[0].children or []
    return (
        len(tokens) == 3
        and tokens[0].type == "link_open"
        and tokens[0].attrs.get("href") == span.link
        and tokens[1].content == text
    )


def code_span(text: str, in_table: bool) -> str:
    runs = {len(run) for run in re.findall(r"`+", text)}
    size = 1
    while size in runs:
        size += 1
    fence = "`" * size
    if in_table:
        # A table cell is split on unescaped pipes before its inline content is parsed.
        text = text.replace("|", "\\|")
    if text[:1] == "`" or text[-1:] == "`" or (text[:1] == " " == text[-1:] and text.strip(" ")):
        text = f" {text} "
    return fence + text + fence


def is_blank(char: str) -> bool:
    return isWhiteSpace(ord(char))
