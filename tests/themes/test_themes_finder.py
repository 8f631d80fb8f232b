"""Finding the themes of answers end to end: known topics, determinism, order, « autres », description, progress."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from theme_samples import COMMON, TOPICS, topic_answers

from dpi_consult.markdown import parse, to_plain_text
from dpi_consult.progress import Cancelled
from dpi_consult.themes.agreement import adjusted_rand_index
from dpi_consult.themes.french_terms import answer_terms, terms
from dpi_consult.themes.term_vectors import fit_vocabulary, term_matrix
from dpi_consult.themes.theme_description import PASSAGES_SHOWN, TERMS_SHOWN
from dpi_consult.themes.theme_finder import find_themes
from dpi_consult.themes.theme_model import ThemeSet


@pytest.fixture(scope="module")
def sample() -> tuple[list[str], list[str], ThemeSet]:
    texts, topics = topic_answers(["archives", "journaux", "budget", "editeurs"], 12, seed=2)
    return texts, topics, find_themes(texts)


def test_well_separated_topics_give_as_many_themes_each_one_topic(sample):
    texts, topics, themes = sample
    assert len(themes.themes) == 4
    assert adjusted_rand_index(topics, themes.labels(len(texts))) == pytest.approx(1.0)
    assert themes.others == ()


@pytest.mark.parametrize("count", [3, 5])
def test_the_number_of_themes_follows_the_topics(count):
    texts, topics = topic_answers(list(TOPICS)[:count], 10, seed=count)
    assert len(find_themes(texts).themes) == count


def test_the_same_answers_give_the_same_themes_in_the_same_order(sample):
    texts, _topics, themes = sample
    assert find_themes(texts).to_json() == themes.to_json()


def test_the_themes_do_not_depend_on_the_interpreter_s_string_hashing(tmp_path: Path):
    """Sets of words are iterated in an order that changes with PYTHONHASHSEED: nothing may depend on it."""
    texts, _topics = topic_answers(["archives", "journaux", "budget"], 10, seed=5)
    source = tmp_path / "texts.json"
    source.write_text(json.dumps(texts), encoding="utf-8")
    script = ("import json, sys\nfrom dpi_consult.themes.theme_finder import find_themes\n"
              "texts = json.loads(open(sys.argv[1], encoding='utf-8').read())\n"
              "print(json.dumps(find_themes(texts).to_json()))\n")
    outputs = [subprocess.run([sys.executable, "-c", script, str(source)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0]) == find_themes(texts).to_json()


def test_themes_come_largest_first_counting_the_members_who_sent_each_answer():
    texts, topics = topic_answers(["archives", "budget"], 10, seed=3)
    weights = [5 if topic == "budget" else 1 for topic in topics]
    themes = find_themes(texts, weights)
    assert [topics[theme.answers[0]] for theme in themes.themes] == ["budget", "archives"]
    assert [theme.members for theme in themes.themes] == [50, 10]


def test_a_theme_lists_its_most_typical_answers_first(sample):
    texts, _topics, themes = sample
    documents = [answer_terms(text).stems for text in texts]
    matrix = term_matrix(documents, fit_vocabulary(documents))
    for theme in themes.themes:
        mean = matrix[list(theme.answers)].mean(axis=0)
        fit = matrix[list(theme.answers)] @ (mean / np.linalg.norm(mean))
        assert fit.tolist() == sorted(fit.tolist(), reverse=True)
    assert sorted([index for theme in themes.themes for index in theme.answers] + list(themes.others)) \
        == list(range(len(texts)))


def test_answers_saying_nothing_countable_and_lone_topics_go_to_others():
    texts, topics = topic_answers(["archives", "journaux", "budget"], 10, seed=4)
    extra = ["Pas de remarque.", "Non concerné.", "La météo et la cuisine régionale.", "Du jardinage et de la pêche."]
    themes = find_themes(texts + extra)
    assert set(themes.others) >= {30, 31, 32, 33}
    assert len(themes.themes) == 3


def test_a_strict_threshold_sends_everything_to_others_and_none_keeps_everything(sample):
    texts, _topics, _themes = sample
    assert find_themes(texts, min_similarity=1.01).themes == ()
    assert find_themes(texts, min_similarity=-1.0).others == ()


def test_the_distinguishing_terms_are_the_topic_s_words_not_those_every_answer_uses(sample):
    texts, topics, themes = sample
    common_stems = {stem for word in COMMON for stem in terms(word)[0]}
    for theme in themes.themes:
        topic = topics[theme.answers[0]]
        topic_words = set(TOPICS[topic])
        assert 0 < len(theme.terms) <= TERMS_SHOWN
        assert theme.terms[0].word in topic_words
        assert all(term.weight > 0 for term in theme.terms)
        assert [term.weight for term in theme.terms] == sorted((term.weight for term in theme.terms), reverse=True)
        assert not {term.stem for term in theme.terms} & common_stems


def test_a_shared_word_weighs_nothing_even_when_frequent_in_a_theme():
    """« calendrier » is in 40 % of the answers of every topic: frequent in each theme, it distinguishes none."""
    texts, topics = topic_answers(["archives", "journaux", "budget"], 10, seed=6)
    texts = [f"{text} Le calendrier, le calendrier !" if index % 5 < 2 else text for index, text in enumerate(texts)]
    for theme in find_themes(texts).themes:
        assert "calendrier" not in [term.word for term in theme.terms]


def test_representative_passages_come_from_different_answers_of_the_theme_best_first(sample):
    texts, _topics, themes = sample
    for theme in themes.themes:
        assert 0 < len(theme.passages) <= PASSAGES_SHOWN
        owners = [passage.answer for passage in theme.passages]
        assert len(set(owners)) == len(owners)
        assert set(owners) <= set(theme.answers)
        for passage in theme.passages:
            assert passage.text in to_plain_text(parse(texts[passage.answer]))
        scores = [passage.score for passage in theme.passages]
        assert scores == sorted(scores, reverse=True)


def test_progress_is_reported_up_to_the_total_and_a_stop_cancels(stop_at):
    texts, _topics = topic_answers(["archives", "journaux"], 30, seed=8)
    seen: list[tuple[int, int]] = []
    find_themes(texts, progress=stop_at(10_000, seen))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
    assert len(seen) > 4
    with pytest.raises(Cancelled):
        find_themes(texts, progress=stop_at(len(texts) + 1))


def test_weights_must_be_one_positive_number_per_answer():
    with pytest.raises(ValueError):
        find_themes(["a", "b"], [1])
    with pytest.raises(ValueError):
        find_themes(["a", "b"], [1, 0])


def test_no_answers_no_themes():
    assert find_themes([]) == ThemeSet((), (), ())
