"""HTML for the Qt preview: the expected tags, everything escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from dpi_consult.markdown import Document, Paragraph, Text, parse, to_html


def html(source: str) -> str:
    return to_html(parse(source))


def test_paragraphs_and_line_breaks():
    assert html("a\nb\n\nc") == "<p>a<br/>b</p><p>c</p>"


def test_inline_formatting_tags():
    assert html("**g** *i* `c` ***gi***") == ("<p><b>g</b> <i>i</i> <code>c</code> <b><i>gi</i></b></p>")


def test_link_href_is_escaped_and_encoded():
    assert html('[l’été](https://a.fr/?a=1&b="x")') == (
        '<p><a href="https://a.fr/?a=1&amp;b=%22x%22">l’été</a></p>'
    )


def test_raw_html_is_escaped():
    assert html("<script>alert('x')</script> & <b>") == (
        "<p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;</p>"
    )


def test_ordered_list_keeps_start_and_tight_items_have_no_paragraph():
    assert html("3. a\n4. b") == '<ol start="3"><li>a</li><li>b</li></ol>'


def test_loose_list_items_keep_their_paragraphs():
    assert html("- a\n\n- b") == "<ul><li><p>a</p></li><li><p>b</p></li></ul>"


def test_nested_list_quote_code_heading_rule():
    assert html("# T\n\n- a\n  - b\n\n> q\n\n```\n<x>\n```\n\n---") == (
        "<h1>T</h1><ul><li>a<ul><li>b</li></ul></li></ul>"
        "<blockquote><p>q</p></blockquote><pre>&lt;x&gt;</pre><hr/>"
    )


def test_table_with_alignment():
    assert html("| a | b |\n|:-|-:|\n| *c* | d |") == (
        '<table border="1" cellspacing="0" cellpadding="4">'
        '<tr><th align="left">a</th><th align="right">b</th></tr>'
        '<tr><td align="left"><i>c</i></td><td align="right">d</td></tr></table>'
    )


def test_unsafe_link_from_a_hand_built_model_is_not_clickable():
    doc = Document([Paragraph([Text("x", link="javascript:alert(1)")])])
    assert to_html(doc) == "<p>x</p>"


def test_output_is_well_formed_xml():
    root = ET.fromstring("<div>" + html("a & b < c\n\n- « x »\n\n| a |\n|---|\n| <b> |") + "</div>")
    assert "".join(root.itertext()) == "a & b < c« x »a<b>"
