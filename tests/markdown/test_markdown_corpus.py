"""Every edge case of the shared corpus, through every output."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from dpi_consult.markdown import iter_text, parse, to_html, to_markdown, to_plain_text
from dpi_consult.markdown.corpus import EDGE_CASES, LONG_WORD

# Letters and digits only: every Markdown markup character is punctuation.
WORD = re.compile(r"[^\W_]+")

cases = pytest.mark.parametrize("source", EDGE_CASES, ids=[f"case{i}" for i in range(len(EDGE_CASES))])


def missing_in_order(expected: list[str], actual: list[str]) -> list[str]:
    """The words of ``expected`` that ``actual`` does not contain as a subsequence."""
    remaining = iter(actual)
    return [word for word in expected if word not in remaining]


def test_missing_in_order_detects_order_and_absence():
    assert missing_in_order(["a", "b"], ["a", "x", "b"]) == []
    assert missing_in_order(["b", "a"], ["a", "b"]) == ["a"]
    assert missing_in_order(["c"], ["a", "b"]) == ["c"]


def test_corpus_covers_the_required_edge_cases():
    joined = "\n".join(EDGE_CASES)
    assert "" in EDGE_CASES and any(case.strip() == "" and case for case in EDGE_CASES)
    assert LONG_WORD in joined and len(LONG_WORD) == 200 and " " not in LONG_WORD
    needles = [
        "\u00a0",
        "\u202f",
        "👩",
        "1)",
        "\n* ",
        "\n+ ",
        "\\*",
        "\\_",
        "```",
        "|:-",
        "> -",
        "   >",
        "    - ",
    ]
    for needle in needles:
        assert needle in joined, needle


@cases
def test_every_word_of_the_source_is_in_the_plain_text_in_order(source):
    plain = to_plain_text(parse(source))
    assert missing_in_order(WORD.findall(source), WORD.findall(plain)) == []


@cases
def test_plain_text_has_no_markdown_markup(source):
    plain = to_plain_text(parse(source))
    assert "**" not in plain and "](" not in plain and "```" not in plain


@cases
def test_markdown_round_trip_is_stable(source):
    doc = parse(source)
    markdown = to_markdown(doc)
    assert parse(markdown) == doc
    assert to_markdown(parse(markdown)) == markdown


@cases
def test_html_is_well_formed_and_holds_every_text(source):
    doc = parse(source)
    root = ET.fromstring(f"<div>{to_html(doc)}</div>")
    html_text = "".join(root.itertext())
    assert missing_in_order(WORD.findall("".join(iter_text(doc))), WORD.findall(html_text)) == []


@cases
def test_characters_are_kept_as_typed(source):
    doc = parse(source)
    model_text = "".join(iter_text(doc))
    plain = to_plain_text(doc)
    for special in ["\u00a0", "\u202f", "’", "«", "»", "👩‍⚕️", "🇫🇷", "…", LONG_WORD]:
        assert model_text.count(special) == source.count(special)
        assert plain.count(special) >= source.count(special)
