"""Synthetic answers: deterministic, within their limit, varied, in French, about the right sheet."""

from __future__ import annotations

import random
import re
import statistics

import pytest

from dpi_consult.demo import phrases
from dpi_consult.demo.texts import SAFETY, fill, long_answer, short_answer

SHEETS = [f"fiche-{number:02d}" for number in range(1, 15)]
SECTIONS = [*SHEETS, "general"]

KEYWORDS: dict[str, str | tuple[str, ...]] = {
    "fiche-01": "responsab",
    "fiche-02": "base légale",
    "fiche-03": "AIPD",
    "fiche-04": "cloisonnement",
    "fiche-05": "sauvegarde",
    "fiche-06": "conserv",
    "fiche-07": "MSSanté",
    "fiche-08": "information",
    "fiche-09": "demande",
    "fiche-10": "équipe de soins",
    # An answer dwells on one theme of its sheet: no single word runs through all the themes of this one.
    "fiche-11": ("habilitation", "authentification"),
    "fiche-12": "sous-traitant",
    "fiche-13": "contrat",
    "fiche-14": "maintenance",
    "general": "recommandation",
}


def _answers(seed: int, count: int, max_chars: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return [long_answer(rng, rng.choice(SECTIONS), max_chars) for _ in range(count)]


def test_same_seed_gives_the_same_answers() -> None:
    assert _answers(7, 200) == _answers(7, 200)
    first, second = random.Random(7), random.Random(7)
    assert [short_answer(first, "fiche-06") for _ in range(50)] == [
        short_answer(second, "fiche-06") for _ in range(50)
    ]


def test_different_seeds_give_different_answers() -> None:
    assert _answers(1, 50) != _answers(2, 50)


@pytest.mark.parametrize("max_chars", [200, 1000, 4000])
def test_never_longer_than_the_limit_minus_the_safety_margin(max_chars: int) -> None:
    lengths = [len(answer) for answer in _answers(max_chars, 2000, max_chars)]
    assert max(lengths) <= int(max_chars * SAFETY)
    assert min(lengths) > 0


@pytest.mark.parametrize("max_chars", [0, 1, 5, 10, 30, 60])
def test_tiny_limits_are_respected(max_chars: int) -> None:
    rng = random.Random(max_chars)
    for _ in range(200):
        assert len(long_answer(rng, rng.choice(SECTIONS), max_chars)) <= int(max_chars * SAFETY)


def test_average_length_and_spread() -> None:
    lengths = [len(answer) for answer in _answers(2025, 3000)]
    assert 400 <= statistics.mean(lengths) <= 650
    assert sum(length < 80 for length in lengths) >= 150, "about 10% of answers are a few words"
    assert sum(length > 2000 for length in lengths) >= 15, "a tail of long answers"
    assert max(lengths) > 3000, "the tail reaches near the limit"


def test_answers_are_varied() -> None:
    answers = _answers(99, 500)
    assert len(set(answers)) >= 0.8 * len(answers)


def test_markdown_features_all_occur() -> None:
    answers = _answers(3, 500)

    def count(pattern: str) -> int:
        return sum(bool(re.search(pattern, answer, re.MULTILINE)) for answer in answers)

    assert count(r"^- ") >= 20, "bullet lists"
    assert count(r"^1\. ") >= 10, "numbered lists"
    assert count(r"^ {2,3}- ") >= 3, "nested lists"
    assert count(r"\*\*[^*]+\*\*") >= 30, "bold"
    assert count(r"(?<!\*)\*[^*\s][^*]*\*(?!\*)") >= 3, "italic"
    assert count(r"\]\(https://") >= 10, "links"
    assert count(r"^> ") >= 5, "block quotes"
    assert count(r"^\|---") >= 2, "pipe tables"


def test_tables_are_well_formed() -> None:
    for answer in _answers(4, 800):
        for block in answer.split("\n\n"):
            if block.startswith("|"):
                widths = {line.count("|") for line in block.splitlines()}
                assert len(widths) == 1, block


@pytest.mark.parametrize("section_id", SECTIONS)
def test_each_sheet_speaks_of_its_own_topic(section_id: str) -> None:
    rng = random.Random(section_id)
    answers = [long_answer(rng, section_id) for _ in range(60)]
    keywords = KEYWORDS[section_id]
    keywords = (keywords,) if isinstance(keywords, str) else keywords
    with_keyword = sum(any(keyword in answer for keyword in keywords) for answer in answers)
    assert with_keyword >= 25, f"{section_id}: {with_keyword} answers of 60 mention {KEYWORDS[section_id]!r}"


def test_the_sheet_vocabulary_is_rich_enough() -> None:
    for section_id in SHEETS:
        sheet = phrases.bank(section_id)
        assert len(set(sheet.sentences)) >= 8, section_id
        assert len(sheet.bullets) >= 5 and sheet.shorts and sheet.quotes and sheet.terms, section_id


def test_unknown_sections_get_generic_text() -> None:
    rng = random.Random(5)
    answers = [long_answer(rng, "identification") for _ in range(100)]
    assert all(answers)
    assert len(set(answers)) > 50
    assert short_answer(rng, "no-such-section")


def test_french_typography_and_no_leftover_placeholder() -> None:
    for answer in _answers(11, 500):
        assert "'" not in answer
        assert "{" not in answer and "}" not in answer
        assert not re.search(r" [:;?!»%€]|« ", answer), answer
        assert "  " not in answer.replace("\n   -", "").replace("\n  -", "")
    assert any("’" in answer for answer in _answers(11, 50))
    assert any("«\u00a0" in answer for answer in _answers(12, 500))


def test_every_placeholder_of_the_bank_is_known() -> None:
    rng = random.Random(0)
    entries = [entry for section in phrases.GENERIC.values() for entry in section]
    for section_id in SECTIONS:
        sheet = phrases.bank(section_id)
        entries += [*sheet.sentences, *sheet.bullets, *sheet.shorts, *sheet.quotes, *sheet.costs]
    for entry in entries:
        assert "{" not in fill(rng, entry.replace("{lien}", "")), entry
        assert "|" not in entry, entry


def test_quotes_are_attributed_to_their_own_sheet() -> None:
    attribution = re.compile(r"^> — Projet de recommandation, fiche (\d+)$", re.MULTILINE)
    found = 0
    for number, section_id in enumerate(SHEETS, start=1):
        rng = random.Random(number)
        for _ in range(300):
            for cited in attribution.findall(long_answer(rng, section_id)):
                assert int(cited) == number
                found += 1
    assert found >= 14


@pytest.mark.parametrize("section_id", [*SECTIONS, "other"])
def test_short_answers_are_short(section_id: str) -> None:
    rng = random.Random(section_id)
    answers = [short_answer(rng, section_id) for _ in range(200)]
    assert all(0 < len(answer) <= 200 and "\n" not in answer for answer in answers)
    assert len(set(answers)) >= 5
