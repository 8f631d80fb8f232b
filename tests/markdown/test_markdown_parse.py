"""Parsing Markdown answers into the block model."""

from __future__ import annotations

import subprocess
import sys

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
    Quote,
    Table,
    Text,
    ThematicBreak,
    iter_text,
    parse,
)
from dpi_consult.markdown.parser import markdown_it


def para(*inlines: Text | LineBreak) -> Paragraph:
    return Paragraph(list(inlines))


def item(*texts: str) -> ListItem:
    return ListItem([para(Text(text)) for text in texts])


def only_block(source: str):
    doc = parse(source)
    assert len(doc.blocks) == 1, doc
    return doc.blocks[0]


# --- paragraphs and line breaks ---------------------------------------------------------------


def test_single_enter_is_a_line_break_inside_the_paragraph():
    assert parse("ligne un\nligne deux") == Document(
        [para(Text("ligne un"), LineBreak(), Text("ligne deux"))]
    )


def test_blank_line_starts_a_new_paragraph():
    assert parse("un\n\ndeux") == Document([para(Text("un")), para(Text("deux"))])


def test_several_blank_lines_still_make_two_paragraphs():
    assert parse("un\n\n\n\ndeux") == Document([para(Text("un")), para(Text("deux"))])


def test_two_trailing_spaces_and_backslash_are_line_breaks_too():
    assert parse("a  \nb\\\nc") == Document([para(Text("a"), LineBreak(), Text("b"), LineBreak(), Text("c"))])


def test_windows_line_endings_are_line_breaks():
    assert parse("a\r\nb\r\n\r\nc") == parse("a\nb\n\nc")


@pytest.mark.parametrize("source", ["", "   ", "\n\n\t\n", "\u00a0"])
def test_empty_or_blank_text_gives_an_empty_document(source):
    assert parse(source) == Document([])


# --- emphasis, code, links ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "span"),
    [
        ("**gras**", Text("gras", bold=True)),
        ("__gras__", Text("gras", bold=True)),
        ("*italique*", Text("italique", italic=True)),
        ("_italique_", Text("italique", italic=True)),
        ("***les deux***", Text("les deux", bold=True, italic=True)),
        ("`code`", Text("code", code=True)),
        ("**`code gras`**", Text("code gras", bold=True, code=True)),
    ],
)
def test_emphasis_and_code_spans(source, span):
    assert only_block(source) == para(span)


def test_spans_are_flat_each_with_its_own_flags():
    assert only_block("*a **b** c*") == para(
        Text("a ", italic=True), Text("b", bold=True, italic=True), Text(" c", italic=True)
    )


def test_neighbouring_text_with_the_same_format_is_merged():
    # "\*" and "&amp;" come out of markdown-it as separate tokens.
    assert only_block("a \\* b &amp; c") == para(Text("a * b & c"))


def test_code_span_keeps_markup_literal():
    assert only_block("`**pas gras** <b>`") == para(Text("**pas gras** <b>", code=True))


def test_link_with_accents_in_text_and_url():
    url = "https://exemple.fr/h%C3%B4pital/%C3%A9t%C3%A9"
    assert only_block("[Hôpital d’été](https://exemple.fr/hôpital/été)") == para(
        Text("Hôpital d’été", link=url)
    )


def test_link_text_keeps_its_formatting():
    assert only_block("[voir **ici**](https://a.fr)") == para(
        Text("voir ", link="https://a.fr"), Text("ici", bold=True, link="https://a.fr")
    )


def test_autolinks_for_web_and_mail():
    assert only_block("<https://exemple.fr/é> <contact@exemple.fr>") == para(
        Text("https://exemple.fr/é", link="https://exemple.fr/%C3%A9"),
        Text(" "),
        Text("contact@exemple.fr", link="mailto:contact@exemple.fr"),
    )


def test_bare_urls_are_not_linkified():
    assert only_block("voir https://exemple.fr") == para(Text("voir https://exemple.fr"))


def test_javascript_links_are_refused():
    assert only_block("[clic](javascript:alert(1))") == para(Text("[clic](javascript:alert(1))"))


def test_image_becomes_a_link_labelled_by_its_alt_text():
    assert only_block("![schéma](https://a.fr/s.png)") == para(Text("schéma", link="https://a.fr/s.png"))


def test_reference_links_are_resolved():
    assert parse("[doc][1]\n\n[1]: https://a.fr") == Document([para(Text("doc", link="https://a.fr"))])


# --- raw HTML and typography ---------------------------------------------------------------------


def test_raw_html_stays_literal_text():
    assert only_block("a <b>gras</b> <script>x()</script>") == para(
        Text("a <b>gras</b> <script>x()</script>")
    )


