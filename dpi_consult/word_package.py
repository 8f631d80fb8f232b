"""A Word document someone else wrote, opened only once its package is sound: every failure is one reason."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from dpi_consult.zip_guard import ZIP_ERRORS, check_package

# The whole package may carry pictures; the text of even a long questionnaire stays far below this.
PACKAGE_UNPACKED_LIMIT = 1024 * 1024 * 1024
DOCUMENT_XML_LIMIT = 64 * 1024 * 1024
MAIN_PART = "word/document.xml"
# Parts python-docx reads from the package itself: pointing them outside it is never legitimate.
STRUCTURAL_PARTS = ("/styles", "/numbering", "/settings", "/fontTable", "/theme", "/webSettings", "/footnotes",
                    "/endnotes", "/comments", "/header", "/footer", "/stylesWithEffects", "/officeDocument")


def open_word_document(raw: bytes, fail: Callable[[str], Exception]) -> Any:
    """The python-docx document of `raw`; `fail(reason)` makes the error raised for anything unsound."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn
    from lxml import etree

    names = check_package(raw, fail, total_limit=PACKAGE_UNPACKED_LIMIT, part_limits={MAIN_PART: DOCUMENT_XML_LIMIT})
    if MAIN_PART not in names and "[Content_Types].xml" not in names:
        raise fail("archive zip qui n’est pas un document Word (.docx)")
    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, etree.XMLSyntaxError, *ZIP_ERRORS) as exc:
        what = {KeyError: "une partie annoncée manque", etree.XMLSyntaxError: "XML invalide"}.get(
            type(exc), "paquet invalide")
        raise fail(f"document Word endommagé ou illisible ({what})") from None
    element = document.element
    if element.tag != qn("w:document") or element.find(qn("w:body")) is None:
        raise fail("document Word sans corps de texte (word/document.xml n’est pas un document)")
    for relationship in document.part.rels.values():
        if relationship.is_external and relationship.reltype.endswith(STRUCTURAL_PARTS):
            raise fail("document Word dont une partie est hors du fichier (relation externe)")
    return document
