"""The hand-written answers with gold themes (issue 12) have the shape the themes' evaluation relies on."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dpi_consult.checks import over_limit
from dpi_consult.form.model import QuestionKind
from dpi_consult.form.registry import bundled_form

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "themes" / "handwritten.toml"


def _questions() -> list[dict[str, Any]]:
    with FIXTURE.open("rb") as handle:
        return tomllib.load(handle)["questions"]


QUESTIONS = _questions()


def test_enough_answers_to_three_questions() -> None:
    assert len(QUESTIONS) == 3
    assert len({question["id"] for question in QUESTIONS}) == 3
    assert sum(len(question["answers"]) for question in QUESTIONS) >= 150
    assert all(len(question["answers"]) >= 50 for question in QUESTIONS)


def test_questions_are_long_text_questions_of_three_sheets() -> None:
    form = bundled_form()
    sections = set()
    for question in QUESTIONS:
        found = form.question(question["id"])
        assert found is not None, question["id"]
        assert found.kind is QuestionKind.LONG_TEXT, question["id"]
        sections.add(found.section_id)
    assert len(sections) == 3


@pytest.mark.parametrize("question", QUESTIONS, ids=[question["id"] for question in QUESTIONS])
def test_themes_are_declared_used_and_uneven(question: dict[str, Any]) -> None:
    themes = question["themes"]
    assert 5 <= len(themes) <= 8
    assert all(isinstance(name, str) and name.strip() for name in themes.values())
    sizes = Counter(answer["theme"] for answer in question["answers"])
    assert set(sizes) <= set(themes), f"undeclared themes: {set(sizes) - set(themes)}"
    assert all(sizes[key] >= 3 for key in themes), f"themes used fewer than 3 times: {sizes}"
    # Uneven on purpose: an engine tuned on equal-sized themes would be flattered by this data.
    assert max(sizes.values()) >= 2 * min(sizes.values())


def test_no_duplicate_texts() -> None:
    texts = [answer["text"].strip() for question in QUESTIONS for answer in question["answers"]]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("question", QUESTIONS, ids=[question["id"] for question in QUESTIONS])
def test_answers_fit_the_question_limit(question: dict[str, Any]) -> None:
    form_question = bundled_form().question(question["id"])
    assert form_question is not None
    for answer in question["answers"]:
        assert answer["text"].strip()
        assert over_limit(form_question, answer["text"]) is None, answer["text"][:80]


def test_lengths_are_varied() -> None:
    lengths = [len(answer["text"]) for question in QUESTIONS for answer in question["answers"]]
    assert min(lengths) < 120, "some answers are a single sentence"
    assert max(lengths) > 1000, "some answers run to several paragraphs"


def test_french_typography() -> None:
    for question in QUESTIONS:
        for answer in question["answers"]:
            text = answer["text"]
            assert "'" not in text, "curly apostrophes throughout"
            for mark in (" :", " ;", " ?", " !", " %", " €", "« ", " »"):
                assert mark not in text, f"plain space in {mark!r}: {text[:80]}"
