"""The front of the Word contribution: cover, identification table, publication choice, table of contents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lxml import etree

from dpi_consult.draft.model import Draft
from dpi_consult.export.content import (
    collective_members,
    collective_sentence,
    cover_labels,
    identification_rows,
    organisation,
    publication,
)
from dpi_consult.export.docx_blocks import BodyWriter, plain_inlines
from dpi_consult.export.docx_xml import XML_SPACE, w
from dpi_consult.form.model import Form, QuestionKind
from dpi_consult.french_formats import french_date
from dpi_consult.markdown import Block, Paragraph, parse

TOC_TITLE = "Sommaire"
PUBLICATION_LABEL = "Publication"
# Headings of levels 1-2 as hyperlinks, without page numbers in web view, from the outline levels.
TOC_INSTRUCTION = ' TOC \\o "1-2" \\h \\z \\u '
# "Contribution de Centre hospitalier…" is wrong French, and the right article depends on the name: a label
# reads right for any organisation.
SENDER_LABEL = "Contribution présentée par\u00a0: "


def sender_line(draft: Draft) -> str:
    return SENDER_LABEL + organisation(draft)


@dataclass(frozen=True, slots=True)
class TocEntry:
    level: int
    text: str
    bookmark: str


def write_cover(writer: BodyWriter, form: Form, draft: Draft, today: date) -> None:
    writer.text_paragraph("title", form.title)
    writer.text_paragraph("subtitle", sender_line(draft))
    count = collective_members(form, draft)
    if count is not None:
        writer.text_paragraph("cover", collective_sentence(count))
    for label in cover_labels(form, draft):
        writer.text_paragraph("cover", label)
    _date_paragraph(writer, today)
    writer.paragraph(None)
    rows: list[list[list[Block]]] = [[_plain(label), _plain(value)] for label, value in
                                     identification_rows(form, draft)]
    sentence, others = publication(form, draft)
    rows.append([_plain(PUBLICATION_LABEL), _plain(sentence)])
    for entry in others:
        value = entry.value
        if entry.question.kind is QuestionKind.LONG_TEXT and isinstance(value, str):
            rows.append([_plain(entry.question.prompt), parse(value).blocks])
        else:
            rows.append([_plain(entry.question.prompt), _plain(str(value))])
    writer.grid(rows, header=False)


def _date_paragraph(writer: BodyWriter, today: date) -> None:
    """« 1er décembre 2026 » with a superscript « er », as French typography writes it."""
    text = french_date(today)
    if not text.startswith("1er "):
        writer.text_paragraph("cover", text)
        return
    p = writer.paragraph("cover")
    writer.text(etree.SubElement(p, w("r")), "1")
    run = etree.SubElement(p, w("r"))
    etree.SubElement(etree.SubElement(run, w("rPr")), w("vertAlign"), {w("val"): "superscript"})
    writer.text(run, "er")
    writer.text(etree.SubElement(p, w("r")), text[3:])


def _plain(text: str) -> list[Block]:
    return [Paragraph(plain_inlines(text))]


def write_toc(writer: BodyWriter, entries: list[TocEntry]) -> None:
    """A real TOC field, its result pre-filled with the headings as links to their bookmarks, each with a PAGEREF
    field to its heading's bookmark after a dotted tab at the text's right edge.

    LibreOffice computes the PAGEREF fields as it lays the document out, so the page numbers are right there.
    Word is asked to refresh the fields on opening (updateFields) and rebuilds the contents itself.
    """
    writer.text_paragraph("toc_heading", TOC_TITLE, page_break=True)
    for number, entry in enumerate(entries):
        p = writer.paragraph(f"toc{entry.level}")
        _toc_layout(p, writer.styles.text_width, keep_with_next=number < len(entries) - 1)
        link = etree.SubElement(p, w("hyperlink"), {w("anchor"): entry.bookmark, w("history"): "1"})
        writer.text(etree.SubElement(link, w("r")), entry.text)
        etree.SubElement(etree.SubElement(p, w("r")), w("tab"))
        _fld_char(p, "begin")
        _instr(p, f" PAGEREF {entry.bookmark} \\h ")
        _fld_char(p, "separate")
        writer.text(etree.SubElement(p, w("r")), "1")
        _fld_char(p, "end")


def _toc_layout(p: etree._Element, text_width: int, keep_with_next: bool) -> None:
    """A right tab with dots at the text's width (the template's, a letterhead's margins included), and the
    entry kept with the next so that the contents does not leave a lone line on a page."""
    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = etree.Element(w("pPr"))
        p.insert(0, ppr)
    style = ppr.find(w("pStyle"))
    position = 1 if style is not None else 0
    if keep_with_next:
        ppr.insert(position, etree.Element(w("keepNext")))
        position += 1
    tabs = etree.Element(w("tabs"))
    etree.SubElement(tabs, w("tab"), {w("val"): "right", w("leader"): "dot", w("pos"): str(text_width)})
    # pPr's children in the schema's order: pStyle, keepNext, keepLines, …, numPr, …, tabs.
    after = [c for c in ppr if c.tag in {w(t) for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore",
                                                          "framePr", "widowControl", "numPr", "suppressLineNumbers",
                                                          "pBdr", "shd")}]
    if after:
        after[-1].addnext(tabs)
    else:
        ppr.insert(0, tabs)


def _fld_char(parent: etree._Element, kind: str, dirty: bool = False) -> None:
    attrib = {w("fldCharType"): kind}
    if dirty:
        attrib[w("dirty")] = "true"
    etree.SubElement(etree.SubElement(parent, w("r")), w("fldChar"), attrib)


def _instr(parent: etree._Element, instruction: str) -> None:
    node = etree.SubElement(etree.SubElement(parent, w("r")), w("instrText"))
    node.text = instruction
    node.set(XML_SPACE, "preserve")
