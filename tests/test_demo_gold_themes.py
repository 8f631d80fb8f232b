"""Demo answers have a dominant theme, tagged in the phrase bank and read back by gold_theme (issue 12)."""

from __future__ import annotations

import random
import re
import time
from collections import Counter

import pytest

from dpi_consult.demo import phrases
from dpi_consult.demo.generator import write_demo
from dpi_consult.demo.gold_themes import gold_theme, theme_names
from dpi_consult.demo.texts import long_answer, themed_long_answer
from dpi_consult.draft.files import read_draft
from dpi_consult.form.model import QuestionKind
from dpi_consult.form.registry import bundled_form

SECTIONS = phrases.SECTION_IDS
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")


def _multi_sentence(text: str) -> bool:
    """Two sentences or more: a few-words answer or a lone stock phrase carries no theme to find."""
    return len(_SENTENCE_END.findall(text)) >= 2


def _themed_answers(seed: int, count: int) -> list[tuple[str, str, str | None]]:
    rng = random.Random(seed)
    answers = []
    for _ in range(count):
        section_id = rng.choice(SECTIONS)
        text, theme = themed_long_answer(rng, section_id, rng.choice((1000, 4000, 6000)))
        answers.append((section_id, text, theme))
    return answers


@pytest.fixture(scope="module")
def demo_answers(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    """(section id, text) of every long answer of a generated federation's members."""
    with pytest.MonkeyPatch.context() as patch:
        # The bundled form cache lives in the user data folder: keep it in a temporary one.
        patch.setenv("DPI_CONSULT_HOME", str(tmp_path_factory.mktemp("home")))
        form = bundled_form()
        members = write_demo(tmp_path_factory.mktemp("federation"), form, 24, seed=12).members
        drafts = [read_draft(path) for path in members]
    long_questions = [q for q in form.questions if q.kind is QuestionKind.LONG_TEXT and theme_names(q.section_id)]
    return [(q.section_id, text) for draft in drafts for q in long_questions
            if isinstance(text := draft.value(form, q.id), str) and text]


# -- the bank ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("section_id", SECTIONS)
def test_every_sentence_of_a_sheet_has_a_declared_theme(section_id: str) -> None:
    sheet = phrases.bank(section_id)
    assert 3 <= len(sheet.themes) <= 6
    assert all(re.fullmatch(r"[a-z_]+", key) and name.strip() for key, name in sheet.themes.items())
    assert set(sheet.sentence_themes) == set(sheet.sentences), "untagged sentences"
    assert set(sheet.sentence_themes.values()) == set(sheet.themes), "a theme without sentences"
    assert set(sheet.bullet_themes.values()) <= set(sheet.themes)
    sizes = Counter(sheet.sentence_themes.values())
    assert min(sizes.values()) >= 3, sizes


def test_generic_phrases_are_theme_less_filler() -> None:
    generic = phrases.parse_themed_block(phrases._GENERIC)
    assert not generic.themes and not any(generic.tags.values())
    assert generic.lists == phrases.GENERIC


def test_the_tag_syntax() -> None:
    parsed = phrases.parse_themed_block(
        "@theme cout Coût et moyens\n@theme delai Calendrier\n@phrases cout\nUne phrase\n  longue.\n"
        "@phrases delai\nTrop tôt.\n@phrases cout\nTrop cher.\n@puces delai\nA | B\n@courtes\nNon.\n"
    )
    assert parsed.themes == {"cout": "Coût et moyens", "delai": "Calendrier"}
    assert parsed.lists["phrases"] == ("Une phrase longue.", "Trop tôt.", "Trop cher.")
    assert parsed.tags["phrases"] == {"Une phrase longue.": "cout", "Trop tôt.": "delai", "Trop cher.": "cout"}
    assert parsed.tags["puces"] == {"A": "delai", "B": "delai"}
    assert parsed.tags["courtes"] == {}


def test_theme_names() -> None:
    names = theme_names("fiche-11")
    assert list(names) == list(phrases.bank("fiche-11").themes) and len(names) >= 3
    assert theme_names("fiche-10")["definition"] == "Définir l\u2019équipe de soins"
    assert theme_names("identification") == {}
    assert theme_names("no-such-section") == {}


# -- the generator ----------------------------------------------------------------------------------------

def test_a_themed_answer_is_the_same_answer_as_before() -> None:
    first, second = random.Random(3), random.Random(3)
    for _ in range(100):
        section_id = first.choice(SECTIONS)
        assert second.choice(SECTIONS) == section_id
        text, theme = themed_long_answer(first, section_id)
        assert long_answer(second, section_id) == text
        assert theme in phrases.bank(section_id).themes


def test_themes_are_unevenly_picked() -> None:
    rng = random.Random(8)
    picked = Counter(themed_long_answer(rng, "fiche-10")[1] for _ in range(600))
    first, *_, last = phrases.bank("fiche-10").themes
    assert set(picked) == set(phrases.bank("fiche-10").themes)
    assert picked[first] > 2 * picked[last]


def test_an_answer_has_the_dominant_theme_the_generator_picked() -> None:
    answers = [answer for answer in _themed_answers(21, 2000) if _multi_sentence(answer[1])]
    assert len(answers) > 1000
    golds = [gold_theme(section_id, text) for section_id, text, _ in answers]
    found = [(gold, picked) for gold, (_, _, picked) in zip(golds, answers, strict=True) if gold is not None]
    assert len(found) >= 0.9 * len(answers)
    agreeing = sum(gold == picked for gold, picked in found)
    assert agreeing >= 0.98 * len(found), f"{agreeing} of {len(found)}"


def _flat(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u00a0", " ").replace("*", "").lower()


def test_a_long_answer_draws_mostly_on_its_theme() -> None:
    """A several-paragraph answer has at least as many sentences of its theme as of all the others together."""
    mixed = 0
    for section_id, text, picked in _themed_answers(5, 1500):
        if len(text) < 1500:
            continue
        flat = _flat(text)
        tagged = Counter(
            theme for sentence, theme in phrases.bank(section_id).sentence_themes.items()
            if re.search(".+?".join(map(re.escape, re.split(r"\{\w+\}", _flat(sentence)))), flat)
        )
        assert tagged[picked] >= sum(tagged.values()) - tagged[picked], (picked, tagged)
        mixed += len(tagged) > 1
    assert mixed > 10, "other themes show through now and then"


# -- reading the theme back ---------------------------------------------------------------------------------

def test_no_theme_in_an_answer_without_tagged_sentences() -> None:
    assert gold_theme("fiche-06", "") is None
    assert gold_theme("fiche-06", "Pas de remarque particulière.") is None
    assert gold_theme("fiche-06", "Six mois glissants, pas vingt ans.") is None
    assert gold_theme("identification", "Nom de l’organisation") is None


def test_placeholders_typography_and_emphasis_do_not_hide_a_sentence() -> None:
    text = ("**Proposition :** le volume des journaux d\u2019accès atteint déjà 1\u00a0234\u00a0Go par an\u00a0; les "
            "conserver vingt ans avec le même niveau de confidentialité que le dossier aurait un coût de "
            "**stockage** important.")
    assert gold_theme("fiche-06", text) == "traces"


def test_demo_long_answers_mostly_carry_a_theme(demo_answers: list[tuple[str, str]]) -> None:
    multi = [(section_id, text) for section_id, text in demo_answers if _multi_sentence(text)]
    assert len(multi) > 300
    found = sum(gold_theme(section_id, text) is not None for section_id, text in multi)
    assert found >= 0.9 * len(multi), f"{found} of {len(multi)}"
    # Every sheet's answers spread over several of its themes.
    by_section: dict[str, set[str | None]] = {}
    for section_id, text in multi:
        by_section.setdefault(section_id, set()).add(gold_theme(section_id, text))
    assert sum(len(themes - {None}) >= 2 for themes in by_section.values()) >= 0.8 * len(by_section)


def test_gold_theme_is_fast_enough_for_a_federation(demo_answers: list[tuple[str, str]]) -> None:
    answers = (demo_answers * (1000 // len(demo_answers) + 1))[:1000]
    for section_id in SECTIONS:
        gold_theme(section_id, "")  # the patterns are compiled once per section, outside the timing
    started = time.perf_counter()
    for section_id, text in answers:
        gold_theme(section_id, text)
    assert time.perf_counter() - started < 0.5


def test_merged_copies_still_read() -> None:
    """An answer made of two demo answers (the copies a merge shows) still has a theme of its sheet."""
    rng = random.Random(4)
    for _ in range(50):
        first, theme = themed_long_answer(rng, "fiche-13", 1000)
        second, _ = themed_long_answer(rng, "fiche-13", 600)
        if _multi_sentence(first) and gold_theme("fiche-13", first) is not None:
            assert gold_theme("fiche-13", f"{first}\n\n{second}") in theme_names("fiche-13")
