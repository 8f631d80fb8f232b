"""A question's themes as the coordinator reads them: what each says (terms, passages), who, and how many of each
respondent type and region, following the filters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from dpi_consult.collective.tally import MemberFilter, filter_choices
from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.themes import QuestionThemes, StoredTheme, ThemeKind
from dpi_consult.form.identification import REGION, TYPE
from dpi_consult.form.model import Form, Question
from dpi_consult.progress import Progress, silent
from dpi_consult.themes.question_themes import Answered, answered
from dpi_consult.themes.term_vectors import answer_vectors
from dpi_consult.themes.theme_description import portray
from dpi_consult.themes.theme_model import Passage, Term


@dataclass(frozen=True, slots=True)
class ThemeRow:
    """One theme as shown: its terms and passages describe all its answers; members and counts follow the filters."""

    theme: StoredTheme
    terms: tuple[Term, ...]
    passages: tuple[tuple[str, MemberContribution], ...]  # a passage and the member who wrote it
    members: tuple[MemberContribution, ...]  # kept by the filters, the most typical answer first
    by_type: tuple[tuple[str, int], ...]  # (label, members), most first
    by_region: tuple[tuple[str, int], ...]

    @property
    def terms_title(self) -> str:
        """A provisional title from the first three terms, until the coordinator names the theme."""
        return ", ".join(term.word for term in self.terms[:3])


def describe(texts: Sequence[str], labels: Sequence[int], k: int, progress: Progress | None = None) \
        -> list[tuple[tuple[Term, ...], tuple[Passage, ...], list[int]]]:
    """For each of k groups of `texts` (labels[i] its group, −1 for none), as the coordinator made them: its
    distinguishing terms, its most representative passages, and its answers, the most typical first."""
    answers, vocabulary, matrix = answer_vectors(texts, silent(progress), len(texts))
    return portray(texts, matrix, np.ones(len(texts)), np.asarray(labels, dtype=np.int64), k, vocabulary, answers)


@dataclass(frozen=True, slots=True)
class ThemePortrait:
    """What a theme says, from all its answers: computed once per change of themes or answers, whatever the
    filters; `typical` lists its members' current answers, the most typical first."""

    theme: StoredTheme
    terms: tuple[Term, ...]
    passages: tuple[tuple[str, MemberContribution], ...]
    typical: tuple[Answered, ...]


def portraits(themes: QuestionThemes, question: Question, members: Sequence[MemberContribution],
              progress: Progress | None = None) -> list[ThemePortrait]:
    """Each theme described from its members' current answers (members without an answer are left out)."""
    current = answered(question, members)
    order = [(number, member_id) for number, theme in enumerate(themes.themes) for member_id in theme.members
             if member_id in current]
    described = describe([current[m].text for _n, m in order], [n for n, _m in order], len(themes.themes), progress)
    return [ThemePortrait(theme, terms if theme.kind is ThemeKind.FOUND else (),
                          tuple((passage.text, current[order[passage.answer][1]].member) for passage in passages),
                          tuple(current[order[index][1]] for index in ranked))
            for theme, (terms, passages, ranked) in zip(themes.themes, described, strict=True)]


def theme_rows(described: Sequence[ThemePortrait], question: Question, form: Form,
               keep: MemberFilter | None = None) -> list[ThemeRow]:
    """The themes in their order with the members the filters keep and their counts; a theme whose members the
    filters all leave out is still listed (with none), so that the list does not jump while filtering."""
    type_labels, region_labels = dict(filter_choices(form, TYPE)), dict(filter_choices(form, REGION))
    rows = []
    for portrait in described:
        kept = [a for a in portrait.typical if keep is None or keep.keeps(a.member, a.text, question)]
        rows.append(ThemeRow(portrait.theme, portrait.terms, portrait.passages,
                             tuple(a.member for a in kept),
                             _counted([a.member.identity.get(TYPE) for a in kept], type_labels),
                             _counted([a.member.identity.get(REGION) for a in kept], region_labels)))
    return rows


def _counted(values, labels: dict[str, str]) -> tuple[tuple[str, int], ...]:
    counts = Counter(labels.get(value, value) if isinstance(value, str) and value else "non précisé"
                     for value in values)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
