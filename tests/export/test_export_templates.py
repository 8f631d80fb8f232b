"""User templates: French style names, .dotx, no numbering part, letterhead header kept; bad templates refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Cm
from export_helpers import NS, body_text, paragraph_text, part, styled, w, xml
from export_samples import TODAY

from dpi_consult.draft.model import Draft
from dpi_consult.export.docx_contribution import write_contribution
from dpi_consult.export.docx_template import TemplateError
from dpi_consult.form.model import Form

TEMPLATE_TEXT = "Texte du modèle qui ne doit pas être repris"


def _letterhead(header: str | None = "Fédération — papier à en-tête") -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph(TEMPLATE_TEXT)
    document.add_heading("Titre du modèle", 1)
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(3.1)
    if header:
        section.header.paragraphs[0].text = header
    return document


def _save(document, path: Path) -> Path:
    document.save(str(path))
    return path


def _frenchify(document) -> None:
    """Style names and ids as a French Word or another French tool writes them."""
    styles = document.styles.element
    renames = {"Heading1": ("Titre1", "Titre 1"), "Heading2": ("Titre2", "heading 2"),
               "Quote": ("Citation", "Citation"), "ListParagraph": ("Paragraphedeliste", "Paragraphe de liste"),
               "Title": ("Titre", "Titre")}
    for style in styles.iterchildren(w("style")):
        old = style.get(w("styleId"))
        if old in renames:
            new_id, name = renames[old]
            style.set(w("styleId"), new_id)
            style.find(w("name")).set(w("val"), name)
    for ref in styles.iter(w("basedOn"), w("next"), w("link")):
        if ref.get(w("val")) in renames:
            ref.set(w("val"), renames[ref.get(w("val"))][0])


def test_template_with_french_style_names(tmp_path: Path, form: Form, draft: Draft):
    document = _letterhead(header=None)
    _frenchify(document)
    template = _save(document, tmp_path / "modele.docx")
    out = tmp_path / "c.docx"
    write_contribution(form, draft, out, template=template, today=TODAY)
    assert styled(out, "Titre1") == ["Fiche 1 — Responsabilité de traitement", "Fiche 6 — Durées de conservation",
                                     "Remarques générales"]
    assert styled(out, "Titre2")[0].startswith("Les recommandations")
    assert styled(out, "Titre")[0].startswith("Projet de recommandation")
    assert "premier point" in styled(out, "Paragraphedeliste")
    assert styled(out, "Citation")
    styles = xml(out, "word/styles.xml")
    ids = [s.get(w("styleId")) for s in styles.iterchildren(w("style"))]
    assert len(ids) == len(set(ids))
    # What the template lacks comes from the bundled one.
    for missing in ("CoverDetails", "CodeBlock", "Separator", "Code", "ContributionTable"):
        assert missing in ids
    assert "Heading1" not in ids
    assert TEMPLATE_TEXT not in body_text(out) and "Titre du modèle" not in body_text(out)
    reopened = docx.Document(str(out))
    assert reopened.sections[0].left_margin.cm == pytest.approx(3.1, abs=0.01)


def test_dotx_template_keeps_its_header_and_page_setup(tmp_path: Path, form: Form, draft: Draft):
    docx_path = _save(_letterhead(), tmp_path / "modele.docx")
    dotx = tmp_path / "modele.dotx"
    with zipfile.ZipFile(docx_path) as source, zipfile.ZipFile(dotx, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, data)
    out = tmp_path / "c.docx"
    write_contribution(form, draft, out, template=dotx, today=TODAY)
    types = part(out, "[Content_Types].xml")
    assert b"document.main+xml" in types and b"template.main+xml" not in types
    reopened = docx.Document(str(out))
    section = reopened.sections[0]
    assert [p.text for p in section.header.paragraphs] == ["Fédération — papier à en-tête"]
    assert "page 1 / 1" in "".join(p.text for p in section.footer.paragraphs) or \
        section.footer._element.find(".//w:fldSimple", NS) is not None
    assert section.left_margin.cm == pytest.approx(3.1, abs=0.01)
    assert TEMPLATE_TEXT not in body_text(out)


def test_template_without_numbering_part_gets_one(tmp_path: Path, form: Form, draft: Draft):
    document = _letterhead(header=None)
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype == RT.NUMBERING:
            del document.part.rels[rid]
    template = _save(document, tmp_path / "sans-listes.docx")
    with zipfile.ZipFile(template) as archive:
        assert "word/numbering.xml" not in archive.namelist()
    out = tmp_path / "c.docx"
    write_contribution(form, draft, out, template=template, today=TODAY)
    assert b"numbering+xml" in part(out, "[Content_Types].xml")
    numbering = xml(out, "word/numbering.xml")
    names = [n.get(w("val")) for n in numbering.iter(w("name"))]
    assert names == ["dpi-consult bullet", "dpi-consult decimal"]
    # Every abstractNum before the first num, as the schema wants.
    tags = [child.tag for child in numbering]
    assert tags.index(w("num")) > max(i for i, tag in enumerate(tags) if tag == w("abstractNum"))
    root = xml(out)
    used = {n.get(w("val")) for n in root.iter(w("numId"))}
    defined = {n.get(w("numId")) for n in numbering.iter(w("num"))}
    assert used and used <= defined
    docx.Document(str(out))


def test_template_numbering_is_kept_and_extended(tmp_path: Path, form: Form, draft: Draft):
    template = _save(_letterhead(header=None), tmp_path / "modele.docx")
    before = xml(template, "word/numbering.xml")
    out = tmp_path / "c.docx"
    write_contribution(form, draft, out, template=template, today=TODAY)
    after = xml(out, "word/numbering.xml")
    old_ids = {n.get(w("numId")) for n in before.iter(w("num"))}
    new_ids = {n.get(w("numId")) for n in after.iter(w("num"))}
    assert old_ids < new_ids
    abstract_ids = [a.get(w("abstractNumId")) for a in after.iter(w("abstractNum"))]
    assert len(abstract_ids) == len(set(abstract_ids))


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(("content", "message"), [
    (b"pas un document Word", "ce n’est pas un document Word"),
    (b"", "ce n’est pas un document Word"),
    (_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), "ce n’est pas un document Word"),
    (_zip({"[Content_Types].xml": b"<Types><Default Extension='xml' ContentType='application/vnd.openxmlformats-"
           b"officedocument.spreadsheetml.sheet.main+xml'/></Types>"}), "ce n’est pas un document Word"),
    (_zip({"[Content_Types].xml": b"application/vnd.ms-word.document.macroEnabled.main+xml"}), "macros"),
    (_zip({"[Content_Types].xml": b"<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
           b"<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument."
           b"wordprocessingml.document.main+xml'/></Types>"}), "document Word endommagé"),
])
def test_unusable_templates_are_refused_naming_the_template(tmp_path: Path, form: Form, draft: Draft,
                                                             content: bytes, message: str):
    template = tmp_path / "modele.docx"
    template.write_bytes(content)
    with pytest.raises(TemplateError) as caught:
        write_contribution(form, draft, tmp_path / "c.docx", template=template)
    assert message in str(caught.value) and str(template) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "c.docx").exists()


def test_missing_template_and_folder_template(tmp_path: Path, form: Form, draft: Draft):
    with pytest.raises(TemplateError, match="modèle Word illisible"):
        write_contribution(form, draft, tmp_path / "c.docx", template=tmp_path / "absent.docx")
    with pytest.raises(TemplateError, match="dossier"):
        write_contribution(form, draft, tmp_path / "c.docx", template=tmp_path)


def test_a_letterhead_keeps_its_footer_gains_page_numbers_and_leaks_nothing_of_its_own(tmp_path: Path, form: Form,
                                                                                      draft: Draft):
    document = _letterhead()
    section = document.sections[0]
    section.footer.paragraphs[0].text = "Fédération — 12 rue de la Santé, 75014 Paris"
    # A template saved by another tool: its styles in American English, its own custom XML data.
    for lang in document.styles.element.iter(w("lang")):
        lang.set(w("val"), "en-US")
    normal = document.styles["Normal"].element
    rpr = normal.get_or_add_rPr()
    lang = rpr.makeelement(w("lang"), {w("val"): "en-US"})
    rpr.append(lang)
    template = _save(document, tmp_path / "modele.docx")
    with zipfile.ZipFile(template) as source:
        names = source.namelist()
        entries = {name: source.read(name) for name in names}
    entries["customXml/item1.xml"] = b'<?xml version="1.0"?><donnees>du modele</donnees>'
    entries["docProps/app.xml"] = (b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
                                   b'officeDocument/2006/extended-properties"><Application>LibreOffice</Application>'
                                   b'<Pages>7</Pages><Words>1234</Words></Properties>')
    rels = entries["_rels/.rels"].decode()
    if "docProps/app.xml" not in rels:
        rels = rels.replace("</Relationships>", '<Relationship Id="rIdApp" Type="http://schemas.openxmlformats.org/'
                            'officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                            "</Relationships>")
        entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
            b"</Types>", b'<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
                         b'officedocument.extended-properties+xml"/></Types>')
    entries["_rels/.rels"] = rels.encode()
    document_rels = entries["word/_rels/document.xml.rels"].decode().replace(
        "</Relationships>", '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/customXml" Target="../customXml/item1.xml"/></Relationships>')
    entries["word/_rels/document.xml.rels"] = document_rels.encode()
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"</Types>", b'<Default Extension="xml" ContentType="application/xml"/></Types>') \
        if b'Extension="xml"' not in entries["[Content_Types].xml"] else entries["[Content_Types].xml"]
    with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries.items():
            target.writestr(name, data)

    out = tmp_path / "c.docx"
    write_contribution(form, draft, out, template=template, today=TODAY)
    with zipfile.ZipFile(out) as package:
        written = package.namelist()
        app = package.read("docProps/app.xml") if "docProps/app.xml" in written else b""
    assert not any(name.startswith("customXml/") or "thumbnail" in name for name in written)
    assert b"LibreOffice" not in app and b"<Pages>" not in app and b"<Words>" not in app
    reopened = docx.Document(str(out))
    for section in reopened.sections:
        # The letterhead on every page, the cover's included; its footer keeps its text and gains the page numbers.
        assert [p.text for p in section.header.paragraphs] == ["Fédération — papier à en-tête"]
        footer = [paragraph_text(p) for p in section.footer._element.iter(w("p"))]
        assert footer[0] == "Fédération — 12 rue de la Santé, 75014 Paris" and footer[-1] == "page 1 / 1"
    styles = xml(out, "word/styles.xml")
    assert {lang.get(w("val")) for lang in styles.iter(w("lang")) if lang.get(w("val"))} == {"fr-FR"}
    # The contents' dotted tab at the letterhead's text width (its page less two margins of 3.1 cm).
    tab = xml(out).find(".//w:pPr/w:tabs/w:tab", NS)
    page = reopened.sections[-1]
    assert int(tab.get(w("pos"))) == pytest.approx((page.page_width - page.left_margin - page.right_margin) / 635,
                                                    abs=2)
    assert page.left_margin.cm == pytest.approx(3.1, abs=0.01)
