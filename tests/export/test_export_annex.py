"""The annex of a collective contribution in Word: one table per choice question, written answers under each member's
name in a style that is not a heading, everything each member wrote, in smaller (not below 9.5 pt) styles."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import NS, body_text, missing_in_order, paragraph_text, w, words, xml
from export_samples import TODAY, sample_draft, sample_form

from dpi_consult.draft.model import Draft
from dpi_consult.export.content import MemberAnswers, member_answers
from dpi_consult.export.docx_blocks import column_widths
from dpi_consult.export.docx_contribution import ANNEX_TITLE, build_contribution, write_contribution
from dpi_consult.form.model import Form
from dpi_consult.markdown import iter_text, parse
from dpi_consult.progress import Progress

CHOICE = "fiche-01.clarte"  # single choice
SEVERAL = "general.referencement-editeurs"  # multiple choice
WRITTEN = "fiche-01.difficultes"  # long text
SHORT = "general.mesure-couteuse-1"  # short text

ANSWERS = [
    # (organisation, named in the annex, type, region, answers)
    ("CHU de Rivesaltes", True, "etablissement-public", "occitanie", {
        CHOICE: "oui", SEVERAL: ["traces", "mfa"],
        WRITTEN: "# Notre constat\n\nLe registre est **commun** au GHT.\n\n- point un\n- point deux\n\n"
                 "> Citation du projet\n\n| Donnée | Durée |\n|--|--|\n| Traces | 6 mois |",
        SHORT: "La purge patient par patient"}),
    ("Clinique des Aspres", False, "prive-lucratif", "occitanie", {
        CHOICE: "plutot-non", WRITTEN: "## Détail\n\nNous ne savons pas *encore* chiffrer la mise en conformité."}),
    ("Centre de santé de Thuir", False, "centre-de-sante", "", {CHOICE: "non", SEVERAL: ["aucune"]}),
    ("EHPAD des Albères", True, "", "bretagne", {WRITTEN: "Rien à ajouter.\nSinon : merci."}),
]


@pytest.fixture(scope="module")
def form() -> Form:
    return sample_form()


@pytest.fixture(scope="module")
def members(form: Form) -> list[MemberAnswers]:
    result = []
    for number, (name, named, kind, region, answers) in enumerate(ANSWERS, start=1):
        draft = Draft.new(form, name)
        draft.annex_naming = named
        for qid, value in [("identification.type", kind), ("identification.region", region), *answers.items()]:
            if value:
                draft.set_value(form, qid, value)
        result.append(member_answers(form, draft, number))
    return result


@pytest.fixture(scope="module")
def annex(tmp_path_factory: pytest.TempPathFactory, form: Form, members: list[MemberAnswers]) -> Path:
    out = tmp_path_factory.mktemp("annex") / "collective.docx"
    write_contribution(form, sample_draft(form), out, annex=members, today=TODAY, workers=1)
    return out


def style_ids(path: Path) -> dict[str, str]:
    """Style name -> style id."""
    return {style.find("w:name", NS).get(w("val")): style.get(w("styleId"))
            for style in xml(path, "word/styles.xml").iterfind("w:style", NS)}


def annex_elements(path: Path) -> list:
    """The body's paragraphs and tables from the annex's title on."""
    heading_1 = style_ids(path)["heading 1"]
    children = list(xml(path).find("w:body", NS))
    start = next(i for i, child in enumerate(children) if child.tag == w("p") and paragraph_style(child) == heading_1
                 and paragraph_text(child) == ANNEX_TITLE)
    return children[start:]


def paragraph_style(p) -> str | None:
    node = p.find("w:pPr/w:pStyle", NS)
    return None if node is None else node.get(w("val"))


def rows(table) -> list[list[str]]:
    return [["\n".join(paragraph_text(p) for p in tc.iterfind("w:p", NS)) for tc in tr.iterfind("w:tc", NS)]
            for tr in table.iterfind("w:tr", NS)]


def test_one_table_per_choice_question_after_its_tally(annex: Path):
    elements = annex_elements(annex)
    tables = [(i, element) for i, element in enumerate(elements) if element.tag == w("tbl")]
    answer_tables = [(i, table) for i, table in tables if rows(table)[0] == ["Membre", "Type", "Région", "Réponse"]]
    assert len(answer_tables) == 2  # the two choice questions answered; the Markdown table is a member's own
    (first, clarity), (second, several) = answer_tables
    assert paragraph_text(elements[first - 1]).startswith("Répartition des réponses\u00a0: Oui\u00a0: 1 · Plutôt non")
    assert paragraph_text(elements[first - 2]) == "Les recommandations de cette fiche sont-elles claires\u00a0?"
    assert rows(clarity)[1:] == [
        ["CHU de Rivesaltes", "Établissement public de santé", "Occitanie", "Oui"],
        ["Membre 2", "Établissement de santé privé à but lucratif", "Occitanie", "Plutôt non"],
        ["Membre 3", "Centre de santé", "", "Non"],
    ]
    # Several options chosen: one per line, in the form's order.
    assert rows(several)[1:] == [
        ["CHU de Rivesaltes", "Établissement public de santé", "Occitanie",
         "Authentification multifacteur\nJournalisation des accès et restitution des traces"],
        ["Membre 3", "Centre de santé", "", "Aucune de ces fonctions"],
    ]
    assert paragraph_text(elements[second - 1]).startswith("Répartition des réponses")


def test_answer_tables_repeat_their_header_and_keep_rows_whole(annex: Path):
    cell_style = style_ids(annex)["Annex Table Text"]
    tables = [t for t in annex_elements(annex) if t.tag == w("tbl") and rows(t)[0][0] == "Membre"]
    assert len(tables) == 2
    for table in tables:
        trs = table.findall("w:tr", NS)
        assert trs[0].find("w:trPr/w:tblHeader", NS) is not None
        assert all(tr.find("w:trPr/w:tblHeader", NS) is None for tr in trs[1:])
        assert all(tr.find("w:trPr/w:cantSplit", NS) is not None for tr in trs)
        assert {paragraph_style(p) for p in table.iter(w("p"))} == {cell_style}
        widths = [int(col.get(w("w"))) for col in table.iterfind("w:tblGrid/w:gridCol", NS)]
        assert len(widths) == 4 and table.find("w:tblPr/w:tblLayout", NS).get(w("type")) == "fixed"


def test_written_answers_sit_under_the_member_name_in_a_style_that_is_not_a_heading(annex: Path):
    ids = style_ids(annex)
    member_style = ids["Annex Member"]
    names = [paragraph_text(p) for p in annex_elements(annex)
             if p.tag == w("p") and paragraph_style(p) == member_style]
    # The written question (three members), then the short one (one member).
    assert names == ["CHU de Rivesaltes", "Membre 2 (Établissement de santé privé à but lucratif, Occitanie)",
                     "EHPAD des Albères", "CHU de Rivesaltes"]
    styles = xml(annex, "word/styles.xml")
    member = styles.find(f"w:style[@w:styleId='{member_style}']", NS)
    assert member.find("w:pPr/w:keepNext", NS) is not None
    for style in styles.iterfind("w:style", NS):
        if style.find("w:name", NS).get(w("val")).startswith("Annex"):
            assert style.find("w:pPr/w:outlineLvl", NS) is None


def test_the_navigation_lists_sheets_and_questions_only(annex: Path):
    """No "Heading 4" or deeper in the annex: a member's own "# Titre" is a bold paragraph of its own style."""
    ids = style_ids(annex)
    headings = {ids[f"heading {level}"]: level for level in range(1, 7) if f"heading {level}" in ids}
    levels = [headings[paragraph_style(p)] for element in annex_elements(annex) for p in element.iter(w("p"))
              if paragraph_style(p) in headings]
    assert max(levels) == 3 and levels.count(1) == 1
    inner = [paragraph_text(p) for element in annex_elements(annex) for p in element.iter(w("p"))
             if paragraph_style(p) == ids["Annex Heading"]]
    assert inner == ["Notre constat", "Détail"]


