"""The toolbar's text transformations, without Qt: (text, selection) in, (text, selection) out."""

from __future__ import annotations

import pytest

from dpi_consult.gui.markdown_actions import (
    Edit,
    changed_span,
    index_to_utf16,
    insert_link,
    toggle_bold,
    toggle_bullet_list,
    toggle_italic,
    toggle_numbered_list,
    toggle_quote,
    utf16_to_index,
)


def apply(action, marked: str) -> str:
    """Run `action` on text where "⟨" and "⟩" mark the selection (or "|" the cursor); mark the result the same way."""
    if "|" in marked:
        start = end = marked.index("|")
        text = marked.replace("|", "")
    else:
        start = marked.index("⟨")
        end = marked.index("⟩") - 1
        text = marked.replace("⟨", "").replace("⟩", "")
    return mark(action(text, start, end))


def mark(edit: Edit) -> str:
    if edit.start == edit.end:
        return edit.text[: edit.start] + "|" + edit.text[edit.start :]
    return edit.text[: edit.start] + "⟨" + edit.text[edit.start : edit.end] + "⟩" + edit.text[edit.end :]


# --- bold and italic ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("une ⟨phrase⟩ ici", "une **⟨phrase⟩** ici"),
        ("une **⟨phrase⟩** ici", "une ⟨phrase⟩ ici"),  # toggled off from the inside of the markers
        ("une ⟨**phrase**⟩ ici", "une ⟨phrase⟩ ici"),  # ... and with the markers selected
        ("une ⟨phrase ⟩ici", "une **⟨phrase⟩** ici"),  # the markers hug the words, or they are not bold
        ("fin |", "fin **|**"),
        ("fin **|**", "fin |"),  # an empty pair taken away
        ("*⟨mot⟩*", "***⟨mot⟩***"),  # italic + bold
        ("***⟨mot⟩***", "*⟨mot⟩*"),
        ("- ⟨item⟩", "- **⟨item⟩**"),
        ("⟨- item⟩", "- **⟨item⟩**"),  # a whole list line: the marker stays outside
        ("⟨   ⟩", "⟨   ⟩"),  # only blanks selected: nothing to make bold
    ],
)
def test_bold(before, after):
    assert apply(toggle_bold, before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("une ⟨phrase⟩ ici", "une *⟨phrase⟩* ici"),
        ("une *⟨phrase⟩* ici", "une ⟨phrase⟩ ici"),
        ("une ⟨*phrase*⟩ ici", "une ⟨phrase⟩ ici"),
        ("**⟨gras⟩**", "***⟨gras⟩***"),  # bold is not italic: wrap, do not strip one star
        ("***⟨both⟩***", "**⟨both⟩**"),
        ("_⟨souligné⟩_", "⟨souligné⟩"),  # underscore emphasis is recognised too
        ("x |", "x *|*"),
        ("x *|*", "x |"),
        ("x **|**", "x ***|***"),
    ],
)
def test_italic(before, after):
    assert apply(toggle_italic, before) == after


def test_spaced_stars_are_not_emphasis_so_they_are_not_unwrapped():
    assert apply(toggle_bold, "**a** ⟨** mot **⟩ **b**") == "**a** **⟨** mot **⟩** **b**"


def test_bold_on_several_lines_marks_each_line_and_toggles_back():
    text = "- un\n- deux\n\n> trois\n"
    first = toggle_bold(text, 0, len(text))
    assert first.text == "- **un**\n- **deux**\n\n> **trois**\n"
    assert first.text[first.start : first.end] == first.text
    second = toggle_bold(first.text, first.start, first.end)
    assert second.text == text


def test_bold_on_several_lines_completes_a_partly_bold_selection():
    assert toggle_bold("**a**\nb", 0, 7).text == "**a**\n**b**"


def test_bold_on_part_of_two_lines():
    assert apply(toggle_bold, "ab⟨cd\nef⟩gh") == "ab⟨**cd**\n**ef**⟩gh"


def test_backwards_selection_is_the_same_as_forwards():
    assert toggle_bold("un mot", 6, 3) == toggle_bold("un mot", 3, 6)


def test_positions_count_code_points_with_accents_and_emoji():
    assert apply(toggle_bold, "été 😀 ⟨déjà⟩") == "été 😀 **⟨déjà⟩**"
    assert apply(toggle_italic, "⟨😀⟩") == "*⟨😀⟩*"
    assert apply(toggle_bold, "🏥 **⟨hôpital⟩** 🏥") == "🏥 ⟨hôpital⟩ 🏥"


