"""The package around the body: header and footer, document properties, and the zip with the body spliced in."""

from __future__ import annotations

import copy
import io
import time
import zipfile
from datetime import datetime

from docx.document import Document
from lxml import etree

from dpi_consult.export.docx_blocks import BodyWriter
from dpi_consult.export.docx_template import LANGUAGE, StyleIds
from dpi_consult.export.docx_xml import R_ID, w

_MARK = "dpi-consult:body-goes-here"
# Anything but empty paragraphs makes a header the template's own: text, a logo, a field, a shape.
_CONTENT = tuple(w(tag) for tag in ("drawing", "pict", "object", "fldSimple", "instrText", "tbl"))


def is_empty(root: etree._Element) -> bool:
    for node in root.iter(w("t"), *_CONTENT):
        if node.tag != w("t") or (node.text or "").strip():
            return False
    return True


def add_header_footer(document: Document, styles: StyleIds, organisation: str) -> None:
    """The organisation's name in the header and "page X / Y" in the footer, where the template's are empty (the
    blank questionnaire: one section)."""
    writer = BodyWriter(styles)
    section = document.sections[-1]
    header = _empty_definition(section.header)
    if header is not None:
        writer.text_paragraph("header", organisation, parent=header)
    footer = _empty_definition(section.footer)
    if footer is not None:
        _page_numbers(writer, writer.paragraph("footer", parent=footer))


def _page_numbers(writer: BodyWriter, p: etree._Element) -> None:
    _run(writer, p, "page ")
    _field(writer, p, "PAGE", "1")
    _run(writer, p, " / ")
    _field(writer, p, "NUMPAGES", "1")


_REFERENCES = (w("headerReference"), w("footerReference"))
# sectPr's children that come after titlePg in the schema's order.
_AFTER_TITLE_PAGE = ("textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange")


class Sections:
    """One section per part of the document (the cover and contents, each sheet, the annex's sheets), each with a
    plain-text header naming it: LibreOffice does not evaluate STYLEREF in headers, so the text is written out.

    A letterhead's own header stays, on every page; its footer gets "page X / Y" when it has no page number.
    The cover page is a distinct first page: no running header, no page number.
    """

    def __init__(self, document: Document, styles: StyleIds) -> None:
        self.document = document
        self.writer = BodyWriter(styles)
        self.final = document.element.body.find(w("sectPr"))
        section = document.sections[-1]
        self.letterhead = self._template_rid(section.header)
        footer = self._template_rid(section.footer)
        if footer is not None:
            root = section.footer._element
            if not any("PAGE" in (node.get(w("instr")) or node.text or "")
                       for node in root.iter(w("fldSimple"), w("instrText"))):
                _page_numbers(self.writer, self.writer.paragraph("footer", parent=root))
            self.footer = footer
        else:
            part, self.footer = document.part.add_footer_part()
            _page_numbers(self.writer, self.writer.paragraph("footer", parent=_emptied(part.element)))
        self.headers: dict[str, str] = {}
        self.blank_header = self.letterhead or self._header_rid("")
        _part, self.blank_footer = document.part.add_footer_part()
        _emptied(_part.element)
        # The template's own references and title page setting give way to the ones each section gets.
        for node in [*self.final.findall(w("headerReference")), *self.final.findall(w("footerReference")),
                     *self.final.findall(w("titlePg"))]:
            self.final.remove(node)
        self.pristine = copy.deepcopy(self.final)

    def _template_rid(self, proxy) -> str | None:  # noqa: ANN001 - python-docx _Header/_Footer
        """The template's own header or footer, when it has content (a letterhead), else None."""
        if proxy.is_linked_to_previous or is_empty(proxy._element):
            return None
        kind = "headerReference" if proxy.__class__.__name__ == "_Header" else "footerReference"
        reference = self.final.find(f"{w(kind)}[@{w('type')}='default']")
        return reference.get(R_ID) if reference is not None else None

    def _header_rid(self, text: str) -> str:
        if self.letterhead is not None:
            return self.letterhead
        if text not in self.headers:
            part, rid = self.document.part.add_header_part()
            root = _emptied(part.element)
            if text:
                self.writer.text_paragraph("header", text, parent=root)
            self.headers[text] = rid
        return self.headers[text]

    def _fill(self, sect_pr: etree._Element, header: str, title_page: bool) -> None:
        references = [("headerReference", "default", self._header_rid(header)),
                      ("footerReference", "default", self.footer)]
        if title_page:
            references += [("headerReference", "first", self.blank_header),
                           ("footerReference", "first", self.blank_footer)]
        for position, (kind, which, rid) in enumerate(references):
            sect_pr.insert(position, etree.Element(w(kind), {w("type"): which, R_ID: rid}))
        if title_page:
            title = etree.Element(w("titlePg"))
            after = [c for c in sect_pr if c.tag in {w(t) for t in _AFTER_TITLE_PAGE}]
            if after:
                after[0].addprevious(title)
            else:
                sect_pr.append(title)

    def closing(self, header: str, title_page: bool = False) -> bytes:
        """The `w:sectPr` that ends a section with this header."""
        sect_pr = copy.deepcopy(self.pristine)
        self._fill(sect_pr, header, title_page)
        return etree.tostring(sect_pr)

    def last(self, header: str) -> None:
        """The document's last section (the body's own sectPr)."""
        self._fill(self.final, header, title_page=False)


def _emptied(root: etree._Element) -> etree._Element:
    for child in list(root):
        root.remove(child)
    return root


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
    _set_application(document)


_APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>dpi-consult</Application></Properties>')


def _set_application(document: Document) -> None:
    """The application properties say dpi-consult wrote the file: never the template's application, pages or
    word counts (Word counts again when it opens the file)."""
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = _APP_XML.encode("utf-8")


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