def test_every_member_answer_is_there_word_for_word(annex: Path, members: list[MemberAnswers]):
    text = body_text(annex)
    annex_text = "\n".join(paragraph_text(p) for element in annex_elements(annex) for p in element.iter(w("p")))
    written = [ANSWERS[0][4][WRITTEN], ANSWERS[1][4][WRITTEN], ANSWERS[3][4][WRITTEN], ANSWERS[0][4][SHORT]]
    expected = [word for source in written for word in words(" ".join(iter_text(parse(source))))]
    assert missing_in_order(expected, words(annex_text)) == []
    assert "Sinon : merci." in annex_text
    # The list of contributing members stays, non-consenting members as "Membre N".
    assert "Membre 2 (Établissement de santé privé à but lucratif, Occitanie) — 2 réponses" in annex_text
    assert "CHU de Rivesaltes — 4 réponses" in annex_text and "Clinique des Aspres" not in text
    assert "Centre de santé de Thuir" not in text and "Membre 3 (Centre de santé) — 2 réponses" in annex_text


def test_annex_answers_are_in_the_annex_styles_not_below_9_5_points(annex: Path):
    ids = style_ids(annex)
    styles = xml(annex, "word/styles.xml")
    by_id = {style.get(w("styleId")): style for style in styles.iterfind("w:style", NS)}
    default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:sz", NS)

    def size(style_id: str) -> int:
        style = by_id[style_id]
        while style is not None:
            node = style.find("w:rPr/w:sz", NS)
            if node is not None:
                return int(node.get(w("val")))
            based = style.find("w:basedOn", NS)
            style = by_id.get(based.get(w("val"))) if based is not None else None
        return int(default.get(w("val"))) if default is not None else 20

    annex_styles = [ids[name] for name in ("Annex Text", "Annex Member", "Annex Heading", "Annex List", "Annex Quote",
                                           "Annex Table Text")]
    assert all(19 <= size(style_id) < size(ids["Normal"]) for style_id in annex_styles)
    written = [paragraph_style(p) for element in annex_elements(annex) for p in element.iter(w("p"))]
    for name in ("Annex Text", "Annex List", "Annex Quote"):
        assert ids[name] in written, name