# --- lists and quotes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("ma|ison", "- ma|ison"),
        ("|", "- |"),
        ("- ma|ison", "ma|ison"),
        ("⟨un\ndeux⟩", "⟨- un\n- deux⟩"),
        ("⟨- un\n- deux⟩", "⟨un\ndeux⟩"),
        ("⟨- un\ndeux⟩", "⟨- un\n- deux⟩"),  # not all bulleted: complete rather than remove
        ("⟨un\n\ndeux⟩", "⟨- un\n\n- deux⟩"),  # blank lines between items stay blank
        ("⟨1. un\n2. deux⟩", "⟨- un\n- deux⟩"),  # numbered items become bullets
        ("  ⟨sous-item⟩", "  - ⟨sous-item⟩"),  # indentation kept
        ("av⟨ant\napr⟩ès\nreste", "- av⟨ant\n- apr⟩ès\nreste"),
        ("⟨un\n⟩deux", "⟨- un\n⟩deux"),  # a selection ending at a line start leaves that line alone
    ],
)
def test_bullet_list(before, after):
    assert apply(toggle_bullet_list, before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("⟨un\ndeux\ntrois⟩", "⟨1. un\n2. deux\n3. trois⟩"),
        ("⟨1. un\n2. deux⟩", "⟨un\ndeux⟩"),
        ("⟨- un\n- deux⟩", "⟨1. un\n2. deux⟩"),
        ("|", "1. |"),
        ("1. un\n|", "1. un\n2. |"),  # continues the list just above
        ("1. un\n2. deux\ntr|ois", "1. un\n2. deux\n3. tr|ois"),
        ("⟨un\n   sous\n   sous\ndeux⟩", "⟨1. un\n   1. sous\n   2. sous\n2. deux⟩"),  # each level counts alone
        ("⟨un\n\ndeux⟩", "⟨1. un\n\n2. deux⟩"),
    ],
)
def test_numbered_list(before, after):
    assert apply(toggle_numbered_list, before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("ci|tation", "> ci|tation"),
        ("> ci|tation", "ci|tation"),
        ("|", "> |"),
        ("⟨un\n\ndeux⟩", "⟨> un\n>\n> deux⟩"),  # blank lines keep the quote one block
        ("⟨> un\n>\n> deux⟩", "⟨un\n\ndeux⟩"),
        ("⟨> un\ndeux⟩", "⟨> un\n> deux⟩"),
        ("⟨- item⟩", "⟨> - item⟩"),
    ],
)
def test_quote(before, after):
    assert apply(toggle_quote, before) == after


def test_line_actions_keep_the_cursor_in_the_same_place_of_the_words():
    assert apply(toggle_bullet_list, "été\n😀 ma|ison") == "été\n- 😀 ma|ison"
    assert apply(toggle_numbered_list, "- |mot") == "1. |mot"


# --- links -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("voir ⟨la fiche⟩ ici", "voir [la fiche](⟨https://⟩) ici"),
        ("voir ⟨https://www.cnil.fr/fr⟩ ici", "voir [|](https://www.cnil.fr/fr) ici"),
        ("voir ⟨www.cnil.fr⟩ ici", "voir [|](https://www.cnil.fr) ici"),
        ("écrire à ⟨mailto:dpo@chu.fr⟩", "écrire à [|](mailto:dpo@chu.fr)"),
        ("voir |", "voir [|](https://)"),
        ("voir ⟨[la fiche](https://cnil.fr)⟩ ici", "voir ⟨la fiche⟩ ici"),  # a selected link is unlinked
        ("voir ⟨[](https://cnil.fr)⟩", "voir ⟨https://cnil.fr⟩"),
        ("voir ⟨la fiche ⟩ici", "voir [la fiche](⟨https://⟩) ici"),
    ],
)
def test_link(before, after):
    assert apply(insert_link, before) == after


def test_link_url_selected_ready_to_type_with_emoji_before():
    edit = insert_link("😀 doc", 2, 5)
    assert edit.text == "😀 [doc](https://)"
    assert edit.text[edit.start : edit.end] == "https://"


# --- positions and spans, for the Qt side ------------------------------------------------------------


def test_utf16_positions_and_python_indices_convert_both_ways():
    text = "a😀é🏥b"
    assert [index_to_utf16(text, i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert [utf16_to_index(text, p) for p in (0, 1, 3, 4, 6, 7)] == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("old", "new", "span"),
    [
        ("un mot", "un **mot**", (3, 6, 10)),  # one span must cover both pairs of markers
        ("a\nb", "- a\n- b", (0, 2, 6)),
        ("**x**", "x", (0, 5, 1)),
        ("- un\n- deux\nreste", "un\ndeux\nreste", (0, 7, 3)),  # the common tail is left alone
        ("même", "même", (4, 4, 4)),
        ("", "abc", (0, 0, 3)),
    ],
)
def test_changed_span_is_the_smallest_replacement(old, new, span):
    start, old_end, new_end = changed_span(old, new)
    assert old[:start] + new[start:new_end] + old[old_end:] == new
    assert (start, old_end, new_end) == span
