"""Named versions of a draft: saving one, reading its values back, comparing it with now, restoring it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dpi_consult.draft.history import text_to_value
from dpi_consult.draft.ids import new_version_id
from dpi_consult.draft.model import VERSIONED_STORES, Draft, now_iso
from dpi_consult.draft.values import Value, is_empty
from dpi_consult.draft.versions import SavedVersion
from dpi_consult.errors import InputError
from dpi_consult.form.model import Form, SectionKind
from dpi_consult.french_formats import french_number
from dpi_consult.limits import VERSION_NAME_MAX_CHARS
from dpi_consult.word_changes import Span, word_changes


class VersionNameError(InputError):
    """The name typed for a version cannot be used; the message says why, in one line."""


class DifferenceKind(StrEnum):
    ANSWER = "answer"
    STATUS = "status"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class VersionDifference:
    """One question (identification included) or one section's status or note whose value differs between a
    version (`then`) and now. For texts, `then_words` and `now_words` are the two texts word by word (words the
    current text dropped marked in the first, words it added in the second, as word_changes gives them); both
    empty for choices, numbers and statuses. `question_id` is None for a status or a note; `section_id` is None
    for an answer to a question the form no longer has."""

    kind: DifferenceKind
    key: str
    section_id: str | None
    question_id: str | None
    then: Value | None
    now: Value | None
    then_words: tuple[Span, ...] = ()
    now_words: tuple[Span, ...] = ()


def version_name(text: str) -> str:
    """The name as kept: runs of spaces and line breaks made single spaces; VersionNameError when empty or long."""
    name = " ".join(text.split())
    if not name:
        raise VersionNameError("donnez un nom à la version")
    if len(name) > VERSION_NAME_MAX_CHARS:
        raise VersionNameError(f"nom de version trop long ({french_number(len(name))} caractères, au plus "
                               f"{french_number(VERSION_NAME_MAX_CHARS)})")
    return name


def save_version(draft: Draft, name: str, author: str, time: str | None = None) -> SavedVersion:
    """Record the current values (a revision per changed field), then keep each field's head under `name`.

    The draft changes (history and versions): the caller saves the file as after any edit.
    """
    name = version_name(name)
    time = time or now_iso()
    draft.record_revisions(author, time)
    # After recording, a field has a value exactly when its head is not a deletion.
    heads = {key: history.head.id for key, history in sorted(draft.history.items())
             if history.head is not None and not history.head.deleted}
    version = SavedVersion(new_version_id(), name, author, time, heads)
    draft.versions.append(version)
    return version


def version_values(form: Form, draft: Draft, version: SavedVersion) -> dict[str, Value | None]:
    """Every field the version or the draft has or had, by history key: its value in the version, None when it
    had none. Texts, notes and statuses are the revision's text; numbers and multiple choices are read back
    from the JSON the history wrote."""
    current = draft.fields()
    keys = set(version.heads) | set(current) | set(draft.history)
    result: dict[str, Value | None] = {}
    for key in sorted(keys):
        if key.partition("/")[0] not in VERSIONED_STORES:
            continue  # a field of a newer version of the app: neither shown nor restored here
        revision_id = version.heads.get(key)
        if revision_id is None:
            result[key] = None
            continue
        text = _revision_text(draft, key, revision_id)
        result[key] = None if text is None else text_to_value(form, key, text, current.get(key))
    return result


def version_differences(form: Form, draft: Draft, version: SavedVersion) -> list[VersionDifference]:
    """The fields whose value differs between the version and now, in the form's order (each section's questions,
    then its status, then its note; answers to questions the form no longer has last)."""
    current = draft.fields()
    order = _form_order(form)
    differences: list[VersionDifference] = []
    for key, then in version_values(form, draft, version).items():
        now = current.get(key)
        if then == now or (is_empty(then) and is_empty(now)):
            continue
        store, _, name = key.partition("/")
        kind = {"statuses": DifferenceKind.STATUS, "notes": DifferenceKind.NOTE}.get(store, DifferenceKind.ANSWER)
        if kind is DifferenceKind.ANSWER:
            question = form.question(name)
            section_id = question.section_id if question is not None else None
            is_text = question.kind.is_text if question is not None else isinstance(then or now, str)
            question_id: str | None = name
        else:
            section_id = name
            is_text = kind is DifferenceKind.NOTE
            question_id = None
        before: list[Span] = []
        after: list[Span] = []
        if is_text and isinstance(then or "", str) and isinstance(now or "", str):
            # An answer given only now (or only then) compares with the empty text: all added (or removed).
            before, after = word_changes(str(then or ""), str(now or ""))
        differences.append(VersionDifference(kind, key, section_id, question_id, then, now,
                                             tuple(before), tuple(after)))
    differences.sort(key=lambda d: (order.get(d.key, len(order)), d.key))
    return differences


def restore_version(form: Form, draft: Draft, version: SavedVersion, author: str,
                    time: str | None = None) -> SavedVersion:
    """Put the draft back as it was at `version`; returns the version that first keeps the state it had.

    The restored values are recorded as new revisions whose parents are the current heads: for a later
    merge the restore is a change made now by `author`, like any edit (never an old revision coming back).
    Open merge conflicts stay open, as they do through any edit: each is still resolved explicitly.
    """
    time = time or now_iso()
    before = save_version(draft, _before_name(version.name), author, time)
    current = draft.fields()
    for key, value in version_values(form, draft, version).items():
        if value != current.get(key):
            draft.set_field(key, value)
    draft.record_revisions(author, time)
    return before


def _before_name(name: str) -> str:
    """« Avant le retour à « <name> » », the name cut short when the whole would pass the limit."""
    prefix, suffix = "Avant le retour à « ", " »"
    room = VERSION_NAME_MAX_CHARS - len(prefix) - len(suffix)
    return prefix + (name if len(name) <= room else name[:room - 1].rstrip() + "…") + suffix


def _revision_text(draft: Draft, key: str, revision_id: str) -> str | None:
    # Recent revisions are the ones versions name most: search from the end.
    for revision in reversed(draft.history[key].revisions):
        if revision.id == revision_id:
            return revision.text
    raise KeyError(f"{key}: révision {revision_id} absente de l’historique")


def _form_order(form: Form) -> dict[str, int]:
    """History keys in the order a reader meets them in the form."""
    order: dict[str, int] = {}
    for section in form.sections:
        store = "identity" if section.kind is SectionKind.IDENTIFICATION else "answers"
        for question in section.questions:
            order[f"{store}/{question.id}"] = len(order)
        order[f"statuses/{section.id}"] = len(order)
        order[f"notes/{section.id}"] = len(order)
    return order
