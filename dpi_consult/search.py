"""Search across a draft's answers, ignoring case, accents and Markdown markup; no Qt here."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from dpi_consult.draft.model import Draft
from dpi_consult.form.model import Form

__all__ = ["SearchHit", "fold", "search_answers"]

SNIPPET_WIDTH = 100
ELLIPSIS = "…"

# Markup that is never part of what the reader sees; dropped from both the answer and the query,
# so "**sécurité** des accès" is found by "sécurité des".
_ALWAYS_DROPPED = frozenset("*`")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
# Block markers at the start of a line: quote marks, heading marks, list bullets and numbers.
_LINE_MARKER = re.compile(r"^[ \t]*(?:>[ \t]*)*(?:(?:#{1,6}|[-+*]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)?", re.MULTILINE)
_LINK = re.compile(r"(\[)[^\[\]\n]*(\])\([^()\s]*\)")
_AUTOLINK = re.compile(r"(<)(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:|[^<>\s@]+@)[^<>\s]*(>)")
# French text mixes typographic and straight apostrophes and ligatures; a query typed either way must match.
_EQUIVALENTS = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "œ": "oe", "æ": "ae"}


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One occurrence of the query in an answer.

    ``start`` and ``length`` locate the match in the answer as stored (Markdown source, Python code point
    offsets), ready to be selected in the editor; they may span markup inside the match. Choice and
    integer answers have ``start`` -1 and ``length`` 0.
    """

    question_id: str
    section_id: str
    section_title: str
    prompt: str
    snippet: str
    start: int
    length: int


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    # casefold first: it can itself produce combining marks ("İ" -> "i̇").
    folded = unicodedata.normalize("NFD", ch.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return "".join(_EQUIVALENTS.get(c, c) for c in folded)


def fold(text: str) -> str:
    """Lower case, without accents: the form in which texts are compared."""
    return "".join(_fold_char(ch) for ch in text)


def _dropped_underscore(text: str, index: int) -> bool:
    # An underscore between two letters or digits is literal ("nom_patient"); elsewhere it is emphasis.
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not (before.isalnum() and after.isalnum())


class _Projection:
    """The visible text of an answer, whitespace collapsed, with each character's offset in the source."""

    def __init__(self, source: str, markdown: bool) -> None:
        replaced: dict[int, str] = {}
        if markdown:
            for match in _LINE_MARKER.finditer(source):
                replaced.update((i, "") for i in range(match.start(), match.end()))
            for match in _LINK.finditer(source):
                replaced[match.start(1)] = ""
                replaced[match.start(2)] = " "  # "[text](url)" reads "text (url)", as in plain text
            for match in _AUTOLINK.finditer(source):
                replaced[match.start(1)] = replaced[match.start(2)] = ""
        for match in _ESCAPE.finditer(source):
            replaced[match.start()] = ""
        chars: list[str] = []
        offsets: list[int] = []
        for index, ch in enumerate(source):
            ch = replaced.get(index, ch)
            if not ch or ch in _ALWAYS_DROPPED or (ch == "_" and _dropped_underscore(source, index)):
                continue
            if ch.isspace():
                if not chars or chars[-1] == " ":
                    continue
                ch = " "
            chars.append(ch)
            offsets.append(index)
        if chars and chars[-1] == " ":
            chars.pop()
            offsets.pop()
        self.source = source
        self.text = "".join(chars)
        self.offsets = offsets
        folded: list[str] = []
        self.folded_to_visible: list[int] = []
        for index, ch in enumerate(self.text):
            piece = _fold_char(ch)
            folded.append(piece)
            self.folded_to_visible.extend([index] * len(piece))
        self.folded = "".join(folded)

    def source_span(self, first: int, last: int) -> tuple[int, int]:
        """Source (start, end) of the visible characters first..last inclusive."""
        start = self.offsets[first]
        end = self.offsets[last] + 1
        # A decomposed accent following the last character belongs to the match.
        while end < len(self.source) and unicodedata.combining(self.source[end]):
            end += 1
        return start, end


def _fold_query(query: str) -> str:
    return _Projection(query, markdown=False).folded


def _snippet(text: str, start: int, end: int, width: int = SNIPPET_WIDTH) -> str:
    """About `width` characters of `text` around [start, end), cut at word boundaries, "…" where cut."""
    room = max(width - (end - start), 0)
    lo = max(0, start - room * 2 // 5)
    hi = min(len(text), end + room - (start - lo))
    lo = max(0, min(lo, hi - width)) if hi - lo < width else lo
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    return (ELLIPSIS if lo > 0 else "") + text[lo:hi].strip() + (ELLIPSIS if hi < len(text) else "")


def _text_hits(source: str, needle: str) -> list[tuple[str, int, int]]:
    projection = _Projection(source, markdown=True)
    found: list[tuple[str, int, int]] = []
    position = projection.folded.find(needle)
    while position != -1:
        first = projection.folded_to_visible[position]
        last = projection.folded_to_visible[position + len(needle) - 1]
        start, end = projection.source_span(first, last)
        found.append((_snippet(projection.text, first, last + 1), start, end - start))
        position = projection.folded.find(needle, position + len(needle))
    return found


def _label_hits(labels: list[str], needle: str) -> list[tuple[str, int, int]]:
    # One hit per matching option: a label is short, its occurrences add nothing.
    return [(_snippet(label, 0, len(label)), -1, 0) for label in labels if needle in fold(label)]


def search_answers(form: Form, draft: Draft, query: str, limit: int = 200) -> list[SearchHit]:
    """Every occurrence of `query` in the draft's answers (identity included), in form order, at most `limit`.

    Case, accents, typographic apostrophes and Markdown markup are ignored; a blank query finds nothing.
    Choice answers match on their option labels, integer answers on their digits.
    """
    needle = _fold_query(query)
    if not needle.strip() or limit <= 0:
        return []
    hits: list[SearchHit] = []
    for section in form.sections:
        for question in section.questions:
            value = draft.value(form, question.id)
            if value is None or isinstance(value, bool):
                continue
            if question.kind.is_choice:
                ids = [value] if isinstance(value, str) else value if isinstance(value, list) else []
                found = _label_hits([question.option_label(i) for i in ids], needle)
            elif isinstance(value, int):
                found = _label_hits([str(value)], needle)
            elif isinstance(value, str):
                found = _text_hits(value, needle)
            else:
                continue
            for snippet, start, length in found:
                hits.append(SearchHit(question.id, section.id, section.display_title, question.prompt,
                                      snippet, start, length))
                if len(hits) >= limit:
                    return hits
    return hits
