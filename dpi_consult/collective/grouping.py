"""Identical and near-identical answers to one question, grouped, so that the coordinator reads each once.

Members who adopted the federation's proposal, copied a neighbour's answer or reworded it a little send
nearly the same text. Two answers are near-identical when most of their four-word sequences are shared;
answers that only share a few stock phrases (« Nous proposons que… ») stay apart, and answers of a few
words are grouped only when they are the same.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.values import Value
from dpi_consult.form.model import Question, QuestionKind
from dpi_consult.markdown import parse, to_plain_text

SHINGLE = 4
# Shared four-word sequences over those of both answers (Jaccard): a copy with a few words changed keeps
# about two thirds of them; two different answers on the same topic share a tenth at most.
NEAR = 0.6
# Or: the shorter answer almost wholly inside the longer (a proposal adopted with a sentence added), the
# shorter being at least half as long, so that one shared paragraph does not make two answers one.
CONTAINED = 0.9
LENGTH_RATIO = 0.5
# What near-identical answers surely share, as a share of either one's sequences.
MIN_SHARED = min(NEAR, CONTAINED * LENGTH_RATIO)
_WORD = re.compile(r"\w+")
_MARKS = re.compile("[\u0300-\u036f]")


@dataclass(frozen=True, slots=True)
class AnswerGroup:
    """Answers read once: `text` is the most common wording, `members` everyone who sent one of them."""

    members: tuple[MemberContribution, ...]
    answers: tuple[Value, ...]  # each member's own answer, in the same order
    text: str
    identical: bool  # every answer the same, once case, accents, spacing and formatting are set aside

    @property
    def count(self) -> int:
        return len(self.members)


def words(text: str) -> list[str]:
    """The words of an answer as they read, without formatting, case or accents."""
    plain = to_plain_text(parse(text))
    return _WORD.findall(_MARKS.sub("", unicodedata.normalize("NFKD", plain.casefold())))


def shingles(tokens: Sequence[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def near_identical(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]], shared: int | None = None) -> bool:
    if not a or not b:
        return False
    shared = len(a & b) if shared is None else shared
    small, large = sorted((len(a), len(b)))
    if shared / (small + large - shared) >= NEAR:
        return True
    return shared / small >= CONTAINED and small / large >= LENGTH_RATIO


def group_answers(question: Question, answers: Sequence[tuple[MemberContribution, Value]]) -> list[AnswerGroup]:
    """The answers grouped, largest group first, then in the order of their first member (collection order).

    Each group gathers the answers near-identical to its first wording (the longest one): a chain of
    small differences never carries two different answers into one group.
    """
    if question.kind is QuestionKind.LONG_TEXT:
        keys = [" ".join(words(value)) if isinstance(value, str) else repr(value) for _m, value in answers]
    else:
        # A choice, a number or a short text: the same value, or apart.
        keys = [repr(sorted(value)) if isinstance(value, list) else repr(value) for _m, value in answers]
    by_key: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        by_key[key].append(index)
    distinct = list(by_key)
    if question.kind is QuestionKind.LONG_TEXT:
        leader_of = _leaders(distinct, {key: len(indexes) for key, indexes in by_key.items()})
    else:
        leader_of = {key: key for key in distinct}
    members: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        members.setdefault(leader_of[key], []).append(index)
    groups = []
    for indexes in members.values():
        wordings = Counter(keys[i] for i in indexes)
        most_common = wordings.most_common(1)[0][0]
        value = answers[next(i for i in indexes if keys[i] == most_common)][1]
        groups.append(AnswerGroup(tuple(answers[i][0] for i in indexes), tuple(answers[i][1] for i in indexes),
                                  value if isinstance(value, str) else "", len(wordings) == 1))
    groups.sort(key=lambda g: -g.count)  # stable: equal counts keep the order of their first member
    return groups


def _leaders(keys: Sequence[str], copies: dict[str, int]) -> dict[str, str]:
    """Each distinct wording's group leader: the first leader it is near-identical to.

    Leaders are taken the most sent wording first (an adopted proposal, which others then amend), then the
    longest: a variant is compared with the text it most likely comes from.

    A wording is compared only with the leaders sharing one of its rarest sequences: a near-identical pair
    shares at least MIN_SHARED of either one's sequences, so it must share one among the rarest
    1 - MIN_SHARED of them (prefix filtering), and stock phrases common to many answers are never what is
    looked up.
    """
    sets = {key: shingles(key.split()) for key in keys}
    frequency: Counter[tuple[str, ...]] = Counter(item for items in sets.values() for item in items)
    leaders: list[str] = []
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    leader_of = {}
    for key in sorted(keys, key=lambda k: (-copies[k], -len(sets[k]))):  # stable: then collection order
        items = sets[key]
        rarest = sorted(items, key=lambda item: (frequency[item], item))
        candidates: Counter[int] = Counter()
        for item in rarest[:len(items) - math.ceil(MIN_SHARED * len(items)) + 1]:
            candidates.update(index[item])
        chosen = None
        for number, _count in candidates.most_common():
            if near_identical(items, sets[leaders[number]]):
                chosen = leaders[number]
                break
        if chosen is None:
            leaders.append(key)
            for item in items:
                index[item].append(len(leaders) - 1)
            chosen = key
        leader_of[key] = chosen
    return leader_of
