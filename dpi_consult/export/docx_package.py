"""The package around the body: header and footer, document properties, and the zip with the body spliced in."""

from __future__ import annotations

import io
import time
import zipfile
from datetime import datetime

from docx.document import Document
from lxml import etree

from dpi_consult.export.docx_blocks import BodyWriter
from dpi_consult.export.docx_template import LANGUAGE, StyleIds
from dpi_consult.export.docx_xml import w

_MARK = "dpi-consult:body-goes-here"
# Anything but empty paragraphs makes a header the template's own: text, a logo, a field, a shape.
_CONTENT = tuple(w(tag) for tag in ("drawing", "pict", "object", "fldSimple", "instrText", "tbl"))


def is_empty(root: etree._Element) -> bool:
    for node in root.iter(w("t"), *_CONTENT):
        if node.tag != w("t") or (node.text or "").strip():
            return False
    return True


def add_header_footer(document: Document, styles: StyleIds, organisation: str) -> None:
    """The organisation's name in the header and "page X / Y" in the footer, where the template's are empty."""
    writer = BodyWriter(styles)
    section = document.sections[-1]
    header = _empty_definition(section.header)
    if header is not None:
        writer.text_paragraph("header", organisation, parent=header)
    footer = _empty_definition(section.footer)
    if footer is not None:
        p = writer.paragraph("footer", parent=footer)
        _run(writer, p, "page ")
        _field(writer, p, "PAGE", "1")
        _run(writer, p, " / ")
        _field(writer, p, "NUMPAGES", "1")


def _empty_definition(part_proxy) -> etree._Element | None:  # noqa: ANN001 - python-docx _Header/_Footer
    if part_proxy.is_linked_to_previous:
        part_proxy.is_linked_to_previous = False
    root = part_proxy._element
    if not is_empty(root):
        return None
    for child in list(root):
        root.remove(child)
    return root


def _run(writer: BodyWriter, p: etree._Element, text: str) -> None:
    writer.text(etree.SubElement(p, w("r")), text)


def _field(writer: BodyWriter, p: etree._Element, instruction: str, shown: str) -> None:
    field = etree.SubElement(p, w("fldSimple"), {w("instr"): f" {instruction} "})
    _run(writer, field, shown)


# The package's core properties hold at most 255 characters each (python-docx refuses more, as Word would).
CORE_PROPERTY_MAX = 255


def core_property(text: str) -> str:
    """A property value within its limit, cut with « … » rather than refused: an organisation's name may be long."""
    return text if len(text) <= CORE_PROPERTY_MAX else text[:CORE_PROPERTY_MAX - 1].rstrip() + "…"


def set_properties(document: Document, title: str, subject: str, author: str, when: datetime) -> None:
    """File > Properties: what the contribution is and who sends it; nothing left from the template."""
    props = document.core_properties
    props.title = core_property(title)
    props.subject = core_property(subject)
    props.author = core_property(author)
    props.last_modified_by = core_property(author)
    props.language = LANGUAGE
    props.keywords = "CNIL ; consultation publique ; dossier patient informatisé"
    props.comments = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.version = ""
    props.revision = 1
    props.created = when
    props.modified = when


def package_bytes(document: Document, pieces: list[bytes], compresslevel: int = 6) -> bytes:
    """The .docx bytes: python-docx writes every part, then the main part gets the body text spliced in.

    The body of a long annex is tens of megabytes of XML already serialized by the chunks; parsing it
    back into one element tree only for python-docx to serialize it again would double the work.
    """
    body = document.element.body
    mark = etree.Comment(_MARK)
    section = body.find(w("sectPr"))
    if section is not None:
        section.addprevious(mark)
    else:
        body.append(mark)
    first = io.BytesIO()
    try:
        document.save(first)
    finally:
        body.remove(mark)
    main = str(document.part.partname).lstrip("/")
    size = sum(len(piece) for piece in pieces)
    stamp = time.localtime()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(first) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as target:
        for info in source.infolist():
            data = source.read(info)
            entry = _entry(info.filename, compresslevel, stamp)
            if info.filename != main:
                target.writestr(entry, data)
                continue
            head, tail = data.split(f"<!--{_MARK}-->".encode(), 1)
            with target.open(entry, "w", force_zip64=size > 2**31 - 1) as stream:
                stream.write(head)
                for piece in pieces:
                    stream.write(piece)
                stream.write(tail)
    return out.getvalue()


def _entry(name: str, compresslevel: int, stamp: tuple[int, ...]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    # The level travels on the entry: a private attribute before Python 3.13, public since.
    if hasattr(info, "compress_level"):
        info.compress_level = compresslevel
    else:
        info._compresslevel = compresslevel
    return info
