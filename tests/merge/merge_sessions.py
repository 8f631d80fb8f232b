"""Random edit sessions on copies of one draft, for the merge property tests.

A scenario is a base draft (a few long answers, choices, a status, a note) saved once by "Base", then 2 or 3
copies of it, each saved 1 to 3 times by its own author after a few edits. Every paragraph written anywhere in a
scenario is a new text ("p1", "p2", ...), so "the same paragraph" always means the same text.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass

from hypothesis import strategies as st

from dpi_consult.draft.model import Draft, SheetStatus
from dpi_consult.draft.paragraphs import join_paragraphs, split_paragraphs
from dpi_consult.form.registry import bundled_form
from dpi_consult.merge.drafts import check_mergeable, merge_drafts

FORM = bundled_form()
BASE_AUTHOR = "Base"
BASE_TIME = "2025-05-01T08:00:00Z"
AUTHORS = ("DPO", "DIM", "RSSI")

# Fields merged paragraph by paragraph, by history key.
LONG_ANSWERS = ("fiche-01.difficultes", "fiche-06.traces-r6113-9-2", "general.observations-generales")
NOTE_SECTIONS = ("fiche-01", "fiche-06")
TEXT_KEYS = tuple(f"answers/{q}" for q in LONG_ANSWERS) + tuple(f"notes/{s}" for s in NOTE_SECTIONS)
# Fields merged as one piece.
CHOICE = "fiche-01.clarte"
CHOICE_OPTIONS = ("oui", "plutot-oui", "plutot-non", "non", "sans-avis")
ROLES = "identification.roles"
ROLE_OPTIONS = ("dpo", "rssi", "dsi", "direction")
STATUS_SECTIONS = ("fiche-01", "fiche-06")

PARAGRAPH_EDITS = ("type", "delete", "insert", "split", "join")


@dataclass(frozen=True)
class Edit:
    """One edit. Paragraph edits ("type", "delete", "insert", "split", "join") act on the text of `key` at
    paragraph `at` (taken modulo the paragraphs there are) and write `texts`; "note" replaces a whole note by
    `texts` (none: clears it); "choice", "roles" and "status" set `value`."""

    kind: str
    key: str
    at: int = 0
    texts: tuple[str, ...] = ()
    value: str | tuple[str, ...] | None = None

    def __repr__(self) -> str:
        extra = f"@{self.at} {list(self.texts)}" if self.kind in PARAGRAPH_EDITS else (
            list(self.texts) if self.kind == "note" else repr(self.value))
        return f"{self.kind}({self.key} {extra})"


@dataclass(frozen=True)
class Save:
    time: str
    edits: tuple[Edit, ...]


@dataclass(frozen=True)
class Session:
    """What one copy's owner did: saves in order, each recorded under `author` at its time."""

    author: str
    saves: tuple[Save, ...]


@dataclass(frozen=True)
class Scenario:
    answers: dict[str, tuple[str, ...]]  # long answers of the base, by question id
    choice: str
    roles: tuple[str, ...]
    note: tuple[str, ...]  # the base's note on fiche-01
    sessions: tuple[Session, ...]


# --- generation -------------------------------------------------------------------------------------------------

@st.composite
def scenarios(draw: st.DrawFn, copies: int = 2) -> Scenario:
    counter = itertools.count(1)

    def fresh(n: int) -> tuple[str, ...]:
        return tuple(f"p{next(counter)}" for _ in range(n))

    answers = {LONG_ANSWERS[0]: fresh(draw(st.integers(1, 6))),
               LONG_ANSWERS[1]: fresh(draw(st.integers(1, 6))),
               LONG_ANSWERS[2]: fresh(draw(st.integers(0, 6)))}
    choice = draw(st.sampled_from(CHOICE_OPTIONS))
    roles = draw(subsets(ROLE_OPTIONS))
    note = fresh(draw(st.integers(1, 2)))

    def edit() -> Edit:
        kind = draw(st.sampled_from((*PARAGRAPH_EDITS, *PARAGRAPH_EDITS, "note", "choice", "roles", "status")))
        if kind in PARAGRAPH_EDITS:
            key = draw(st.sampled_from(TEXT_KEYS))
            return Edit(kind, key, draw(st.integers(0, 7)), fresh(2 if kind == "split" else 1))
        if kind == "note":
            return Edit(kind, f"notes/{draw(st.sampled_from(NOTE_SECTIONS))}",
                        texts=fresh(draw(st.sampled_from((1, 1, 2, 0)))))
        if kind == "choice":
            return Edit(kind, f"answers/{CHOICE}", value=draw(st.sampled_from((*CHOICE_OPTIONS, None))))
        if kind == "roles":
            return Edit(kind, f"identity/{ROLES}", value=draw(subsets(ROLE_OPTIONS)))
        return Edit(kind, f"statuses/{draw(st.sampled_from(STATUS_SECTIONS))}",
                    value=draw(st.sampled_from([s.value for s in SheetStatus])))

    sessions = []
    for number, author in enumerate(AUTHORS[:copies]):
        saves = []
        for save in range(draw(st.integers(1, 3))):
            edits = tuple(edit() for _ in range(draw(st.integers(1, 4))))
            # Distinct times per copy (and increasing within it): canonical order is by author, then time.
            saves.append(Save(f"2025-05-{2 + save:02d}T{9 + number:02d}:00:00Z", edits))
        sessions.append(Session(author, tuple(saves)))
    return Scenario(answers, choice, roles, note, tuple(sessions))


