#!/usr/bin/env python3
"""Build resources/templates/contribution.docx, the bundled reference template of the Word export.

    python scripts/make_template.py            # writes resources/templates/contribution.docx

The look of the exported contribution lives here, never in the export code, which only names styles:
fonts, sizes, colours, spacing, list bullets and indents, table borders. The template starts from
python-docx's blank document, whose styles, numbering and settings are replaced by the definitions
below, and whose leftovers (thumbnail, customXml, stylesWithEffects) are dropped.

Font: Arial throughout (Consolas for code). Word has both on every Windows and Mac; LibreOffice on
Linux draws Arial with the metric-compatible Liberation Sans (fonts-liberation), so line and page
breaks match Word's, and fontconfig maps Consolas to the system monospace font.
Colours: the "bleu France" #000091 of French public bodies for titles and headings.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Cm
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "templates" / "contribution.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'
FIXED_DATE = (2025, 1, 1, 0, 0, 0)  # zip entry dates, so that rebuilding gives the same bytes

BLUE = "000091"
GREY = "3A3A3A"
TEXT_WIDTH = 9070  # twips: A4 (11906) minus two 2.5 cm margins (2 x 1418)

# Each style: (type, styleId, name, extra XML inside <w:style> after the name). Element order follows
# the schema (CT_Style, CT_PPr, CT_RPr): Word reports a damaged file when it is not respected.
STYLES: list[tuple[str, str, str, str]] = [
    ("paragraph", "Normal", "Normal", '<w:qFormat/>'),
    ("character", "DefaultParagraphFont", "Default Paragraph Font", '<w:uiPriority w:val="1"/><w:semiHidden/>'
     '<w:unhideWhenUsed/>'),
    ("table", "TableNormal", "Normal Table", '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
     '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
     '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
     '</w:tblCellMar></w:tblPr>'),
    ("numbering", "NoList", "No List", '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'),
    ("paragraph", "Title", "Title", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/>'
     '<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="2400" w:after="360" w:line="240" w:lineRule="auto"/>'
     '</w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="' + BLUE + '"/><w:kern w:val="28"/><w:sz w:val="44"/>'
     '<w:szCs w:val="44"/></w:rPr>'),
    ("paragraph", "Subtitle", "Subtitle", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
     '<w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240"/></w:pPr>'
     '<w:rPr><w:color w:val="' + BLUE + '"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'),
    ("paragraph", "CoverDetails", "Cover Details", '<w:basedOn w:val="Normal"/><w:uiPriority w:val="11"/>'
     '<w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:color w:val="' + GREY + '"/>'
     '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>'),
]

_HEADINGS = [  # level, size (half-points), colour, space before, space after, bold, italic
    (1, 32, BLUE, 480, 160, True, False),
    (2, 26, BLUE, 320, 120, True, False),
    (3, 23, "1F1F1F", 240, 80, True, False),
    (4, 22, GREY, 200, 60, True, False),
    (5, 22, GREY, 160, 60, False, True),
    (6, 21, GREY, 160, 40, False, True),
]
for _level, _size, _colour, _before, _after, _bold, _italic in _HEADINGS:
    _border = ('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="' + BLUE + '"/></w:pBdr>'
               if _level == 1 else "")
    STYLES.append((
        "paragraph", f"Heading{_level}", f"heading {_level}",
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
        f'<w:pPr><w:keepNext/><w:keepLines/>{_border}<w:spacing w:before="{_before}" w:after="{_after}"/>'
        f'<w:outlineLvl w:val="{_level - 1}"/></w:pPr><w:rPr>'
        + ('<w:b/><w:bCs/>' if _bold else '') + ('<w:i/><w:iCs/>' if _italic else '')
        + f'<w:color w:val="{_colour}"/><w:sz w:val="{_size}"/><w:szCs w:val="{_size}"/></w:rPr>',
    ))

STYLES += [
    ("paragraph", "TOCHeading", "TOC Heading", '<w:basedOn w:val="Heading1"/><w:next w:val="Normal"/>'
     '<w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:outlineLvl w:val="9"/></w:pPr>'),
    ("paragraph", "TOC1", "toc 1", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>'
     f'<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
     '<w:spacing w:before="120" w:after="40"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>'),
    ("paragraph", "TOC2", "toc 2", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>'
     f'<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
     '<w:spacing w:after="40"/><w:ind w:left="284"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/>'
     '</w:rPr>'),
    ("paragraph", "Quote", "Quote", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/>'
     '<w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="' + BLUE + '"/></w:pBdr>'
     '<w:ind w:left="567" w:right="567"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="' + GREY + '"/></w:rPr>'),
    ("paragraph", "ListParagraph", "List Paragraph", '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/>'
     '<w:qFormat/><w:pPr><w:spacing w:after="120"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>'),
    ("paragraph", "CodeBlock", "Code Block", '<w:basedOn w:val="Normal"/><w:uiPriority w:val="39"/>'
     '<w:qFormat/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>'
     '<w:spacing w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:left="284" w:right="284"/></w:pPr>'
     '<w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:sz w:val="19"/>'
     '<w:szCs w:val="19"/></w:rPr>'),
    ("paragraph", "Separator", "Separator", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
     '<w:uiPriority w:val="39"/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="A6A6A6"/>'
     '</w:pBdr><w:spacing w:before="120" w:after="240"/><w:ind w:left="2268" w:right="2268"/></w:pPr>'),
    ("paragraph", "Header", "header", '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
     f'<w:pPr><w:tabs><w:tab w:val="center" w:pos="{TEXT_WIDTH // 2}"/><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/>'
     '</w:tabs><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr><w:rPr><w:color w:val="595959"/>'
     '<w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'),
    ("paragraph", "Footer", "footer", '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
     f'<w:pPr><w:tabs><w:tab w:val="center" w:pos="{TEXT_WIDTH // 2}"/><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/>'
     '</w:tabs><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="595959"/>'
     '<w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'),
    ("character", "Hyperlink", "Hyperlink", '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>'
     '<w:unhideWhenUsed/><w:rPr><w:color w:val="1D4ED8"/><w:u w:val="single"/></w:rPr>'),
    ("character", "Code", "Code", '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="39"/><w:qFormat/>'
     '<w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:sz w:val="20"/>'
     '<w:szCs w:val="20"/><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:rPr>'),
    ("character", "Emphasis", "Emphasis", '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="20"/>'
     '<w:qFormat/><w:rPr><w:i/><w:iCs/><w:color w:val="595959"/></w:rPr>'),
    ("table", "ContributionTable", "Contribution Table", '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
     '<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>'
     '<w:tblPr><w:tblBorders>'
     + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
               for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
     + '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
     '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
     '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="' + BLUE + '"/></w:rPr>'
     '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E8EDFF"/></w:tcPr></w:tblStylePr>'
     '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr>'),
]

DOC_DEFAULTS = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="Arial" w:hAnsi="Arial" '
    'w:cs="Arial"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="fr-FR" w:eastAsia="en-US" '
    'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" '
    'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
)

BULLETS = ("•", "◦", "▪")


def _level(ilvl: int, ordered: bool) -> str:
    left, hanging = 720 + 360 * ilvl, 360
    if ordered:
        fmt, text = "decimal", f"%{ilvl + 1}."
    else:
        fmt, text = "bullet", BULLETS[ilvl % len(BULLETS)]
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>')


def numbering_xml() -> str:
    """Two multi-level lists the export finds by name: bullets and decimal numbers, levels 0-8."""
    parts = []
    for number, (name, ordered, nsid) in enumerate(
            (("dpi-consult bullet", False, "5D1A0001"), ("dpi-consult decimal", True, "5D1A0002"))):
        levels = "".join(_level(ilvl, ordered) for ilvl in range(9))
        parts.append(f'<w:abstractNum w:abstractNumId="{number}"><w:nsid w:val="{nsid}"/>'
                     f'<w:multiLevelType w:val="hybridMultilevel"/><w:name w:val="{name}"/>{levels}</w:abstractNum>')
    return f'<w:numbering {NSDECL}>{"".join(parts)}</w:numbering>'


def styles_xml() -> str:
    body = []
    for kind, style_id, name, extra in STYLES:
        default = ' w:default="1"' if style_id in ("Normal", "DefaultParagraphFont", "TableNormal", "NoList") else ""
        body.append(f'<w:style w:type="{kind}"{default} w:styleId="{style_id}"><w:name w:val="{name}"/>{extra}'
                    '</w:style>')
    return f'<w:styles {NSDECL}>{DOC_DEFAULTS}{"".join(body)}</w:styles>'


SETTINGS = (
    f'<w:settings {NSDECL}><w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/>'
    '<w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
    'w:val="15"/></w:compat><w:themeFontLang w:val="fr-FR"/><w:decimalSymbol w:val=","/>'
    '<w:listSeparator w:val=";"/></w:settings>'
)


def _replace_children(target: etree._Element, xml: str) -> None:
    source = etree.fromstring(xml)
    for child in list(target):
        target.remove(child)
    for child in source:
        target.append(child)


def build() -> bytes:
    document = docx.Document()
    part = document.part
    # Leftovers of python-docx's sample document that a template should not carry (app.xml names
    # "Microsoft Macintosh Word" and a page count; it is optional and Word rewrites it).
    for rels in (part.rels, part.package.rels):
        for rid, rel in list(rels.items()):
            dropped = (RT.CUSTOM_XML, RT.THUMBNAIL, RT.WEB_SETTINGS, RT.EXTENDED_PROPERTIES)
            if rel.reltype in dropped or rel.reltype.endswith("/stylesWithEffects"):
                del rels[rid]
    _replace_children(document.styles.element, styles_xml())
    _replace_children(part.numbering_part.element, numbering_xml())
    _replace_children(document.settings.element, SETTINGS)
    body = document.element.body
    for child in list(body):
        if child.tag != f"{{{W_NS}}}sectPr":
            body.remove(child)
    document.add_paragraph()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.2)
    props = document.core_properties
    props.title = "Contribution à une consultation publique"
    props.subject = "Modèle de document de dpi-consult"
    props.author = props.last_modified_by = "dpi-consult"
    props.keywords = props.comments = props.category = ""
    props.language = "fr-FR"
    props.revision = 1
    from datetime import datetime

    props.created = props.modified = datetime(*FIXED_DATE)
    buffer = io.BytesIO()
    document.save(buffer)
    return _with_fixed_dates(buffer.getvalue())


def _with_fixed_dates(data: bytes) -> bytes:
    """Same zip with constant entry dates, so the committed file changes only when its content does."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return out.getvalue()


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(build())
    print(f"make_template: {OUT.relative_to(ROOT)} ({OUT.stat().st_size} octets)")


if __name__ == "__main__":
    main()