def test_progress_counts_every_member_answer(form: Form, members: list[MemberAnswers]):
    seen: list[tuple[int, int]] = []
    build_contribution(form, sample_draft(form), annex=members, today=TODAY, workers=1,
                       progress=Progress(lambda done, total: seen.append((done, total))))
    member_answers_count = sum(len(member.answers) for member in members)
    assert seen[-1] == (5 + member_answers_count, 5 + member_answers_count)


def test_columns_share_the_width_by_what_they_hold():
    header = ("Membre", "Type", "Région", "Réponse")
    body = [("Membre 12", "Établissement public de santé", "Occitanie", "Oui")] * 9 + \
           [("Membre 13", "Groupement de coopération sanitaire (GCS) ou groupement d’intérêt public (GIP)",
             "Provence-Alpes-Côte d’Azur", "Plutôt non")]
    widths = column_widths([header, *body], 9070)
    assert sum(widths) == 9070
    member, kind, region, answer = widths
    assert kind > region > member and kind > answer  # the long type of one member does not take it all
    assert kind < 9070 // 2
    # A table that fits keeps the proportions of what it holds.
    assert column_widths([("A", "B"), ("x", "y")], 1000) == [500, 500]


def test_no_type_or_region_column_when_no_member_gave_one(tmp_path: Path, form: Form):
    members = [MemberAnswers("Membre 1", {CHOICE: "oui"}), MemberAnswers("Membre 2", {CHOICE: "sans-avis"})]
    out = tmp_path / "c.docx"
    write_contribution(form, sample_draft(form), out, annex=members, today=TODAY, workers=1)
    tables = [t for t in annex_elements(out) if t.tag == w("tbl")]
    assert [rows(table) for table in tables] == [[["Membre", "Réponse"], ["Membre 1", "Oui"],
                                                  ["Membre 2", "Sans avis"]]]
