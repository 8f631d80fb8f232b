"""Filling a blank questionnaire the way a member would in Word, written apart from the code under test."""

from __future__ import annotations

from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from dpi_consult.questionnaire.markers import bookmark_name

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def answer_cell(document: Any, question_id: str) -> _Cell:
    """The answer box of a question, found through its bookmark."""
    name = bookmark_name(question_id)
    for start in document.element.body.iter(qn("w:bookmarkStart")):
        if start.get(qn("w:name")) == name:
            tc = next(start.iterancestors(qn("w:tc")))
            return _Cell(tc, document._body)
    raise AssertionError(f"no answer box for {question_id}")


def runs(paragraph: Paragraph, *parts: str | tuple[str, str]) -> Paragraph:
    """Add runs: plain strings, or (text, flags) with flags among "b" (bold) and "i" (italic)."""
    for part in parts:
        text, flags = (part, "") if isinstance(part, str) else part
        run = paragraph.add_run(text)
        if "b" in flags:
            run.bold = True
        if "i" in flags:
            run.italic = True
    return paragraph


def hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    """An external link as Word writes it: a w:hyperlink around a run in the Hyperlink style."""
    rel_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    r_pr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    r_pr.append(color)
    r_pr.append(underline)
    run.append(r_pr)
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def new_list(document: Any, ordered: bool) -> int:
    """A two-level list definition and its instance, as Word adds when the user clicks a list button."""
    numbering = document.part.numbering_part.element
    abstract_id = max((int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))),
                      default=-1) + 1
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    for level in range(3):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, value in (("w:start", "1"), ("w:numFmt", "decimal" if ordered else "bullet"),
                           ("w:lvlText", f"%{level + 1}." if ordered else "")):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(720 * (level + 1)))
        ind.set(qn("w:hanging"), "360")
        ppr.append(ind)
        lvl.append(ppr)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return numbering.add_num(abstract_id).numId


def list_item(cell: _Cell, num_id: int, level: int, *parts: str | tuple[str, str]) -> Paragraph:
    paragraph = cell.add_paragraph()
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id
    return runs(paragraph, *parts)


def answer_paragraphs(document: Any, question_id: str) -> list[Paragraph]:
    """Every paragraph of a question's answer box, cell after cell: the options of a choice question stand
    side by side, one per cell."""
    table = next(answer_cell(document, question_id)._tc.iterancestors(qn("w:tbl")))
    return [Paragraph(p, document._body) for tc in table.iter(qn("w:tc")) for p in tc.iterchildren(qn("w:p"))]


def option_paragraph(document: Any, question_id: str, label: str) -> Paragraph:
    for paragraph in answer_paragraphs(document, question_id):
        if paragraph.text.endswith(label):
            return paragraph
    raise AssertionError(f"no option {label!r} in {question_id}")


def tick(document: Any, question_id: str, label: str, mark: str = "☒") -> None:
    """Replace the ☐ in front of an option by another character, as a member types it."""
    paragraph = option_paragraph(document, question_id, label)
    for t in paragraph._p.iter(qn("w:t")):
        if "☐" in (t.text or ""):
            t.text = t.text.replace("☐", mark, 1)
            return
    raise AssertionError(f"no box in front of {label!r}")


def tick_with_content_control(document: Any, question_id: str, label: str, checked: bool = True) -> None:
    """Replace the ☐ by Word's check box content control (Developer > Check Box Content Control)."""
    paragraph = option_paragraph(document, question_id, label)
    first_run = paragraph._p.r_lst[0]
    first_run.text = " "
    sdt = OxmlElement("w:sdt")
    sdt_pr = OxmlElement("w:sdtPr")
    box = OxmlElement("w14:checkbox")
    state = OxmlElement("w14:checked")
    state.set(f"{{{W14}}}val", "1" if checked else "0")
    box.append(state)
    sdt_pr.append(box)
    sdt.append(sdt_pr)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "☒" if checked else "☐"
    run.append(t)
    content.append(run)
    sdt.append(content)
    first_run.addprevious(sdt)


def tick_with_legacy_field(document: Any, question_id: str, label: str) -> None:
    """Replace the ☐ by a legacy form check box (FORMCHECKBOX field), ticked."""
    paragraph = option_paragraph(document, question_id, label)
    first_run = paragraph._p.r_lst[0]
    first_run.text = " "
    begin = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "begin")
    ff_data = OxmlElement("w:ffData")
    box = OxmlElement("w:checkBox")
    box.append(OxmlElement("w:sizeAuto"))
    checked = OxmlElement("w:checked")
    box.append(checked)
    ff_data.append(box)
    char.append(ff_data)
    begin.append(char)
    instr = OxmlElement("w:r")
    instr_text = OxmlElement("w:instrText")
    instr_text.text = " FORMCHECKBOX "
    instr.append(instr_text)
    end = OxmlElement("w:r")
    end_char = OxmlElement("w:fldChar")
    end_char.set(qn("w:fldCharType"), "end")
    end.append(end_char)
    for element in (begin, instr, end):
        first_run.addprevious(element)


