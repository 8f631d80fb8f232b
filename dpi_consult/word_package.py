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
# Relationships that may point outside the file, as Word writes them (a link, a linked picture); python-docx
# reads every other target from inside the package and fails on one outside it.
EXTERNAL_ALLOWED = ("/hyperlink", "/image")


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
    # Inside python-docx's own reading: a relationships part of another shape fails on an attribute.
    except (PackageNotFoundError, etree.XMLSyntaxError, AttributeError, TypeError, IndexError, *ZIP_ERRORS) as exc:
        what = {KeyError: "une partie annoncée manque", etree.XMLSyntaxError: "XML invalide"}.get(
            type(exc), "paquet invalide")
        raise fail(f"document Word endommagé ou illisible ({what})") from None
    element = document.element
    if element.tag != qn("w:document") or element.find(qn("w:body")) is None:
        raise fail("document Word sans corps de texte (word/document.xml n’est pas un document)")
    package = document.part.package
    relationships = [*package.rels.values(), *(rel for part in package.iter_parts() for rel in part.rels.values())]
    if any(rel.is_external and not rel.reltype.endswith(EXTERNAL_ALLOWED) for rel in relationships):
        raise fail("document Word dont une partie est hors du fichier (relation externe)")
    from docx.parts.numbering import NumberingPart
    from docx.parts.settings import SettingsPart
    from docx.parts.styles import StylesPart

    # The parts the importer and the export read must be of the kind their relationship says: python-docx
    # makes a bare Part of one with another content type, and fails on first use.
    expected = {"/styles": StylesPart, "/numbering": NumberingPart, "/settings": SettingsPart}
    for rel in document.part.rels.values():
        kind = next((k for k in expected if rel.reltype.endswith(k)), None)
        if kind is not None and not isinstance(rel.target_part, expected[kind]):
            raise fail("document Word endommagé ou illisible (une partie n’est pas de son type)")
    try:
        _ = document.core_properties.title
    except (AttributeError, KeyError, ValueError, etree.XMLSyntaxError):
        raise fail("document Word endommagé ou illisible (propriétés du document)") from None
    return document
