"""Plain-text rendering and the character count used for limits."""

from __future__ import annotations

import pytest

from dpi_consult.markdown import (
    Cell,
    Document,
    LineBreak,
    Paragraph,
    Table,
    Text,
    parse,
    plain_length,
    to_plain_text,
)


def plain(source: str) -> str:
    return to_plain_text(parse(source))


@pytest.mark.parametrize(
    ("source", "length"),
    [
        ("**gras**", 4),
        ("a\nb", 3),
        ("- un\n- deux", len("• un\n• deux")),
        ("", 0),
        ("un\n\ndeux", len("un\n\ndeux")),
        ("[ici](https://a.fr)", len("ici (https://a.fr)")),
        ("Dose\u00a0: 1\u202fg 👍", len("Dose\u00a0: 1\u202fg 👍")),
    ],
)
def test_plain_length_examples(source, length):
    assert plain_length(source) == length


def test_plain_length_is_cached_but_exact_for_every_text():
    plain_length.cache_clear()
    assert plain_length("*a*") == 1
    assert plain_length("*a*") == 1
    assert plain_length("*ab*") == 2
    assert plain_length.cache_info().hits == 1


def test_markup_is_removed():
    assert plain("# Titre\n\n**gras**, *it*, `code`, \\*étoile\\*") == "Titre\n\ngras, it, code, *étoile*"


def test_paragraphs_are_separated_by_one_blank_line_and_breaks_kept():
    assert plain("a\nb\n\n\n\nc") == "a\nb\n\nc"


def test_bullets_and_nested_bullets():
    assert plain("- un\n  - sous\n    - sous-sous\n- deux") == "• un\n  • sous\n    • sous-sous\n• deux"


def test_numbers_are_the_real_ones():
    assert plain("3. trois\n4. quatre\n\n1) un") == "3. trois\n4. quatre\n\n1. un"


def test_continuation_lines_are_aligned_under_the_item_text():
    assert plain("10. dix\n    suite\n- a\n\n  b") == "10. dix\n    suite\n\n• a\n  b"


def test_loose_list_is_as_compact_as_a_tight_one():
    assert plain("- a\n\n- b") == plain("- a\n- b") == "• a\n• b"


def test_quote_is_wrapped_in_french_guillemets():
    assert plain("> cité\n> ici") == "«\u00a0cité\nici\u00a0»"


def test_quote_already_in_guillemets_is_not_wrapped_twice():
    assert plain("> « déjà »") == "« déjà »"


def test_quote_inside_a_list():
    assert plain("- a\n  > b") == "• a\n  «\u00a0b\u00a0»"


def test_table_rows_with_cells_joined_by_a_bar():
    assert plain("| a | b |\n|---|---|\n| **c** | |") == "a | b\nc | "


def test_line_break_in_a_cell_becomes_a_space():
    table = Table([Cell([Text("a"), LineBreak(), Text("b")])])
    assert to_plain_text(Document([table])) == "a b"


def test_link_shows_its_decoded_url_after_the_text():
    assert plain("[page](https://exemple.fr/hôpital)") == "page (https://exemple.fr/hôpital)"


def test_link_whose_text_is_the_url_shows_it_once():
    assert plain("<https://exemple.fr/é> et [https://a.fr](https://a.fr)") == (
        "https://exemple.fr/é et https://a.fr"
    )


def test_mail_autolink_shows_the_address_once():
    assert plain("<a@b.fr>") == "a@b.fr"


def test_link_text_across_a_line_break_gets_one_url():
    assert plain("[un\ndeux](https://a.fr) fin") == "un\ndeux (https://a.fr) fin"


def test_code_block_and_rule():
    assert plain("```\n  x\n```\n\n---") == "  x\n\n———"


def test_raw_html_is_counted_as_typed():
    assert plain("<b>x</b>") == "<b>x</b>"


def test_a_paragraph_built_by_hand_renders_too():
    doc = Document([Paragraph([Text("a", bold=True), LineBreak(), Text("b", link="https://a.fr")])])
    assert to_plain_text(doc) == "a\nb (https://a.fr)"
