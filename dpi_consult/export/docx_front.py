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


@dataclass(frozen=True, slots=True)
class TocEntry:
    level: int
    text: str
    bookmark: str


def write_cover(writer: BodyWriter, form: Form, draft: Draft, today: date) -> None:
    writer.text_paragraph("title", form.title)
    writer.text_paragraph("subtitle", f"Contribution de {organisation(draft)}")
    count = collective_members(form, draft)
    if count is not None:
        writer.text_paragraph("cover", collective_sentence(count))
    for label in cover_labels(form, draft):
        writer.text_paragraph("cover", label)
    writer.text_paragraph("cover", french_date(today))
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


def _plain(text: str) -> list[Block]:
    return [Paragraph(plain_inlines(text))]


def write_toc(writer: BodyWriter, entries: list[TocEntry]) -> None:
    """A real TOC field, its result pre-filled with the headings as links to their bookmarks.

    Word refreshes the field on opening (updateFields) and adds the page numbers. LibreOffice shows the
    result as written, and a PAGEREF field inside it stays blank, so page numbers are left out rather
    than guessed: a wrong page number misleads more than none.
    """
    writer.text_paragraph("toc_heading", TOC_TITLE, page_break=True)
    first = writer.paragraph(f"toc{entries[0].level}" if entries else "toc1")
    _fld_char(first, "begin", dirty=True)
    _instr(first, TOC_INSTRUCTION)
    _fld_char(first, "separate")
    last = first
    for number, entry in enumerate(entries):
        p = first if number == 0 else writer.paragraph(f"toc{entry.level}")
        link = etree.SubElement(p, w("hyperlink"), {w("anchor"): entry.bookmark, w("history"): "1"})
        writer.text(etree.SubElement(link, w("r")), entry.text)
        last = p
    _fld_char(last, "end")


def _fld_char(parent: etree._Element, kind: str, dirty: bool = False) -> None:
    attrib = {w("fldCharType"): kind}
    if dirty:
        attrib[w("dirty")] = "true"
    etree.SubElement(etree.SubElement(parent, w("r")), w("fldChar"), attrib)


def _instr(parent: etree._Element, instruction: str) -> None:
    node = etree.SubElement(etree.SubElement(parent, w("r")), w("instrText"))
    node.text = instruction
    node.set(XML_SPACE, "preserve")