def test_html_block_stays_a_literal_paragraph():
    assert only_block("<div>\nbloc\n</div>") == para(
        Text("<div>"), LineBreak(), Text("bloc"), LineBreak(), Text("</div>")
    )


def test_no_typographic_replacement():
    source = "\"guillemets\" 'simples' -- --- ... (c) (tm) +-"
    assert only_block(source) == para(Text(source))


def test_french_typography_is_kept_as_typed():
    source = "Attention\u00a0: « dose\u202fmax » – l’été… 👩‍⚕️"
    assert only_block(source) == para(Text(source))


# --- headings, code, rules ---------------------------------------------------------------------------


def test_atx_and_setext_headings():
    assert parse("# Un\n\n### Trois\n\nDeux\n---") == Document(
        [Heading(1, [Text("Un")]), Heading(3, [Text("Trois")]), Heading(2, [Text("Deux")])]
    )


def test_fenced_and_indented_code_blocks_keep_their_text():
    assert parse("```python\n  x = 1\n<b>\n```\n\n    indenté\n    suite") == Document(
        [CodeBlock("  x = 1\n<b>"), CodeBlock("indenté\nsuite")]
    )


def test_thematic_break():
    assert parse("a\n\n***\n\nb") == Document([para(Text("a")), ThematicBreak(), para(Text("b"))])


# --- lists ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["-", "*", "+"])
def test_bullet_list_with_any_marker(marker):
    assert only_block(f"{marker} un\n{marker} deux") == ListBlock(False, [item("un"), item("deux")])


def test_ordered_list_keeps_its_start_number():
    assert only_block("3. trois\n4. quatre") == ListBlock(True, [item("trois"), item("quatre")], start=3)


def test_ordered_list_with_parenthesis():
    assert only_block("1) un\n2) deux") == ListBlock(True, [item("un"), item("deux")], start=1)


@pytest.mark.parametrize("indent", ["  ", "    "])
def test_nested_list_with_two_or_four_spaces(indent):
    assert only_block(f"- a\n{indent}- b\n- c") == ListBlock(
        False,
        [ListItem([para(Text("a")), ListBlock(False, [item("b")])]), item("c")],
    )


def test_separate_ordered_lists_restart_their_numbering():
    doc = parse("1. a\n2. b\n\nTexte\n\n1. c\n2. d")
    assert [block.start for block in doc.blocks if isinstance(block, ListBlock)] == [1, 1]
    assert len(doc.blocks) == 3


def test_changing_the_bullet_character_starts_a_new_list():
    assert parse("- a\n+ b") == Document([ListBlock(False, [item("a")]), ListBlock(False, [item("b")])])


def test_quote_inside_a_list_item():
    assert only_block("1. a\n   > cité\n2. b") == ListBlock(
        True, [ListItem([para(Text("a")), Quote([para(Text("cité"))])]), item("b")]
    )


def test_list_inside_a_quote():
    assert only_block("> intro\n> - un\n> - deux") == Quote(
        [para(Text("intro")), ListBlock(False, [item("un"), item("deux")])]
    )


def test_tight_and_loose_lists():
    assert only_block("- a\n- b").tight is True
    assert only_block("- a\n\n- b").tight is False


def test_list_item_with_two_paragraphs():
    assert only_block("- a\n\n  suite\n- b") == ListBlock(False, [item("a", "suite"), item("b")], tight=False)


# --- tables --------------------------------------------------------------------------------------------


def test_table_with_alignment_and_emphasis_in_a_cell():
    source = "| Nom | Dose | Note |\n|:--|--:|:-:|\n| *Doliprane* | 1 g | x |\n| b |"
    assert only_block(source) == Table(
        header=[Cell([Text("Nom")]), Cell([Text("Dose")]), Cell([Text("Note")])],
        rows=[
            [Cell([Text("Doliprane", italic=True)]), Cell([Text("1 g")]), Cell([Text("x")])],
            [Cell([Text("b")]), Cell([]), Cell([])],
        ],
        align=["left", "right", "center"],
    )


def test_escaped_pipe_stays_inside_the_cell():
    table = only_block("| a |\n|---|\n| x \\| y |")
    assert table.rows == [[Cell([Text("x | y")])]]


# --- helpers -----------------------------------------------------------------------------------------------


def test_iter_text_walks_every_text_in_order():
    doc = parse("# T\n\na **b**\n\n- c\n  > d\n\n| e |\n|---|\n| f |\n\n```\ng\n```")
    assert list(iter_text(doc)) == ["T", "a ", "b", "c", "d", "e", "f", "g"]


def test_one_markdown_it_instance_is_reused():
    assert markdown_it() is markdown_it()


def test_the_package_imports_neither_qt_nor_docx():
    code = (
        "import sys, dpi_consult.markdown\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide', 'docx'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
