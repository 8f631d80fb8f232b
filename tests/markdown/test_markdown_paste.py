"""Clipboard HTML from Word, LibreOffice and web pages read into Markdown: formatting kept, the rest dropped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpi_consult.markdown import parse, to_markdown
from dpi_consult.markdown.html_in import html_to_document

PASTE = Path(__file__).resolve().parent / "paste"


@pytest.mark.parametrize("name", ["word-lists", "libreoffice", "browser", "google-docs"])
def test_each_clipboard_shape_gives_its_markdown(name: str):
    markdown = to_markdown(html_to_document((PASTE / f"{name}.html").read_text(encoding="utf-8")))
    assert markdown + "\n" == (PASTE / f"{name}.md").read_text(encoding="utf-8")
    # What is pasted is Markdown the app reads back as it was written.
    assert to_markdown(parse(markdown)) == markdown


def test_word_lists_keep_their_levels_and_numbering():
    markdown = (PASTE / "word-lists.md").read_text(encoding="utf-8")
    assert "- Un mode dégradé **testé** chaque année\n  - y compris la nuit\n- Des sauvegardes" in markdown
    assert "1. Recenser les applications\n2. Former les équipes" in markdown
    # Word's bullets and its conditional comments never reach the text.
    assert "·" not in markdown and "supportLists" not in markdown and "mso" not in markdown


def test_scripts_styles_and_unsafe_links_are_dropped():
    markdown = to_markdown(html_to_document((PASTE / "browser.html").read_text(encoding="utf-8")))
    assert "tracker" not in markdown and "javascript" not in markdown and "ce lien" in markdown
    assert "color" not in markdown and "logo" not in markdown


def test_french_no_break_spaces_are_kept():
    document = html_to_document("<p>45&nbsp;000&nbsp;€ et « guillemets&nbsp;»</p>")
    assert to_markdown(document) == "45\u00a0000\u00a0€ et « guillemets\u00a0»"


@settings(max_examples=int(os.environ.get("PASTE_EXAMPLES", "300")), deadline=None)
@given(st.lists(st.sampled_from(list("<>/=\"' abpliuoltdrh-!&;#[]") + [
    "<li>", "<p>", "<ul>", "</ol>", "<![if !supportLists]>", "<![endif]>", "<b>", "</b>", "<table><tr><td>", "</td>",
    "<blockquote>", "<a href='https://x.fr'>", "</a>", "<br>", "<script>", "<p style='mso-list:l0 level3 lfo1'>"]),
    max_size=80))
def test_any_html_reads_without_error(pieces: list[str]):
    markdown = to_markdown(html_to_document("".join(pieces)))
    assert to_markdown(parse(markdown)) == markdown
