"""A collective's themes per question as the .dpic keeps them (format 1.5): who is in each, its name, its pin.

The terms and passages that describe a theme are not kept: they follow from its members' answers, which
change when members send new versions, and they are computed again in well under a second.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dpi_consult.draft.validation import Check, join_path
from dpi_consult.french_formats import french_number
from dpi_consult.limits import THEME_NAME_MAX_CHARS

_THEME_KEYS = {"id", "name", "kind", "pinned", "members"}
_QUESTION_KEYS = {"themes", "updated_at"}


class ThemeKind(StrEnum):
    """What a theme is: found (by the app or made by the coordinator), or one of the two residual groups."""

    FOUND = "found"
    OTHERS = "others"  # « autres »: answers that fit no theme when the themes were found
    NEW = "new"  # « nouveaux »: answers collected since, that fit no theme


@dataclass(slots=True)
class StoredTheme:
    """One theme: `members` are member ids, the most typical answer first; `name` is empty until the
    coordinator names it (the window then shows its distinguishing terms); a pinned theme is never regrouped."""

    id: str
    kind: ThemeKind = ThemeKind.FOUND
    name: str = ""
    pinned: bool = False
    members: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind.value, "name": self.name, "pinned": self.pinned,
                "members": list(self.members), **self.extra}

    def copy(self) -> StoredTheme:
        return StoredTheme(self.id, self.kind, self.name, self.pinned, list(self.members), dict(self.extra))


@dataclass(slots=True)
class QuestionThemes:
    """The themes of one question, in the order shown; `updated_at` is when they last changed (a merge of two
    copies of the collective keeps the more recent themes of each question)."""

    themes: list[StoredTheme] = field(default_factory=list)
    updated_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def theme_of(self, member_id: str) -> StoredTheme | None:
        return next((theme for theme in self.themes if member_id in theme.members), None)

    def by_id(self, theme_id: str) -> StoredTheme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    def residual(self, kind: ThemeKind) -> StoredTheme | None:
        return next((theme for theme in self.themes if theme.kind is kind), None)

    def to_json(self) -> dict[str, Any]:
        return {"themes": [theme.to_json() for theme in self.themes], "updated_at": self.updated_at, **self.extra}

    def copy(self) -> QuestionThemes:
        return QuestionThemes([theme.copy() for theme in self.themes], self.updated_at, dict(self.extra))


def themes_from_json(raw: Any, check: Check) -> dict[str, QuestionThemes]:
    """Validate the `themes` object: per question, unique theme ids, a member in one theme at most, at most one
    « autres » and one « nouveaux »."""
    result: dict[str, QuestionThemes] = {}
    for question_id, entry in check.obj(raw, "themes").items():
        where = join_path("themes", question_id)
        table = check.obj(entry, where)
        themes: list[StoredTheme] = []
        ids: set[str] = set()
        placed: dict[str, str] = {}
        residuals: set[ThemeKind] = set()
        for index, item in enumerate(check.array(table.get("themes"), f"{where}.themes")):
            at = join_path(f"{where}.themes", index)
            theme = check.obj(item, at)
            theme_id = check.nonempty_text(theme.get("id"), f"{at}.id")
            if theme_id in ids:
                raise check.fail(f"{at}.id", f"identifiant « {theme_id[:40]} » déjà pris par un autre thème")
            ids.add(theme_id)
            kind = ThemeKind(check.choice(theme.get("kind"), f"{at}.kind", [k.value for k in ThemeKind],
                                          "sorte de thème inconnue"))
            if kind is not ThemeKind.FOUND:
                if kind in residuals:
                    raise check.fail(f"{at}.kind", f"un seul groupe « {kind.value} » par question")
                residuals.add(kind)
            name = check.text(theme.get("name", ""), f"{at}.name")
            if len(name) > THEME_NAME_MAX_CHARS:
                raise check.fail(f"{at}.name", f"nom de {french_number(len(name))} caractères, au-delà de la "
                                               f"limite de {french_number(THEME_NAME_MAX_CHARS)}")
            members = []
            for position, member in enumerate(check.array(theme.get("members"), f"{at}.members")):
                member_id = check.nonempty_text(member, join_path(f"{at}.members", position))
                if member_id in placed:
                    raise check.fail(join_path(f"{at}.members", position),
                                     f"le membre « {member_id[:40]} » est déjà dans le thème « {placed[member_id]} »")
                placed[member_id] = theme_id
                members.append(member_id)
            themes.append(StoredTheme(theme_id, kind, name, check.boolean(theme.get("pinned", False), f"{at}.pinned"),
                                      members, check.unknown(theme, _THEME_KEYS, at)))
        result[question_id] = QuestionThemes(themes, check.text(table.get("updated_at", ""), f"{where}.updated_at"),
                                             check.unknown(table, _QUESTION_KEYS, where))
    return result
