"""The coordinator's decisions on a question's themes: rename, pin, merge, split, move answers.

Every decision pins the themes it shapes, so that finding the themes again (find_question_themes) keeps it:
a named theme keeps its name and answers, a moved answer stays where it was moved.
"""

from __future__ import annotations

from collections.abc import Sequence

from dpi_consult.draft.member import MemberContribution
from dpi_consult.draft.model import now_iso
from dpi_consult.draft.themes import QuestionThemes, StoredTheme, ThemeKind
from dpi_consult.errors import InputError
from dpi_consult.form.model import Question
from dpi_consult.french_formats import french_number
from dpi_consult.limits import THEME_NAME_MAX_CHARS
from dpi_consult.progress import Progress
from dpi_consult.themes.question_themes import answered, grouped_answers, new_theme_id, residual_theme
from dpi_consult.themes.theme_finder import find_themes


def rename(themes: QuestionThemes, theme_id: str, name: str) -> None:
    """Name a theme (an empty name gives it back its terms as a title); a residual group named becomes a theme."""
    name = " ".join(name.split())
    if len(name) > THEME_NAME_MAX_CHARS:
        raise InputError(f"nom de {french_number(len(name))} caractères, au-delà de la limite de "
                         f"{french_number(THEME_NAME_MAX_CHARS)}")
    theme = themes.by_id(theme_id)
    theme.name = name
    if name:
        theme.kind = ThemeKind.FOUND
        theme.pinned = True
    themes.updated_at = now_iso()


def set_pinned(themes: QuestionThemes, theme_id: str, pinned: bool) -> None:
    theme = themes.by_id(theme_id)
    if theme.kind is not ThemeKind.FOUND:
        raise InputError("« autres » et « nouveaux » ne s’épinglent pas : nommez-les pour en faire un thème")
    theme.pinned = pinned
    themes.updated_at = now_iso()


def merge(themes: QuestionThemes, theme_ids: Sequence[str]) -> StoredTheme:
    """One theme of several: the first takes the others' answers and, if it has none, the first name given."""
    if len(set(theme_ids)) < 2:
        raise InputError("choisissez au moins deux thèmes à fusionner")
    chosen = [themes.by_id(theme_id) for theme_id in dict.fromkeys(theme_ids)]
    target = chosen[0]
    for other in chosen[1:]:
        target.members.extend(other.members)
        target.name = target.name or other.name
        themes.themes.remove(other)
    target.kind, target.pinned = ThemeKind.FOUND, True
    themes.updated_at = now_iso()
    return target


def move(themes: QuestionThemes, member_ids: Sequence[str], target_id: str) -> None:
    """Members' answers into another theme; a theme left empty goes unless pinned."""
    target = themes.by_id(target_id)
    moving = [member_id for member_id in dict.fromkeys(member_ids)]
    for theme in themes.themes:
        if theme is not target:
            theme.members = [member_id for member_id in theme.members if member_id not in moving]
    target.members.extend(member_id for member_id in moving if member_id not in target.members)
    if target.kind is ThemeKind.FOUND:
        target.pinned = True
    themes.themes = [theme for theme in themes.themes if theme.members or theme.pinned or theme is target]
    themes.updated_at = now_iso()


def split(themes: QuestionThemes, theme_id: str, question: Question, members: Sequence[MemberContribution], *,
          progress: Progress | None = None) -> list[StoredTheme]:
    """A theme cut in the themes its own answers form (found as for the whole question), put where it was;
    what fits none of them goes to « autres ». Raises InputError when its answers form no distinct themes."""
    theme = themes.by_id(theme_id)
    current = answered(question, members)
    groups = grouped_answers(question, [current[m] for m in theme.members if m in current])
    found = find_themes([group.text for group in groups], [group.count for group in groups], progress=progress) \
        if groups else None
    if found is None or len(found.themes) < 2:
        raise InputError("les réponses de ce thème ne forment pas plusieurs thèmes distincts : déplacez-en "
                         "plutôt quelques-unes vers un nouveau thème")
    parts = [StoredTheme(new_theme_id(), pinned=True, members=[member.member_id for index in part.answers
                                                               for member in groups[index].members])
             for part in found.themes]
    at = themes.themes.index(theme)
    themes.themes[at:at + 1] = parts
    leftover = [member.member_id for index in found.others for member in groups[index].members]
    if leftover:
        residual_theme(themes, ThemeKind.OTHERS).members.extend(leftover)
    themes.updated_at = now_iso()
    return parts


def new_theme(themes: QuestionThemes, name: str, member_ids: Sequence[str]) -> StoredTheme:
    """A theme the coordinator makes from chosen answers, named, pinned."""
    theme = StoredTheme(new_theme_id(), pinned=True)
    themes.themes.append(theme)
    move(themes, member_ids, theme.id)
    rename(themes, theme.id, name)
    return theme
