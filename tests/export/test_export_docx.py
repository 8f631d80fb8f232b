"""The Word contribution reopened with python-docx: structure, styles, lists, links, cover, properties."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from export_helpers import NS, body_text, paragraph_text, part, styled, w, xml
from export_samples import SECRET_NOTE, TODAY, sample_members

from dpi_consult.draft.model import Draft
from dpi_consult.export.content import NO_ANSWER, PUBLICATION_SENTENCES
from dpi_consult.export.docx_contribution import build_contribution, write_contribution
from dpi_consult.form.model import Form
from dpi_consult.progress import Cancelled, Progress


@pytest.fixture()
def exported(tmp_path: Path, form: Form, draft: Draft) -> Path:
    out = tmp_path / "contribution.docx"
    write_contribution(form, draft, out, today=TODAY)
    return out


def styled_paragraphs(path: Path, style_name: str) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style is not None and p.style.name == style_name]


def test_one_heading_1_per_answered_section_and_heading_2_per_answered_question(exported: Path):
    assert styled_paragraphs(exported, "Heading 1") == [
        "Fiche 1 — Responsabilité de traitement", "Fiche 6 — Durées de conservation", "Remarques générales"]
    headings_2 = styled_paragraphs(exported, "Heading 2")
    assert headings_2[0] == "Les recommandations de cette fiche sont-elles claires\u00a0?"
    assert len(headings_2) == 5
    assert "Publication de la contribution" not in body_text(exported)
    assert "Identification du contributeur" not in styled_paragraphs(exported, "Heading 1")


def test_markdown_headings_inside_an_answer_sit_below_the_question(exported: Path):
    assert styled_paragraphs(exported, "Heading 3") == ["Synthèse"]


def test_cover_identifies_the_sender_with_labels_and_french_date(exported: Path):
    document = docx.Document(str(exported))
    assert styled_paragraphs(exported, "Title")[0].startswith("Projet de recommandation de la CNIL")
    assert styled_paragraphs(exported, "Subtitle") == ["Contribution présentée par\u00a0: Fédération hospitalière "
                                                       "d’Occitanie"]
    details = styled_paragraphs(exported, "Cover Details")
    assert details == ["Contribution collective au nom de 1\u00a0234 membres",
                       "Fédération ou association professionnelle",
                       "Délégué à la protection des données (DPO), RSSI", "29 novembre 2026"]
    table = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Nom de l’organisation", "Fédération hospitalière d’Occitanie"]
    assert ["Région", "Occitanie"] in rows
    assert ["Publication", PUBLICATION_SENTENCES["nominative"]] == rows[-2]
    assert rows[-1] == ["Précisions sur la publication", "Merci de ne pas publier l’annexe."]


@pytest.mark.parametrize(("consent", "sentence"), [
    ("nominative", "La contribution peut être publiée en mentionnant le nom de l’organisation."),
    ("anonyme", "La contribution peut être publiée de façon anonyme."),
    ("non", "La contribution ne doit pas être publiée."),
    (None, "Aucune préférence de publication n’a été indiquée."),
])
def test_publication_choice_is_stated_plainly(tmp_path: Path, form: Form, draft: Draft, consent, sentence):
    draft.set_value(form, "publication.consentement", consent)
    out = tmp_path / "c.docx"
    write_contribution(form, draft, out, today=TODAY)
    rows = [[cell.text for cell in row.cells] for row in docx.Document(str(out)).tables[0].rows]
    assert ["Publication", sentence] in rows


def test_collective_sentence_only_for_federations_and_ghts_with_a_member_count(tmp_path: Path, form: Form,
                                                                                  draft: Draft):
    draft.set_value(form, "identification.type", "etablissement-public")
    out = tmp_path / "c.docx"
    write_contribution(form, draft, out, today=TODAY)
    text = body_text(out)
    assert "Contribution collective" not in text
    # The member count is a conditional question: hidden for an establishment, so not in the table.
    assert "Nombre de membres" not in text
    draft.set_value(form, "identification.type", "ght")
    draft.set_value(form, "identification.membres", 1)
    write_contribution(form, draft, out, today=TODAY)
    assert "Contribution collective au nom de 1 membre\n" in body_text(out) + "\n"


def test_internal_notes_and_statuses_never_appear(tmp_path: Path, form: Form, draft: Draft):
    out = tmp_path / "c.docx"
    write_contribution(form, draft, out, annex=sample_members(), all_questions=True, today=TODAY)
    import zipfile

    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            data = archive.read(name).decode("utf-8", "replace")
            assert SECRET_NOTE not in data, name
            assert "validé" not in data and "validated" not in data, name


def test_all_questions_prints_unanswered_ones(tmp_path: Path, form: Form, draft: Draft):
    out = tmp_path / "c.docx"
    write_contribution(form, draft, out, all_questions=True, today=TODAY)
    headings_1 = styled_paragraphs(out, "Heading 1")
    assert len(headings_1) == 15  # the 14 sheets and the general remarks
    text = body_text(out)
    questions = sum(len(s.questions) for s in form.sections if s.kind in ("sheet", "general"))
    assert text.count(NO_ANSWER) == questions - 5
    emphasis = [r for r in xml(out).iter(w("r")) if r.find("w:rPr/w:rStyle[@w:val='Emphasis']", NS) is not None]
    assert emphasis and all(paragraph_text(r) == NO_ANSWER for r in emphasis)


def test_lists_have_real_numbering_restarting_per_list(exported: Path):
    root = xml(exported)
    numbering = xml(exported, "word/numbering.xml")
    items = [(paragraph_text(p), p.find("w:pPr/w:numPr", NS)) for p in root.iter(w("p"))]
    numbered = {text: (int(numpr.find("w:ilvl", NS).get(w("val"))), numpr.find("w:numId", NS).get(w("val")))
                for text, numpr in items if numpr is not None}
    assert numbered["premier point"][0] == 0 and numbered["sous-point a"][0] == 1
    assert numbered["premier point"][1] == numbered["troisième point"][1] != numbered["sous-point a"][1]
    assert numbered["trois"][1] == numbered["quatre"][1]
    assert len({numbered[t][1] for t in ("premier point", "trois", "inventaire", "contrôle")}) == 4

    def num(num_id: str):
        return numbering.find(f"w:num[@w:numId='{num_id}']", NS)

    def abstract_name(num_id: str) -> str:
        abstract_id = num(num_id).find("w:abstractNumId", NS).get(w("val"))
        return numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']/w:name", NS).get(w("val"))

    assert abstract_name(numbered["premier point"][1]) == "dpi-consult bullet"
    assert abstract_name(numbered["trois"][1]) == "dpi-consult decimal"
    start = num(numbered["trois"][1]).find("w:lvlOverride/w:startOverride", NS).get(w("val"))
    assert start == "3"
    for first in ("inventaire", "contrôle"):
        assert num(numbered[first][1]).find("w:lvlOverride/w:startOverride", NS).get(w("val")) == "1"
    decimal = numbering.xpath("w:abstractNum[w:name/@w:val='dpi-consult decimal']", namespaces=NS)[0]
    assert [lvl.find("w:numFmt", NS).get(w("val")) for lvl in decimal.findall("w:lvl", NS)] == ["decimal"] * 9
    assert styled(exported, "ListParagraph")[:2] == ["premier point", "second point"]


def test_links_are_real_hyperlinks_with_external_relationships(exported: Path):
    document = docx.Document(str(exported))
    root = xml(exported)
    links = root.findall(".//w:hyperlink[@r:id]", NS)
    assert len(links) == 1
    rel = document.part.rels[links[0].get(f"{{{NS['r']}}}id")]
    assert rel.is_external and rel.target_ref == "https://esante.gouv.fr/faq?x=1&y=2"
    assert paragraph_text(links[0]) == "FAQ de l’ANS"
    assert links[0].find("w:r/w:rPr/w:rStyle", NS).get(w("val")) == "Hyperlink"


def test_inline_formatting_quote_code_table_and_breaks(exported: Path):
    root = xml(exported)
    runs = {paragraph_text(r): r.find("w:rPr", NS) for r in root.iter(w("r"))}
    assert runs["fédération"].find("w:b", NS) is not None and runs["fédération"].find("w:i", NS) is None
    assert runs["utile"].find("w:i", NS) is not None
    assert runs["perfectible"].find("w:b", NS) is not None and runs["perfectible"].find("w:i", NS) is not None
    assert runs["R6113-9-2"].find("w:rStyle", NS).get(w("val")) == "Code"
    assert "Citation du projet\u00a0: « les traces sont conservées »" in styled(exported, "Quote")
    assert styled(exported, "Quote")[-1] == "Second niveau"
    assert styled(exported, "CodeBlock") == ["code   brut <b>\n  indenté"]
    assert len(styled(exported, "Separator")) == 1
    paragraph = next(p for p in root.iter(w("p")) if paragraph_text(p).startswith("Notre"))
    assert paragraph_text(paragraph).endswith("R6113-9-2.\nLigne suivante après un saut simple.")
    preserved = [t for t in root.iter(w("t")) if t.text and (t.text.startswith(" ") or t.text.endswith(" "))]
    assert preserved and all(t.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve" for t in preserved)
    document = docx.Document(str(exported))
    table = document.tables[1]
    assert table.style.name == "Contribution Table"
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Donnée", "Durée"], ["Traces", "6 mois"], ["Dossier", "20 ans"]]
    assert table.rows[0]._tr.find("w:trPr/w:tblHeader", NS) is not None
    assert table.rows[1].cells[1].paragraphs[0]._p.find("w:pPr/w:jc", NS).get(w("val")) == "right"


def test_french_typography_is_kept_as_typed(exported: Path):
    text = body_text(exported)
    assert "Deux étapes\u202f:" in text and "Citation du projet\u00a0: « les traces sont conservées »" in text
    assert "Texte  avec deux espaces." in text


def test_contents_entries_link_to_their_headings_with_a_page_number_field(exported: Path):
    root = xml(exported)
    toc1 = [text.split("\t")[0] for text in styled(exported, "TOC1")]
    # A member's contents lists the sheets and questions answered only.
    assert toc1 == ["Fiche 1 — Responsabilité de traitement", "Fiche 6 — Durées de conservation",
                    "Remarques générales"]
    first = styled(exported, "TOC2")[0].split("\t")[0]
    assert first == "Les recommandations de cette fiche sont-elles claires\u00a0?"
    bookmarks = {b.get(w("name")) for b in root.iter(w("bookmarkStart"))}
    anchors = [h.get(w("anchor")) for h in root.iter(w("hyperlink")) if h.get(w("anchor"))]
    pagerefs = [node.text.split()[1] for node in root.iter(w("instrText")) if node.text.strip().startswith("PAGEREF")]
    assert anchors and set(anchors) <= bookmarks and pagerefs == anchors
    entries = [p for p in root.iter(w("p")) if p.find("w:pPr/w:pStyle", NS) is not None
               and p.find("w:pPr/w:pStyle", NS).get(w("val")) in ("TOC1", "TOC2")]
    # Kept with the next entry, except the last; a dotted right tab at the text's width.
    assert [p.find("w:pPr/w:keepNext", NS) is not None for p in entries] == [True] * (len(entries) - 1) + [False]
    tab = entries[0].find("w:pPr/w:tabs/w:tab", NS)
    assert (tab.get(w("val")), tab.get(w("leader"))) == ("right", "dot") and int(tab.get(w("pos"))) > 8000
    settings = xml(exported, "word/settings.xml")
    assert settings.find("w:updateFields", NS).get(w("val")) == "true"


def test_sections_headers_footers_properties_and_language(exported: Path):
    document = docx.Document(str(exported))
    sender = "Fédération hospitalière d’Occitanie"
    cover = document.sections[0]
    # The cover is a distinct first page, without header or page number; the contents' pages name the sender.
    assert cover.different_first_page_header_footer
    assert not any(p.text for p in cover.first_page_header.paragraphs)
    assert not any(p.text for p in cover.first_page_footer.paragraphs)
    assert [p.text for p in cover.header.paragraphs] == [sender]
    headers = [[p.text for p in section.header.paragraphs] for section in document.sections[1:]]
    assert headers[:2] == [[f"{sender} — Fiche 1 — Responsabilité de traitement"],
                           [f"{sender} — Fiche 6 — Durées de conservation"]]
    for section in document.sections:
        footer = section.footer._element
        fields = [f.get(w("instr")).strip() for f in footer.iter(w("fldSimple"))]
        assert fields == ["PAGE", "NUMPAGES"] and paragraph_text(footer) == "page 1 / 1"
    section = cover
    props = document.core_properties
    assert props.title == f"Contribution présentée par\u00a0: {sender}"
    assert props.subject.startswith("Projet de recommandation de la CNIL")
    assert props.author == "Fédération hospitalière d’Occitanie" and props.language == "fr-FR"
    styles = xml(exported, "word/styles.xml")
    assert styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS).get(w("val")) == "fr-FR"
    assert styles.find("w:docDefaults/w:pPrDefault/w:pPr/w:widowControl", NS) is not None
    assert {lang.get(w("val")) for lang in styles.iter(w("lang")) if lang.get(w("val"))} == {"fr-FR"}
    assert section.page_width.cm == pytest.approx(21, abs=0.01)


def test_annex_lists_members_and_their_answers_under_their_names(tmp_path: Path, form: Form, draft: Draft):
    out = tmp_path / "c.docx"
    write_contribution(form, draft, out, annex=sample_members(), today=TODAY)
    assert styled_paragraphs(out, "Heading 1")[-1] == "Annexe — Contributions des membres"
    text = body_text(out)
    annex = text[text.index("Annexe — Contributions des membres\n"):]
    assert "CHU de Rivesaltes — 2 réponses" in annex
    assert "Membre 2 (Établissement public de santé, Occitanie) — 2 réponses" in annex
    assert "Répartition des réponses\u00a0: Oui\u00a0: 1 · Non\u00a0: 1" in annex
    # Choice answers in a table (see test_export_annex), written answers under the member's name.
    assert styled_paragraphs(out, "Annex Member") == [
        "CHU de Rivesaltes", "Membre 2 (Établissement public de santé, Occitanie)"]
    assert styled_paragraphs(out, "Heading 4") == []
    assert annex.index("Réponse A.") < annex.index("point B1")


def test_progress_counts_answers_and_cancel_writes_nothing(tmp_path: Path, form: Form, draft: Draft, stop_at):
    seen: list[tuple[int, int]] = []
    build_contribution(form, draft, progress=Progress(lambda done, total: seen.append((done, total))), today=TODAY)
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    out = tmp_path / "c.docx"
    with pytest.raises(Cancelled):
        write_contribution(form, draft, out, progress=stop_at(0), today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_output_folder_missing_is_an_input_error(tmp_path: Path, form: Form, draft: Draft):
    from dpi_consult.errors import InputError

    with pytest.raises(InputError, match="dossier de destination introuvable"):
        write_contribution(form, draft, tmp_path / "absent" / "c.docx")


def test_document_part_is_well_formed_and_declares_its_prefixes(exported: Path):
    data = part(exported, "word/document.xml")
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>")
    root = xml(exported)
    assert root.find("w:body/w:sectPr", NS) is not None and root.find("w:body", NS)[-1].tag == w("sectPr")


def test_control_characters_are_dropped_not_fatal(tmp_path: Path, form: Form, draft: Draft):
    draft.set_value(form, "identification.organisation", "Clinique\x07 du Lac")
    draft.set_value(form, "fiche-01.difficultes", "Avant\x01après &#1; fin\x0b.\n\n- point\x1f un")
    out = tmp_path / "c.docx"
    write_contribution(form, draft, out, today=TODAY)
    text = body_text(out)
    assert "Avantaprès \ufffd fin." in text and "point un" in text
    assert docx.Document(str(out)).core_properties.author == "Clinique du Lac"


def test_links_without_a_scheme_stay_plain_text_in_word(tmp_path: Path, form: Form, draft: Draft):
    # From a Word file a relative link or a bare anchor points nowhere: the words stay, with no link.
    draft.set_value(form, "fiche-01.difficultes",
                    "Voir [notre annexe](annexe.pdf), [plus bas](#suite) et [le site](https://cnil.fr).")
    out = tmp_path / "c.docx"
    write_contribution(form, draft, out, today=TODAY)
    links = xml(out).findall(".//w:hyperlink[@r:id]", NS)
    assert [paragraph_text(link) for link in links] == ["le site"]
    assert "Voir notre annexe, plus bas et le site." in body_text(out)
    assert {rel.target_ref for rel in docx.Document(str(out)).part.rels.values() if rel.is_external} == \
        {"https://cnil.fr"}


def test_the_first_of_the_month_has_a_superscript_er(tmp_path: Path, form, draft):
    from datetime import date

    out = tmp_path / "premier.docx"
    write_contribution(form, draft, out, today=date(2026, 12, 1))
    dated = [p for p in xml(out).iter(w("p")) if paragraph_text(p) == "1er décembre 2026"]
    assert len(dated) == 1
    runs = [(r.findtext(w("t")), r.find(f"{w('rPr')}/{w('vertAlign')}")) for r in dated[0].iter(w("r"))]
    assert [(text, align is not None and align.get(w("val"))) for text, align in runs] == [
        ("1", False), ("er", "superscript"), (" décembre 2026", False)]
