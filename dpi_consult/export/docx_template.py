"""The reference template: open it (.docx or .dotx), find or bring in the styles and lists the export uses."""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.parts.numbering import NumberingPart
from lxml import etree

from dpi_consult.errors import InputError
from dpi_consult.export.docx_xml import VAL, W_NS, insert_in_order, sub, w
from dpi_consult.resources import resource
from dpi_consult.word_package import DOCUMENT_XML_LIMIT, MAIN_PART, PACKAGE_UNPACKED_LIMIT, open_word_document
from dpi_consult.zip_guard import check_package

TEMPLATE_MAX_BYTES = 100 * 1024 * 1024
BULLET_LIST_NAME = "dpi-consult bullet"
DECIMAL_LIST_NAME = "dpi-consult decimal"
LANGUAGE = "fr-FR"
_MAIN_DOC = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MAIN_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"

# Logical style -> (type, built-in or bundled style ids, names). Names are matched case-insensitively:
# Word writes "heading 1" whatever its language, with a localised id ("Titre1"); other tools write
# the French display name ("Titre 1").
STYLE_SPECS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "normal": ("paragraph", ("Normal", "Standard"), ("normal", "standard")),
    "title": ("paragraph", ("Title", "Titre"), ("title", "titre")),
    "subtitle": ("paragraph", ("Subtitle", "Sous-titre"), ("subtitle", "sous-titre")),
    "cover": ("paragraph", ("CoverDetails",), ("cover details",)),
    **{f"heading{n}": ("paragraph", (f"Heading{n}", f"Titre{n}"), (f"heading {n}", f"titre {n}"))
       for n in range(1, 7)},
    "toc_heading": ("paragraph", ("TOCHeading", "En-ttedetabledesmatires"),
                    ("toc heading", "en-tête de table des matières")),
    "toc1": ("paragraph", ("TOC1", "TM1"), ("toc 1", "tm 1")),
    "toc2": ("paragraph", ("TOC2", "TM2"), ("toc 2", "tm 2")),
    "quote": ("paragraph", ("Quote", "Citation"), ("quote", "citation")),
    "list": ("paragraph", ("ListParagraph", "Paragraphedeliste"), ("list paragraph", "paragraphe de liste")),
    "code_block": ("paragraph", ("CodeBlock",), ("code block",)),
    "separator": ("paragraph", ("Separator",), ("separator",)),
    "header": ("paragraph", ("Header", "En-tte"), ("header", "en-tête")),
    "footer": ("paragraph", ("Footer", "Pieddepage"), ("footer", "pied de page")),
    "hyperlink": ("character", ("Hyperlink", "Lienhypertexte"), ("hyperlink", "lien hypertexte")),
    "code": ("character", ("Code",), ("code",)),
    "emphasis": ("character", ("Emphasis", "Accentuation"), ("emphasis", "accentuation")),
    "table": ("table", ("ContributionTable",), ("contribution table",)),
}


class TemplateError(InputError):
    """The Word template cannot be used; the message names it."""


@dataclass(frozen=True, slots=True)
class StyleIds:
    """What the body writer needs to know about the template; small and picklable for worker processes."""

    ids: dict[str, str]
    list_indents: tuple[int, ...]  # left indent of each list level (twips), for an item's later paragraphs
    quote_indent: int
    text_width: int  # twips between the margins: table column widths

    def __getitem__(self, key: str) -> str:
        return self.ids[key]


@dataclass(frozen=True, slots=True)
class ListDefinitions:
    bullet: int  # abstractNumId of the bullet list definition
    decimal: int


def bundled_template_bytes() -> bytes:
    return resource("templates", "contribution.docx").read_bytes()


def open_template(path: str | Path | None = None) -> Document:
    """The bundled template, or the user's .docx/.dotx; anything else raises TemplateError naming it."""
    if path is None:
        return docx.Document(io.BytesIO(bundled_template_bytes()))
    path = Path(path)
    try:
        if path.is_dir():
            raise TemplateError("modèle Word : c’est un dossier, pas un fichier", path)
        if path.stat().st_size > TEMPLATE_MAX_BYTES:
            raise TemplateError("modèle Word trop volumineux (plus de 100 Mo)", path)
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError(f"modèle Word illisible ({exc.strerror or exc})", path) from None
    document_bytes = _as_document(data, path)
    return open_word_document(document_bytes, lambda reason: TemplateError(f"modèle Word : {reason}", path))


