"""Reading exported .docx files back: parts, text in order, XML normalised for golden comparisons."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W_NS, "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
WORD = re.compile(r"[^\W_]+")
# Attributes that change from one save to the next, or from one machine to another.
VOLATILE = re.compile(r"rsid|paraId|textId")


def w(name: str) -> str:
    return f"{{{W_NS}}}{name}"


def part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def xml(path: Path, name: str = "word/document.xml") -> etree._Element:
    return etree.fromstring(part(path, name))


def paragraph_text(p: etree._Element) -> str:
    out = []
    for node in p.iter(w("t"), w("br"), w("tab"), w("instrText")):
        if node.tag == w("t"):
            out.append(node.text or "")
        elif node.tag == w("br"):
            out.append("\n")
        elif node.tag == w("tab") and node.getparent().tag != w("tabs"):  # a tab stop is not a tab
            out.append("\t")
    return "".join(out)


def body_text(path: Path) -> str:
    """Every paragraph's text, in order, one per line (table cells included)."""
    root = xml(path)
    return "\n".join(paragraph_text(p) for p in root.iter(w("p")))


def words(text: str) -> list[str]:
    return WORD.findall(text)


def missing_in_order(expected: list[str], actual: list[str]) -> list[str]:
    remaining = iter(actual)
    return [word for word in expected if word not in remaining]


def styled(path: Path, style_id: str) -> list[str]:
    root = xml(path)
    return [paragraph_text(p) for p in root.iter(w("p"))
            if p.find(f"w:pPr/w:pStyle[@w:val='{style_id}']", NS) is not None]


def normalised(data: bytes) -> str:
    """Pretty-printed XML with volatile attributes removed and attributes sorted, for golden files."""
    root = etree.fromstring(data)
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        for name in list(node.attrib):
            if VOLATILE.search(name):
                del node.attrib[name]
        attrs = sorted(node.attrib.items())
        node.attrib.clear()
        node.attrib.update(attrs)
        if len(node) and node.text is not None and not node.text.strip():
            node.text = None
        if node.tail is not None and not node.tail.strip():
            node.tail = None
    etree.indent(root, space=" ")
    return etree.tostring(root, encoding="unicode")
