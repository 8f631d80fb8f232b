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
    """fr-FR as the default language of every run, and of every style that names another (a template saved by
    LibreOffice keeps en-US on Normal and others): French spelling and hyphenation in Word."""
    root = document.styles.element
    for lang in root.iter(w("lang")):
        if lang.get(VAL) is not None:
            lang.set(VAL, LANGUAGE)
    defaults = _doc_defaults(root)
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


_PPR_AFTER_WIDOW = ("keepNext", "keepLines", "pageBreakBefore", "framePr")


def _doc_defaults(root: etree._Element) -> etree._Element:
    defaults = root.find(w("docDefaults"))
    if defaults is None:
        defaults = etree.Element(w("docDefaults"))
        root.insert(0, defaults)
    return defaults


def set_widow_control(document: Document) -> None:
    """Widow and orphan control on for every paragraph: Word takes it as off where no style sets it."""
    defaults = _doc_defaults(document.styles.element)
    ppr_default = defaults.find(w("pPrDefault"))
    if ppr_default is None:
        ppr_default = etree.Element(w("pPrDefault"))
        rpr_default = defaults.find(w("rPrDefault"))
        if rpr_default is not None:
            rpr_default.addnext(ppr_default)
        else:
            defaults.insert(0, ppr_default)
    ppr = ppr_default.find(w("pPr"))
    if ppr is None:
        ppr = sub(ppr_default, "pPr")
    widow = ppr.find(w("widowControl"))
    if widow is None:
        widow = etree.Element(w("widowControl"))
        # pPr's children come in the schema's order: keepNext, keepLines, pageBreakBefore, framePr, widowControl…
        anchor = [child for child in ppr if child.tag in {w(t) for t in _PPR_AFTER_WIDOW}]
        if anchor:
            anchor[-1].addnext(widow)
        else:
            ppr.insert(0, widow)
    widow.attrib.pop(VAL, None)


# What a template carries that describes it, not the contribution: its thumbnail, its own custom properties and
# custom XML data. The application properties (docProps/app.xml) are rewritten by the package.
_TEMPLATE_OWN = {
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
}


def drop_template_parts(document: Document) -> None:
    """Nothing of the template's own files goes into the contribution."""
    package = document.part.package
    for owner in (package, document.part):
        for rel_id, rel in list(owner.rels.items()):
            if rel.reltype in _TEMPLATE_OWN:
                del owner.rels[rel_id]


def set_update_fields(document: Document) -> None:
    """Ask Word to refresh the table of contents and page fields when the document opens."""
    settings = document.settings.element
    for locked in ("documentProtection", "writeProtection"):
        # A letterhead locked for editing must not lock the contribution built from it.
        for node in settings.findall(w(locked)):
            settings.remove(node)
    for zoom in settings.findall(w("zoom")):
        # Word's schema requires the percentage (python-docx's own template omits it): a strict reader refuses.
        if zoom.get(w("percent")) is None:
            zoom.set(w("percent"), "100")
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
    add_annex_styles(document, ids)
    lists, indents = list_definitions(document)
    set_language(document)
    set_widow_control(document)
    drop_template_parts(document)
    if update_fields:
        set_update_fields(document)
    clear_body(document)
    styles = StyleIds(ids, indents, _quote_indent(document, ids["quote"]), text_width(document))
    return styles, lists


# -- the annex's own styles ------------------------------------------------------------------------------

# Logical style -> (style id, name, what it sets after its name). "{normal}", "{list}", "{quote}" and "{annex_text}"
# are those styles' ids here, "{size}" the annex's text size (half-points). Not headings (no outline level): in the
# annex, the navigation pane and the contents list only sheets and questions. Single line spacing and a point less
# than Normal (not below 9.5 pt): the annex of a large federation runs to a thousand pages.
ANNEX_STYLES: dict[str, tuple[str, str, str]] = {
    # A paragraph of a member's answer.
    "annex_text": ("AnnexText", "Annex Text",
                   '<w:basedOn w:val="{normal}"/><w:uiPriority w:val="39"/><w:qFormat/>'
                   '<w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>'
                   '<w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'),
    # A member's name above its answer, kept with it.
    "annex_member": ("AnnexMember", "Annex Member",
                     '<w:basedOn w:val="{annex_text}"/><w:next w:val="{annex_text}"/><w:uiPriority w:val="39"/>'
                     '<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="100" w:after="20"/>'
                     '</w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>'),
    # "# Titre" inside a member's answer.
    "annex_heading": ("AnnexHeading", "Annex Heading",
                      '<w:basedOn w:val="{annex_text}"/><w:next w:val="{annex_text}"/><w:uiPriority w:val="39"/>'
                      '<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="80" w:after="20"/>'
                      '</w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>'),
    "annex_list": ("AnnexList", "Annex List",
                   '<w:basedOn w:val="{list}"/><w:uiPriority w:val="39"/><w:qFormat/>'
                   '<w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>'
                   '<w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'),
    "annex_quote": ("AnnexQuote", "Annex Quote",
                    '<w:basedOn w:val="{quote}"/><w:next w:val="{annex_text}"/><w:uiPriority w:val="39"/>'
                    '<w:qFormat/><w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>'
                    '<w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'),
    # A cell of a table of choice answers: the table style's cell margins part the rows.
    "annex_table": ("AnnexTableText", "Annex Table Text",
                    '<w:basedOn w:val="{annex_text}"/><w:uiPriority w:val="39"/><w:qFormat/>'
                    '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'),
}
ANNEX_MIN_SIZE = 19  # half-points


def add_annex_styles(document: Document, ids: dict[str, str]) -> None:
    """The annex's paragraph styles, found by name in the template (a letterhead may define its own) or else
    added; their ids go into `ids`."""
    styles = _Styles(document.styles.element)
    normal = _normal_size(styles, ids["normal"])
    size = str(min(normal, max(ANNEX_MIN_SIZE, normal - 2)))
    for key, (style_id, name, definition) in ANNEX_STYLES.items():
        found = styles.find("paragraph", (), (name.lower(),))
        if found is None:
            found = style_id
            while found in styles.by_id:
                found += "Dpi"
            style = etree.fromstring(
                f'<w:style xmlns:w="{W_NS}" w:type="paragraph" w:customStyle="1" w:styleId="{found}">'
                f'<w:name w:val="{name}"/>{definition.format(size=size, **ids)}</w:style>')
            styles.root.append(style)
            styles._index(style)
        ids[key] = found


def _normal_size(styles: _Styles, normal_id: str) -> int:
    """Normal's text size in half-points: its own, the document default's, or Word's 10 pt."""
    for rpr in (styles.by_id.get(normal_id, etree.Element(w("style"))).find(w("rPr")),
                styles.root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")):
        node = rpr.find(w("sz")) if rpr is not None else None
        if node is not None and (node.get(VAL) or "").isdigit():
            return int(node.get(VAL))
    return 20