def _as_document(data: bytes, path: Path) -> bytes:
    """A .dotx differs from a .docx by one content type only: switch it so python-docx opens it."""
    not_word = TemplateError("modèle inutilisable : ce n’est pas un document Word (.docx ou .dotx)", path)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise not_word
    # Checked before its content types are read: a damaged template is refused for what it is.
    check_package(data, lambda reason: TemplateError(f"modèle Word : {reason}", path),
                  total_limit=PACKAGE_UNPACKED_LIMIT, part_limits={MAIN_PART: DOCUMENT_XML_LIMIT})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            types = archive.read("[Content_Types].xml").decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            raise not_word from None
        if "macroEnabled" in types:
            raise TemplateError("modèle avec macros (.docm, .dotm) non accepté : "
                                "enregistrez-le au format .docx ou .dotx", path)
        if _MAIN_TEMPLATE in types:
            return _replace_entry(archive, "[Content_Types].xml", types.replace(_MAIN_TEMPLATE, _MAIN_DOC))
        if _MAIN_DOC not in types:
            raise not_word
    return data


def _replace_entry(archive: zipfile.ZipFile, name: str, text: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            data = text.encode("utf-8") if info.filename == name else archive.read(info)
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


@lru_cache(maxsize=1)
def _bundled_parts() -> tuple[bytes, bytes]:
    """The bundled template's styles and numbering XML, the source of anything a user template lacks."""
    with zipfile.ZipFile(io.BytesIO(bundled_template_bytes())) as archive:
        return archive.read("word/styles.xml"), archive.read("word/numbering.xml")


# -- styles ----------------------------------------------------------------------------------------------

class _Styles:
    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.by_id: dict[str, etree._Element] = {}
        self.by_name: dict[tuple[str, str], etree._Element] = {}
        for style in root.iterchildren(w("style")):
            self._index(style)

    def _index(self, style: etree._Element) -> None:
        self.by_id[style.get(w("styleId"), "")] = style
        name = style.find(w("name"))
        if name is not None:
            self.by_name.setdefault((style.get(w("type"), "paragraph"), name.get(VAL, "").lower()), style)

    def find(self, kind: str, ids: tuple[str, ...], names: tuple[str, ...]) -> str | None:
        for name in names:
            style = self.by_name.get((kind, name))
            if style is not None:
                return style.get(w("styleId"))
        for style_id in ids:
            style = self.by_id.get(style_id)
            if style is not None and style.get(w("type"), "paragraph") == kind:
                return style_id
        return None

    def adopt(self, source: _Styles, style_id: str) -> str:
        """Copy a bundled style (and the styles it is based on) in; returns its id in this document."""
        original = source.by_id[style_id]
        kind = original.get(w("type"), "paragraph")
        name_el = original.find(w("name"))
        name = name_el.get(VAL, "").lower() if name_el is not None else ""
        existing = self.by_name.get((kind, name))
        if existing is not None:
            return existing.get(w("styleId"), style_id)
        style = copy.deepcopy(original)
        new_id = style_id
        while new_id in self.by_id:
            new_id += "Dpi"
        style.set(w("styleId"), new_id)
        for ref in ("basedOn", "next", "link"):
            node = style.find(w(ref))
            if node is None:
                continue
            target = node.get(VAL, "")
            if ref == "link" or target not in source.by_id:
                style.remove(node)  # a linked character style is optional; Word recreates it
            elif target != style_id:
                node.set(VAL, self.adopt(source, target))
        style.attrib.pop(w("default"), None)
        self.root.append(style)
        self._index(style)
        return new_id


def resolve_styles(document: Document) -> dict[str, str]:
    """Logical style -> style id in this document, copying from the bundled template what it lacks."""
    target = _Styles(document.styles.element)
    bundled = _Styles(etree.fromstring(_bundled_parts()[0]))
    ids: dict[str, str] = {}
    for key, (kind, candidates, names) in STYLE_SPECS.items():
        found = target.find(kind, candidates, names)
        if found is None:
            found = target.adopt(bundled, bundled.find(kind, candidates, names) or candidates[0])
        ids[key] = found
    return ids


def _quote_indent(document: Document, style_id: str) -> int:
    style = document.styles.element.find(f"{w('style')}[@{w('styleId')}='{style_id}']")
    ind = style.find(f"{w('pPr')}/{w('ind')}") if style is not None else None
    value = ind.get(w("left"), ind.get(w("start"))) if ind is not None else None
    return int(value) if value and value.lstrip("-").isdigit() else 567


# -- lists -----------------------------------------------------------------------------------------------

def numbering_root(document: Document) -> etree._Element:
    """The numbering part's root, creating the part when the template has none."""
    part = document.part
    try:
        return part.part_related_by(RT.NUMBERING).element
    except KeyError:
        pass
    blob = f'<w:numbering xmlns:w="{W_NS}"/>'.encode()
    partname = part.package.next_partname("/word/numbering%d.xml") if _has_part(
        document, "/word/numbering.xml") else PackURI("/word/numbering.xml")
    numbering = NumberingPart.load(partname, CT.WML_NUMBERING, blob, part.package)
    part.relate_to(numbering, RT.NUMBERING)
    return numbering.element


def _has_part(document: Document, partname: str) -> bool:
    return any(p.partname == partname for p in document.part.package.iter_parts())


def list_definitions(document: Document) -> tuple[ListDefinitions, tuple[int, ...]]:
    """The bullet and decimal definitions (copied from the bundled template if absent) and level indents."""
    root = numbering_root(document)
    bundled = etree.fromstring(_bundled_parts()[1])
    found: dict[str, int] = {}
    indents: tuple[int, ...] = ()
    for name in (BULLET_LIST_NAME, DECIMAL_LIST_NAME):
        definition = _abstract_by_name(root, name)
        if definition is None:
            definition = copy.deepcopy(_abstract_by_name(bundled, name))
            used = [int(a.get(w("abstractNumId"), "0")) for a in root.iterchildren(w("abstractNum"))]
            definition.set(w("abstractNumId"), str(max(used, default=-1) + 1))
            # The schema wants every abstractNum before the first num.
            insert_in_order(root, definition, ("num", "numIdMacAtCleanup"))
        found[name] = int(definition.get(w("abstractNumId")))
        if name == BULLET_LIST_NAME:
            indents = tuple(_level_indent(definition, level) for level in range(9))
    return ListDefinitions(found[BULLET_LIST_NAME], found[DECIMAL_LIST_NAME]), indents


def _abstract_by_name(root: etree._Element, name: str) -> etree._Element | None:
    for definition in root.iterchildren(w("abstractNum")):
        node = definition.find(w("name"))
        if node is not None and node.get(VAL) == name:
            return definition
    return None


def _level_indent(definition: etree._Element, level: int) -> int:
    ind = definition.find(f"{w('lvl')}[@{w('ilvl')}='{level}']/{w('pPr')}/{w('ind')}")
    value = ind.get(w("left"), ind.get(w("start"))) if ind is not None else None
    return int(value) if value and value.isdigit() else 720 + 360 * level


def max_num_id(document: Document) -> int:
    root = numbering_root(document)
    return max((int(n.get(w("numId"), "0")) for n in root.iterchildren(w("num"))), default=0)


# -- document-wide settings ------------------------------------------------------------------------------

_RPR_AFTER_LANG = ("eastAsianLayout", "specVanish", "oMath")
_SETTINGS_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema",
    "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
    "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)


def set_language(document: Document) -> None:
    """fr-FR as the default language of every run: French spelling and hyphenation in Word."""
    root = document.styles.element
    defaults = root.find(w("docDefaults"))
    if defaults is None:
        defaults = etree.Element(w("docDefaults"))
        root.insert(0, defaults)
    rpr_default = defaults.find(w("rPrDefault"))
    if rpr_default is None:
        rpr_default = etree.Element(w("rPrDefault"))
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(w("rPr"))
    if rpr is None:
        rpr = sub(rpr_default, "rPr")
    lang = rpr.find(w("lang"))
    if lang is None:
        lang = etree.Element(w("lang"))
        insert_in_order(rpr, lang, _RPR_AFTER_LANG)
    lang.set(VAL, LANGUAGE)


def set_update_fields(document: Document) -> None:
    """Ask Word to refresh the table of contents and page fields when the document opens."""
    settings = document.settings.element
    for locked in ("documentProtection", "writeProtection"):
        # A letterhead locked for editing must not lock the contribution built from it.
        for node in settings.findall(w(locked)):
            settings.remove(node)
    node = settings.find(w("updateFields"))
    if node is None:
        node = etree.Element(w("updateFields"))
        insert_in_order(settings, node, _SETTINGS_AFTER_UPDATE_FIELDS)
    node.set(VAL, "true")


def clear_body(document: Document) -> etree._Element:
    """Remove the template's text, keeping its final section (page setup, header and footer references)."""
    body = document.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    return body


def text_width(document: Document) -> int:
    section = document.sections[-1]
    try:
        width = section.page_width - section.left_margin - section.right_margin
        return max(1440, int(width / 635))  # EMU -> twips
    except TypeError:  # page size or margins left to the application's defaults
        return 9070


def prepare(document: Document, update_fields: bool = True) -> tuple[StyleIds, ListDefinitions]:
    """Everything the template needs before the body is written; `update_fields` asks Word to refresh the table
    of contents on opening (a document without one, such as the blank questionnaire, has nothing to ask)."""
    ids = resolve_styles(document)
    lists, indents = list_definitions(document)
    set_language(document)
    if update_fields:
        set_update_fields(document)
    clear_body(document)
    styles = StyleIds(ids, indents, _quote_indent(document, ids["quote"]), text_width(document))
    return styles, lists