def strip_markers(document: Any) -> None:
    """What a copy into a new document loses: the bookmarks and the hidden labels."""
    body = document.element.body
    for tag in ("w:bookmarkStart", "w:bookmarkEnd"):
        for element in list(body.iter(qn(tag))):
            element.getparent().remove(element)
    for run in list(body.iter(qn("w:r"))):
        r_pr = run.find(qn("w:rPr"))
        if r_pr is not None and r_pr.find(qn("w:vanish")) is not None:
            run.getparent().remove(run)


def add_paragraph_after_box(document: Any, question_id: str, text: str) -> None:
    """A paragraph typed just below a question's answer box, outside it."""
    table = next(answer_cell(document, question_id)._tc.iterancestors(qn("w:tbl")))
    paragraph = OxmlElement("w:p")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    paragraph.append(run)
    table.addnext(paragraph)


DIFFICULTIES_MD = """\
Nous anticipons un **surcoût important** et *des délais* de ***mise en conformité***.

- Premier point
  - Sous-point A
  - Sous-point B
- Second point

Voir la [délibération de la CNIL](https://www.cnil.fr/fr/deliberation) pour le détail."""

MODIFICATIONS_MD = """\
Deux propositions :

1. Préciser le paragraphe 3
2. Ajouter une clause type
   - pour les GHT

Ligne un
ligne deux"""


def fill_sample(document: Any) -> dict[str, Any]:
    """Answer a blank like a member would; returns the answers expected back by question id."""
    runs(answer_cell(document, "identification.organisation").paragraphs[0], "Centre hospitalier de Rivesaltes")
    runs(answer_cell(document, "identification.finess").paragraphs[0], "660000123")
    runs(answer_cell(document, "identification.email").paragraphs[0], "dpo@ch-rivesaltes.fr")
    runs(answer_cell(document, "identification.membres").paragraphs[0], "1 250")
    tick(document, "identification.type", "Fédération ou association professionnelle", "☑")
    tick(document, "identification.region", "Occitanie", "x")
    tick(document, "identification.roles", "Délégué à la protection des données (DPO)", "☒")
    tick(document, "identification.roles", "Médecin DIM", "X")
    tick(document, "identification.roles", "RSSI", "✓")
    tick(document, "fiche-01.clarte", "Plutôt oui", "☒")
    tick(document, "fiche-01.applicabilite", "Non", "x")

    cell = answer_cell(document, "fiche-01.difficultes")
    runs(cell.paragraphs[0], "Nous anticipons un ", ("surcoût important", "b"), " et ", ("des délais", "i"),
         " de ", ("mise en conformité", "bi"), ".")
    bullets = new_list(document, ordered=False)
    list_item(cell, bullets, 0, "Premier point")
    list_item(cell, bullets, 1, "Sous-point A")
    list_item(cell, bullets, 1, "Sous-point B")
    list_item(cell, bullets, 0, "Second point")
    paragraph = runs(cell.add_paragraph(), "Voir la ")
    hyperlink(paragraph, "https://www.cnil.fr/fr/deliberation", "délibération de la CNIL")
    runs(paragraph, " pour le détail.")

    cell = answer_cell(document, "fiche-01.modifications")
    runs(cell.paragraphs[0], "Deux propositions :")
    numbers = new_list(document, ordered=True)
    list_item(cell, numbers, 0, "Préciser le paragraphe 3")
    list_item(cell, numbers, 0, "Ajouter une clause type")
    list_item(cell, bullets, 1, "pour les GHT")
    paragraph = runs(cell.add_paragraph(), "Ligne un")
    paragraph.add_run().add_break()
    runs(paragraph, "ligne deux")

    tick(document, "publication.consentement", "Oui, de façon anonyme", "☒")
    return {
        "identification.organisation": "Centre hospitalier de Rivesaltes",
        "identification.finess": "660000123",
        "identification.email": "dpo@ch-rivesaltes.fr",
        "identification.membres": 1250,
        "identification.type": "federation",
        "identification.region": "occitanie",
        "identification.roles": ["dpo", "medecin-dim", "rssi"],
        "fiche-01.clarte": "plutot-oui",
        "fiche-01.applicabilite": "non",
        "fiche-01.difficultes": DIFFICULTIES_MD,
        "fiche-01.modifications": MODIFICATIONS_MD,
        "publication.consentement": "anonyme",
    }
