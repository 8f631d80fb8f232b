"""What a Word paragraph or run means once its styles and numbering are resolved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

_FALSE = {"0", "false", "off", "none"}
_MONOSPACE = {"consolas", "courier new", "courier", "liberation mono", "dejavu sans mono", "source code pro",
              "menlo", "monaco", "lucida console", "noto sans mono", "cascadia code", "cascadia mono"}
_CODE_STYLES = {"html code", "source text", "verbatim char", "macro text char", "code"}
# Word keeps the first letter of built-in style names in lower case inside styles.xml.
_QUOTE_STYLES = {"quote", "intense quote", "quotations", "citation", "block text"}


@dataclass(frozen=True, slots=True)
class RunFormat:
    bold: bool = False
    italic: bool = False
    code: bool = False
    hidden: bool = False


@dataclass(frozen=True, slots=True)
class ListInfo:
    """A paragraph's place in a list.

    ``depth_key`` orders nesting: Word's old list styles ("List Bullet 2") are separate one-level
    lists told apart only by their indentation, while modern lists use levels; the key holds both.
    """

    ordered: bool
    depth_key: tuple[int, int]
    start: int


def _on(element: Any | None) -> bool | None:
    """A Word toggle property: absent → None, present → on unless its value says off."""
    if element is None:
        return None
    return element.get(qn("w:val"), "true").lower() not in _FALSE


@dataclass(slots=True)
class _Style:
    name: str
    based_on: str | None
    ppr: Any | None
    rpr: Any | None


class WordStyles:
    """The styles and numbering parts of one document, looked up with inheritance."""

    def __init__(self, document: Any) -> None:
        self._styles: dict[str, _Style] = {}
        for style in document.styles.element.findall(qn("w:style")):
            based = style.find(qn("w:basedOn"))
            name = style.find(qn("w:name"))
            self._styles[style.get(qn("w:styleId"), "")] = _Style(
                name=(name.get(qn("w:val"), "") if name is not None else "").lower(),
                based_on=based.get(qn("w:val")) if based is not None else None,
                ppr=style.find(qn("w:pPr")),
                rpr=style.find(qn("w:rPr")),
            )
        self._nums: dict[str, Any] = {}
        self._abstracts: dict[str, Any] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        if numbering is not None:
            for num in numbering.findall(qn("w:num")):
                self._nums[num.get(qn("w:numId"), "")] = num
            for abstract in numbering.findall(qn("w:abstractNum")):
                self._abstracts[abstract.get(qn("w:abstractNumId"), "")] = abstract

    def _chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain

    def paragraph_style_name(self, p: Any) -> str:
        chain = self._chain(_paragraph_style_id(p))
        return chain[0].name if chain else "normal"

    def heading_level(self, p: Any) -> int | None:
        name = self.paragraph_style_name(p)
        if name.startswith("heading ") and name[8:].isdigit():
            return int(name[8:])
        return None

    def is_quote(self, p: Any) -> bool:
        return self.paragraph_style_name(p) in _QUOTE_STYLES

    def is_list_continuation(self, p: Any) -> bool:
        """An indented paragraph that belongs to the list item above it."""
        if self.paragraph_style_name(p).startswith("list continue"):
            return True
        num_pr = _num_pr(p.find(qn("w:pPr")))
        return num_pr is not None and _val(num_pr, "w:numId") == "0" and bool(self._style_num_pr(p))

    def indent(self, p: Any) -> int:
        """The left indentation of a paragraph, direct or from its style, in twentieths of a point."""
        indent = _indent(p.find(qn("w:pPr")))
        for style in self._chain(_paragraph_style_id(p)):
            if indent is not None:
                break
            indent = _indent(style.ppr)
        return indent or 0

    def list_info(self, p: Any) -> ListInfo | None:
        ppr = p.find(qn("w:pPr"))
        num_pr = _num_pr(ppr)
        num_id = _val(num_pr, "w:numId") if num_pr is not None else None
        ilvl = _val(num_pr, "w:ilvl") if num_pr is not None else None
        if num_id is None:
            style_num = self._style_num_pr(p)
            if style_num is None:
                return None
            num_id = _val(style_num, "w:numId")
            ilvl = ilvl or _val(style_num, "w:ilvl")
        if not num_id or num_id == "0" or num_id not in self._nums:
            return None
        level = int(ilvl) if ilvl and ilvl.isdigit() else 0
        lvl, override_start = self._level(num_id, level)
        fmt = _val(lvl, "w:numFmt") if lvl is not None else None
        start_text = override_start or (_val(lvl, "w:start") if lvl is not None else None)
        indent = _indent(ppr)
        if indent is None and lvl is not None:
            indent = _indent(lvl.find(qn("w:pPr")))
        if indent is None:
            for style in self._chain(_paragraph_style_id(p)):
                indent = _indent(style.ppr)
                if indent is not None:
                    break
        return ListInfo(
            ordered=fmt not in (None, "bullet", "none"),
            depth_key=(indent or 0, level),
            start=int(start_text) if start_text and start_text.isdigit() else 1,
        )

    def _style_num_pr(self, p: Any) -> Any | None:
        for style in self._chain(_paragraph_style_id(p)):
            num_pr = _num_pr(style.ppr)
            if num_pr is not None:
                return num_pr
        return None

    def _level(self, num_id: str, level: int) -> tuple[Any | None, str | None]:
        num = self._nums[num_id]
        start = None
        for override in num.findall(qn("w:lvlOverride")):
            if override.get(qn("w:ilvl")) == str(level):
                start = _val(override, "w:startOverride")
                replaced = override.find(qn("w:lvl"))
                if replaced is not None:
                    return replaced, start
        abstract_id = _val(num, "w:abstractNumId")
        abstract = self._abstracts.get(abstract_id or "")
        for _ in range(3):
            # An abstract list may only point at a numbering style that holds the real definition.
            link = _val(abstract, "w:numStyleLink") if abstract is not None else None
            if not link:
                break
            linked = next((s for s in self._chain(link) if _num_pr(s.ppr) is not None), None)
            linked_num = self._nums.get(_val(_num_pr(linked.ppr), "w:numId") or "") if linked else None
            abstract = self._abstracts.get(_val(linked_num, "w:abstractNumId") or "") if linked_num else None
        if abstract is None:
            return None, start
        for lvl in abstract.findall(qn("w:lvl")):
            if lvl.get(qn("w:ilvl")) == str(level):
                return lvl, start
        return None, start

    def run_format(self, r: Any) -> RunFormat:
        rpr = r.find(qn("w:rPr"))
        style_id = _val(rpr, "w:rStyle") if rpr is not None else None
        layers = [rpr, *(s.rpr for s in self._chain(style_id))]
        style_names = {s.name for s in self._chain(style_id)}

        def toggle(tag: str) -> bool:
            for layer in layers:
                if layer is not None:
                    value = _on(layer.find(qn(tag)))
                    if value is not None:
                        return value
            return False

        code = bool(style_names & _CODE_STYLES)
        for layer in layers:
            fonts = layer.find(qn("w:rFonts")) if layer is not None else None
            if fonts is not None:
                code = code or (fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or "").lower() in _MONOSPACE
                break
        return RunFormat(toggle("w:b"), toggle("w:i"), code, toggle("w:vanish"))


def _paragraph_style_id(p: Any) -> str | None:
    ppr = p.find(qn("w:pPr"))
    return _val(ppr, "w:pStyle") if ppr is not None else None


def _num_pr(ppr: Any | None) -> Any | None:
    return ppr.find(qn("w:numPr")) if ppr is not None else None


def _val(parent: Any | None, tag: str) -> str | None:
    if parent is None:
        return None
    child = parent.find(qn(tag))
    return child.get(qn("w:val")) if child is not None else None


def _indent(ppr: Any | None) -> int | None:
    ind = ppr.find(qn("w:ind")) if ppr is not None else None
    if ind is None:
        return None
    value = ind.get(qn("w:left")) or ind.get(qn("w:start"))
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
