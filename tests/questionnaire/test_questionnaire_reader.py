"""Word content as members really type it, read back into Markdown."""

from __future__ import annotations

import io

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from questionnaire_fill import runs

from dpi_consult.markdown import Document, parse, to_markdown
from dpi_consult.questionnaire.choices import split_tick
from dpi_consult.questionnaire.docx_reader import DocxReader


def markdown_of(document) -> str:
    buffer = io.BytesIO()
    document.save(buffer)
    reopened = docx.Document(io.BytesIO(buffer.getvalue()))
    return to_markdown(Document(DocxReader(reopened).blocks(list(reopened.element.body)))).strip()


def _element(tag: str, **attrs: str):
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _text_run(text: str):
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    return run


def test_word_list_styles_nest_by_their_indentation():
    # Word's classic "List Bullet 2" is a one-level list of its own, only indented further.
    document = docx.Document()
    document.add_paragraph("Un", style="List Bullet")
    document.add_paragraph("Un point un", style="List Bullet 2")
    document.add_paragraph("Deux", style="List Bullet")
    document.add_paragraph("Après la liste")
    document.add_paragraph("Premier", style="List Number")
    document.add_paragraph("Second", style="List Number")
    assert markdown_of(document) == "- Un\n  - Un point un\n- Deux\n\nAprès la liste\n\n1. Premier\n2. Second"


def test_hyperlink_fields_and_anchors():
    document = docx.Document()
    paragraph = runs(document.add_paragraph(), "Voir ")
    p = paragraph._p
    p.append(_element("w:r"))
    p[-1].append(_element("w:fldChar", fldCharType="begin"))
    instr = OxmlElement("w:r")
    instr_text = OxmlElement("w:instrText")
    instr_text.text = ' HYPERLINK "https://www.legifrance.gouv.fr/" '
    instr.append(instr_text)
    p.append(instr)
    p.append(OxmlElement("w:r"))
    p[-1].append(_element("w:fldChar", fldCharType="separate"))
    p.append(_text_run("Légifrance"))
    p.append(OxmlElement("w:r"))
    p[-1].append(_element("w:fldChar", fldCharType="end"))
    p.append(_text_run(" et "))
    simple = _element("w:fldSimple", instr=' HYPERLINK "mailto:dpo@exemple.fr" ')
    simple.append(_text_run("le DPO"))
    p.append(simple)
    assert markdown_of(document) == ("Voir [Légifrance](https://www.legifrance.gouv.fr/) et "
                                     "[le DPO](mailto:dpo@exemple.fr)")


def test_tracked_changes_hidden_text_and_breaks():
    document = docx.Document()
    paragraph = runs(document.add_paragraph(), "Texte ")
    inserted = _element("w:ins", id="1", author="A", date="2025-04-01T00:00:00Z")
    inserted.append(_text_run("ajouté"))
    paragraph._p.append(inserted)
    deleted = _element("w:del", id="2", author="A", date="2025-04-01T00:00:00Z")
    gone = OxmlElement("w:r")
    del_text = OxmlElement("w:delText")
    del_text.text = " supprimé"
    gone.append(del_text)
    deleted.append(gone)
    paragraph._p.append(deleted)
    hidden = paragraph.add_run(" caché")
    hidden.font.hidden = True
    paragraph.add_run().add_break()
    paragraph.add_run("suite\tavec tabulation")
    paragraph.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
    assert markdown_of(document) == "Texte ajouté\nsuite avec tabulation"


def test_quotes_headings_code_and_character_styles():
    document = docx.Document()
    document.add_paragraph("Sous-titre", style="Heading 2")
    document.add_paragraph("Une citation", style="Quote")
    document.add_paragraph("sur deux paragraphes", style="Quote")
    paragraph = document.add_paragraph("Le fichier ")
    code = paragraph.add_run("config.ini")
    code.font.name = "Courier New"
    paragraph.add_run(" est ")
    paragraph.add_run("important", style="Strong")
    paragraph.add_run(" et ")
    paragraph.add_run("nuancé", style="Emphasis")
    assert markdown_of(document) == ("## Sous-titre\n\n> Une citation\n>\n> sur deux paragraphes\n\n"
                                     "Le fichier `config.ini` est **important** et *nuancé*")


def test_a_table_typed_in_an_answer_becomes_a_pipe_table():
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for row, texts in zip(table.rows, (("Délai", "Coût"), ("6 mois", "20 k€")), strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.paragraphs[0].add_run(text)
    assert markdown_of(document) == "| Délai | Coût |\n| --- | --- |\n| 6 mois | 20 k€ |"


def test_the_word_writer_and_the_reader_agree_on_markdown():
    from dpi_consult.export.docx_blocks import BodyWriter, Context
    from dpi_consult.export.docx_body import Assembler
    from dpi_consult.export.docx_template import open_template, prepare

    text = ("Un **gras** et un [lien](https://exemple.fr/a?b=1).\n\n3. trois\n4. quatre\n   1. sous\n\n"
            "- puce\n\n  suite de la puce\n- autre\n\n> citée")
    document = open_template(None)
    styles, lists = prepare(document, update_fields=False)
    writer = BodyWriter(styles)
    writer.blocks(parse(text).blocks, Context(2))
    Assembler(document, lists).insert(writer.chunk())
    assert markdown_of(document) == to_markdown(parse(text)).strip()


def test_markdown_lookalikes_typed_in_word_stay_text():
    document = docx.Document()
    document.add_paragraph("# pas un titre")
    document.add_paragraph("- pas une puce")
    assert markdown_of(document) == "\\# pas un titre\n\n\\- pas une puce"


def test_tick_marks_at_the_start_of_a_line():
    assert split_tick("☒ Oui") == (True, "Oui")
    assert split_tick("☐ Oui") == (False, "Oui")
    assert split_tick("x Oui") == (True, "Oui")
    assert split_tick("X☐ Non") == (True, "Non")
    assert split_tick("✓ Plutôt oui") == (True, "Plutôt oui")
    assert split_tick("[x] Non") == (True, "Non")
    assert split_tick("Xavier") == (False, "Xavier")
    assert split_tick("Oui") == (False, "Oui")


def test_spaces_selected_with_a_bold_word_stay_outside_the_emphasis():
    document = docx.Document()
    runs(document.add_paragraph(), "Un ", ("mot ", "b"), "ici et", (" là", "i"), ".")
    assert markdown_of(document) == "Un **mot** ici et *là*."
