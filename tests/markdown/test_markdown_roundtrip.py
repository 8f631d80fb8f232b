"""Markdown written back from the model: normalised, and parsed back to the same model."""

from __future__ import annotations

import pytest

from dpi_consult.markdown import (
    Cell,
    CodeBlock,
    Document,
    Heading,
    LineBreak,
    ListBlock,
    ListItem,
    Paragraph,
    Table,
    Text,
    parse,
    to_markdown,
    to_plain_text,
)


def normalised(source: str) -> str:
    return to_markdown(parse(source))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("__gras__ et _it_", "**gras** et *it*"),
        ("* a\n* b", "- a\n- b"),
        ("1) a\n2) b", "1. a\n2. b"),
        ("3. a\n1. b", "3. a\n4. b"),
        ("Titre\n=====", "# Titre"),
        ("    code", "```\ncode\n```"),
        ("- a\n    - b", "- a\n  - b"),
        ("> a\nb", "> a\n> b"),
        ("| a |\n|:-:|\n| b |", "| a |\n| :-: |\n| b |"),
        ("a  \nb", "a\nb"),
        ("<https://exemple.fr/é>", "<https://exemple.fr/é>"),
        ("[été](https://exemple.fr/été)", "[été](https://exemple.fr/été)"),
        ("---", "***"),
    ],
)
def test_normalised_markdown(source, expected):
    assert normalised(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("\\- pas une puce", "\\- pas une puce"),
        ("2024\\. année", "2024\\. année"),
        ("\\# pas un titre", "\\# pas un titre"),
        ("a \\*b\\* \\_c\\_ \\[d\\]", "a \\*b\\* \\_c\\_ \\[d\\]"),
        ("x < 5 & y", "x < 5 & y"),
        ("&amp;amp;", "\\&amp;"),
        ("Attention !", "Attention !"),
        ("a | b", "a &#124; b"),
        ("| a \\| b |\n|---|", "| a \\| b |\n| --- |"),
    ],
)
def test_only_what_needs_escaping_is_escaped(source, expected):
    assert normalised(source) == expected


def test_adjacent_lists_stay_separate():
    doc = parse("- a\n+ b\n* c\n\n1. x\n1) y")
    assert parse(to_markdown(doc)) == doc
    assert len(doc.blocks) == 5


def test_nested_empty_items_do_not_become_a_horizontal_rule():
    doc = parse("- - +")
    assert to_markdown(doc) == "- * -"
    assert parse(to_markdown(doc)) == doc


def test_backticks_inside_code():
    doc = parse("`` a`b `` et\n\n````\n```\n````")
    assert doc.blocks[1] == CodeBlock("```")
    assert parse(to_markdown(doc)) == doc


def test_code_with_a_bar_inside_a_table_cell():
    doc = parse("| `a\\|b` |\n|---|")
    assert doc.blocks[0].header == [Cell([Text("a|b", code=True)])]
    assert to_markdown(doc) == "| `a\\|b` |\n| --- |"
    assert parse(to_markdown(doc)) == doc


def test_heading_with_a_line_break_stays_setext():
    doc = parse("deux\nlignes\n===")
    assert doc.blocks == [Heading(1, [Text("deux"), LineBreak(), Text("lignes")])]
    assert to_markdown(doc) == "deux\nlignes\n==="


# --- models that do not come from the parser (e.g. from Word) -----------------------------------------


def test_blanks_at_the_edge_of_bold_move_outside_the_markers():
    doc = Document([Paragraph([Text("le "), Text("gras ", bold=True), Text("suite")])])
    assert to_markdown(doc) == "le **gras** suite"


def test_blank_between_a_marker_and_punctuation_becomes_an_entity():
    doc = Document([Paragraph([Text("gras\u00a0", bold=True), Text(": suite")])])
    assert to_markdown(doc) == "**gras&#160;**: suite"
    assert to_plain_text(parse(to_markdown(doc))) == "gras\u00a0: suite"


def test_emphasis_that_markdown_cannot_express_is_dropped_not_garbled():
    doc = Document([Paragraph([Text("(a)", bold=True), Text("b")])])
    assert to_markdown(doc) == "(a)b"


def test_overlapping_bold_and_italic():
    spans = [Text("a", bold=True), Text("b", bold=True, italic=True), Text("c", italic=True)]
    doc = Document([Paragraph(spans)])
    assert parse(to_markdown(doc)) == doc


def test_empty_lines_and_leading_blanks_inside_a_paragraph():
    doc = Document([Paragraph([LineBreak(), Text("a"), LineBreak(), LineBreak(), Text("  b")])])
    assert parse(to_markdown(doc)) == doc


def test_text_that_looks_like_block_markup_stays_text():
    lines = ["- a", "1. b", "# c", "> d", "---", "===", "```", "~~~", "    e", ":-", "| f |"]
    spans = [Text(lines[0])] + [span for line in lines[1:] for span in (LineBreak(), Text(line))]
    doc = Document([Paragraph(spans)])
    assert parse(to_markdown(doc)) == doc


def test_link_with_spaces_and_parentheses_in_the_url():
    doc = Document(
        [Paragraph([Text("a", link="https://a.fr/x (1)"), Text(" "), Text("b", link="https://a.fr/(2)")])]
    )
    back = parse(to_markdown(doc))
    assert [span.link for span in back.blocks[0].inlines] == [
        "https://a.fr/x%20(1)",
        None,
        "https://a.fr/(2)",
    ]


def test_two_paragraphs_in_a_tight_item_keep_apart():
    doc = Document([ListBlock(False, [ListItem([Paragraph([Text("a")]), Paragraph([Text("b")])])])])
    assert to_plain_text(parse(to_markdown(doc))) == to_plain_text(doc)


def test_table_rows_are_padded_to_the_header_width():
    doc = Document([Table([Cell([Text("a")]), Cell([Text("b")])], [[Cell([Text("c")])]])])
    assert to_markdown(doc) == "| a | b |\n| --- | --- |\n| c |  |"