def subsets(options: tuple[str, ...]) -> st.SearchStrategy[tuple[str, ...]]:
    """Ticked options, in the form's order."""
    return st.sets(st.sampled_from(options)).map(lambda ticked: tuple(o for o in options if o in ticked))


# --- building drafts --------------------------------------------------------------------------------------------

def text_of(draft: Draft, key: str) -> str:
    value = draft.fields().get(key)
    return value if isinstance(value, str) else ""


def paragraphs_of(draft: Draft, key: str) -> list[str]:
    return split_paragraphs(text_of(draft, key))


def set_text(draft: Draft, key: str, paragraphs: list[str]) -> None:
    store, _, name = key.partition("/")
    text = join_paragraphs(paragraphs)
    if store == "notes":
        draft.set_note(name, text)
    else:
        draft.set_value(FORM, name, text)


def apply(draft: Draft, edit: Edit) -> None:
    store, _, name = edit.key.partition("/")
    if edit.kind == "choice":
        draft.set_value(FORM, name, edit.value)
    elif edit.kind == "roles":
        draft.set_value(FORM, name, list(edit.value or ()))
    elif edit.kind == "status":
        draft.set_status(name, SheetStatus(edit.value))
    elif edit.kind == "note":
        set_text(draft, edit.key, list(edit.texts))
    else:
        set_text(draft, edit.key, edited(paragraphs_of(draft, edit.key), edit))


def edited(paragraphs: list[str], edit: Edit) -> list[str]:
    """The paragraphs after a paragraph edit; an edit the text is too short for becomes an insertion."""
    count = len(paragraphs)
    kind = edit.kind
    if (kind in ("type", "delete", "split") and count == 0) or (kind == "join" and count < 2):
        kind = "insert"
    if kind == "insert":
        at = edit.at % (count + 1)
        return paragraphs[:at] + list(edit.texts) + paragraphs[at:]
    if kind == "join":
        at = edit.at % (count - 1)
        return paragraphs[:at] + list(edit.texts) + paragraphs[at + 2:]
    at = edit.at % count
    replacement = [] if kind == "delete" else list(edit.texts)  # "type": one new text, "split": two
    return paragraphs[:at] + replacement + paragraphs[at + 1:]


@dataclass
class Built:
    base: Draft
    copies: list[Draft]


def build(scenario: Scenario) -> Built:
    base = Draft.new(FORM, "Clinique des Essais")
    for question, paragraphs in scenario.answers.items():
        base.set_value(FORM, question, join_paragraphs(list(paragraphs)))
    base.set_value(FORM, CHOICE, scenario.choice)
    base.set_value(FORM, ROLES, list(scenario.roles))
    base.set_status("fiche-01", SheetStatus.READY)
    base.set_note("fiche-01", join_paragraphs(list(scenario.note)))
    base.record_revisions(BASE_AUTHOR, BASE_TIME)
    copies = []
    for session in scenario.sessions:
        draft = copy.deepcopy(base)
        for save in session.saves:
            for edit in save.edits:
                apply(draft, edit)
            draft.record_revisions(session.author, save.time)
        copies.append(draft)
    return Built(base, copies)


def merge(mine: Draft, theirs: Draft, author: str = "Fusion", time: str = "2025-06-01T12:00:00Z") -> Draft:
    check_mergeable(mine, theirs, "mine", "theirs")
    return merge_drafts(FORM, mine, theirs, author, time).draft


def state(draft: Draft) -> dict[str, object]:
    """What a merge decides: the values, and the open conflicts as (base, sides)."""
    return {
        "identity": dict(draft.identity),
        "answers": dict(draft.answers),
        "statuses": {k: v.value for k, v in draft.statuses.items()},
        "notes": dict(draft.notes),
        "conflicts": {k: (c.base, c.sides) for k, c in draft.conflicts.items()},
    }
