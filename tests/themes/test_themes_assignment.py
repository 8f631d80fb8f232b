"""New answers joining existing themes, or set apart as « nouveaux », the themes' own answers untouched."""

from __future__ import annotations

import random

import pytest
from theme_samples import topic_answer, topic_answers

from dpi_consult.progress import Cancelled
from dpi_consult.themes.theme_assignment import assign_answers
from dpi_consult.themes.theme_finder import find_themes
from dpi_consult.themes.theme_model import theme_texts


@pytest.fixture(scope="module")
def found():
    texts, topics = topic_answers(["archives", "journaux", "budget"], 10, seed=11)
    return texts, topics, find_themes(texts)


def topic_of(theme_index: int, found) -> str:
    _texts, topics, themes = found
    return topics[themes.themes[theme_index].answers[0]]


def test_a_new_answer_joins_the_theme_of_its_topic(found):
    texts, _topics, themes = found
    rng = random.Random(99)
    new = [topic_answer(rng, "budget"), topic_answer(rng, "archives"), topic_answer(rng, "journaux")]
    placements = assign_answers(theme_texts(themes, texts), new)
    assert [topic_of(p.theme, found) for p in placements] == ["budget", "archives", "journaux"]
    assert all(p.similarity >= 0.12 for p in placements)


def test_an_answer_on_no_theme_s_topic_is_new(found):
    texts, _topics, themes = found
    new = ["Le livret d'accueil et la brochure remise aux familles devraient parler du consentement.",
           "L'affichage en salle d'attente informe mal : un courrier personnel vaudrait mieux.", "Pas de remarque."]
    placements = assign_answers(theme_texts(themes, texts), new)
    assert [p.theme for p in placements] == [None, None, None]


def test_the_threshold_decides_between_joining_and_new(found):
    texts, _topics, themes = found
    new = [topic_answer(random.Random(1), "budget")]
    placement = assign_answers(theme_texts(themes, texts), new)[0]
    assert assign_answers(theme_texts(themes, texts), new, min_similarity=placement.similarity)[0].theme \
        == placement.theme
    assert assign_answers(theme_texts(themes, texts), new, min_similarity=placement.similarity + 1e-6)[0].theme \
        is None


def test_existing_answers_are_never_moved_and_the_inputs_are_left_as_they_were(found):
    texts, _topics, themes = found
    members = theme_texts(themes, texts)
    before = [list(group) for group in members]
    rng = random.Random(3)
    new = [topic_answer(rng, "budget") for _ in range(12)]  # more new answers than a theme had
    placements = assign_answers(members, new)
    assert members == before
    assert len(placements) == len(new)


def test_an_answer_taken_out_and_given_back_lands_where_it_was(found):
    """The rule that placed answers when themes were found is the rule that places new ones."""
    texts, _topics, themes = found
    others = [texts[index] for index in themes.others]
    for number, theme in enumerate(themes.themes):
        for index in theme.answers[:4]:
            remaining = [[texts[i] for i in t.answers if i != index] for t in themes.themes]
            placement = assign_answers(remaining, [texts[index]], other_answers=others)[0]
            assert placement.theme == number


def test_answers_sent_by_more_members_weigh_more_in_their_theme():
    rng = random.Random(8)
    archives = [topic_answer(rng, "archives") for _ in range(2)]
    budget = [topic_answer(rng, "budget") for _ in range(2)]
    mixed = [[archives[0], budget[0]], [archives[1], budget[1]]]
    new = [topic_answer(rng, "archives")]
    leaning = assign_answers(mixed, new, theme_weights=[[9, 1], [1, 9]])[0]
    other_way = assign_answers(mixed, new, theme_weights=[[1, 9], [9, 1]])[0]
    assert (leaning.theme, other_way.theme) == (0, 1)
    with pytest.raises(ValueError):
        assign_answers(mixed, new, theme_weights=[[1], [1]])


def test_without_themes_every_answer_is_new():
    assert [p.theme for p in assign_answers([], ["Archivage et versement."])] == [None]
    assert [p.theme for p in assign_answers([[]], ["Archivage et versement."])] == [None]


def test_assignment_reports_progress_and_can_be_cancelled(found, stop_at):
    texts, _topics, themes = found
    seen: list[tuple[int, int]] = []
    assign_answers(theme_texts(themes, texts), ["Archivage."], progress=stop_at(10_000, seen))
    assert seen[-1][0] == seen[-1][1]
    with pytest.raises(Cancelled):
        assign_answers(theme_texts(themes, texts), ["Archivage."], progress=stop_at(1))


def test_identical_answers_count_as_one_wording_sent_by_several_members():
    """As in find_themes, where near-identical answers come once, with the number of members who sent them."""
    rng = random.Random(12)
    archives, budget, journaux = (topic_answer(rng, topic) for topic in ("archives", "budget", "journaux"))
    new = [topic_answer(rng, "archives")]
    per_member = assign_answers([[archives, archives, archives, budget], [journaux]], new,
                                other_answers=[budget, budget])[0]
    per_wording = assign_answers([[archives, budget], [journaux]], new, theme_weights=[[3, 1], [1]],
                                 other_answers=[budget])[0]
    assert per_member.similarity == pytest.approx(per_wording.similarity)
    assert per_member.theme == per_wording.theme == 0
