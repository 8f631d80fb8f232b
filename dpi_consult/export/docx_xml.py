"""WordprocessingML names and small element helpers shared by the Word export modules."""

from __future__ import annotations

import re

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"w": W_NS, "r": R_NS}

RT_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def w(name: str) -> str:
    """Clark name of a w: element or attribute."""
    return f"{{{W_NS}}}{name}"


VAL = w("val")
R_ID = f"{{{R_NS}}}id"
XML_SPACE = f"{{{XML_NS}}}space"

# Characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF):
# lxml refuses them, and nobody can see them; they are dropped rather than fail the export.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def sub(parent: etree._Element, tag: str, attrib: dict[str, str] | None = None) -> etree._Element:
    """A w: child (tag without prefix) with w: attributes (keys without prefix)."""
    return etree.SubElement(parent, w(tag), {w(k): v for k, v in (attrib or {}).items()})


def insert_in_order(parent: etree._Element, child: etree._Element, successors: tuple[str, ...]) -> None:
    """Insert before the first successor in schema order, or before extension elements (w14:, w15:…)
    which always come last: Word reports a damaged file when elements are out of order."""
    names = {w(name) for name in successors}
    for index, existing in enumerate(parent):
        tag = existing.tag
        if not isinstance(tag, str):
            continue
        if tag in names or not tag.startswith(f"{{{W_NS}}}"):
            parent.insert(index, child)
            return
    parent.append(child)
