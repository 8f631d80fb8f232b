"""A form's [[changes]] table: what each version added, reworded or retired, read, checked and queried."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dpi_consult.form.model import Form, FormChange, Question, RetiredOption, RetiredQuestion, Section

if TYPE_CHECKING:
    from dpi_consult.form.loader import _Validator

VERSION_PATTERN = re.compile(r"^\d+(\.\d+)*$")
_CHANGE_KEYS = {"version", "summary", "added_questions", "reworded_questions", "retired_questions",
                "added_options", "retired_options", "revised_summaries"}
_RETIRED_QUESTION_KEYS = {"id", "prompt", "section"}
_ADDED_OPTIONS_KEYS = {"question", "ids"}
_RETIRED_OPTION_KEYS = {"question", "id", "label", "replaced_by"}


def version_key(version: str) -> tuple[int, ...] | None:
    """"1.10" → (1, 10), so that 1.10 comes after 1.9; None for a version that is not dotted numbers."""
    if not VERSION_PATTERN.match(version):
        return None
    return tuple(int(part) for part in version.split("."))


def changes_between(form: Form, old_version: str) -> list[FormChange]:
    """The changes a draft of `old_version` meets when opened with `form` (none when it is not older)."""
    old = version_key(old_version)
    new = version_key(form.version)
    if old is None or new is None or old >= new:
        return []
    return [change for change in form.changes if old < (version_key(change.version) or ()) <= new]


@dataclass(slots=True)
class SectionChanges:
    """One section's share of some changes, for "3 nouvelles questions dans la fiche 6"."""

    section: Section
    added: list[str] = field(default_factory=list)
    reworded: list[str] = field(default_factory=list)
    retired: list[RetiredQuestion] = field(default_factory=list)
    summary_revised: bool = False


def changes_by_section(form: Form, changes: list[FormChange]) -> list[SectionChanges]:
    """The changes, section by section in form order; a question added then retired is not news."""
    by_id = {section.id: SectionChanges(section) for section in form.sections}
    for change in changes:
        for question_id in change.added_questions:
            question = form.question(question_id)
            if question is not None:
                _add_once(by_id[question.section_id].added, question_id)
        for question_id in change.reworded_questions:
            question = form.question(question_id)
            if question is not None:
                _add_once(by_id[question.section_id].reworded, question_id)
        for retired in change.retired_questions:
            if retired.section_id in by_id:
                by_id[retired.section_id].retired.append(retired)
        for section_id in change.revised_summaries:
            if section_id in by_id:
                by_id[section_id].summary_revised = True
    for entry in by_id.values():
        # A question new in these changes is new, not reworded.
        entry.reworded = [q for q in entry.reworded if q not in entry.added]
    return [entry for entry in by_id.values()
            if entry.added or entry.reworded or entry.retired or entry.summary_revised]


def _add_once(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def read_changes(v: _Validator, raw: Any, form_version: str) -> tuple[FormChange, ...]:
    """Parse the [[changes]] tables; references to questions are checked afterwards by `attach_changes`."""
    if not isinstance(raw, list):
        raise v.fail("changes", "une liste [[changes]] était attendue")
    if raw and version_key(form_version) is None:
        raise v.fail("form.version", f"« {form_version} » : un formulaire qui a des [[changes]] a une version "
                                     "en nombres séparés par des points (1.1, 2.0…)")
    changes: list[FormChange] = []
    previous: tuple[int, ...] = ()
    for index, raw_change in enumerate(raw):
        path = f"changes[{index}]"
        table = v.table(raw_change, path)
        v.keys(table, _CHANGE_KEYS, path)
        version = v.string(table, "version", path)
        key = version_key(version)
        if key is None:
            raise v.fail(f"{path}.version", f"version invalide « {version} » (nombres séparés par des points)")
        if key <= previous:
            raise v.fail(f"{path}.version", f"les versions doivent se suivre en croissant (« {version} »)")
        if key > (version_key(form_version) or ()):
            raise v.fail(f"{path}.version", f"version « {version} » postérieure à celle du formulaire "
                                            f"({form_version})")
        previous = key
        changes.append(FormChange(
            version=version,
            summary=v.string(table, "summary", path),
            added_questions=_ids(v, table, "added_questions", path),
            reworded_questions=_ids(v, table, "reworded_questions", path),
            retired_questions=tuple(_retired_question(v, item, f"{path}.retired_questions[{i}]")
                                    for i, item in enumerate(_list(v, table, "retired_questions", path))),
            added_options=tuple(_added_options(v, item, f"{path}.added_options[{i}]")
                                for i, item in enumerate(_list(v, table, "added_options", path))),
            retired_options=tuple(_retired_option(v, item, f"{path}.retired_options[{i}]", version)
                                  for i, item in enumerate(_list(v, table, "retired_options", path))),
            revised_summaries=_ids(v, table, "revised_summaries", path),
        ))
    return tuple(changes)


def attach_changes(v: _Validator, changes: tuple[FormChange, ...], sections: list[Section]) -> list[Section]:
    """Check every reference of the changes against the form, and give questions their retired options."""
    questions = {q.id: q for s in sections for q in s.questions}
    section_ids = {s.id for s in sections}
    retired_ids = {r.id for change in changes for r in change.retired_questions}
    known = questions.keys() | retired_ids
    retired_by_question: dict[str, list[RetiredOption]] = {}
    for index, change in enumerate(changes):
        path = f"changes[{index}]"
        for key, ids in (("added_questions", change.added_questions),
                         ("reworded_questions", change.reworded_questions)):
            for question_id in ids:
                if question_id not in known:
                    raise v.fail(f"{path}.{key}", f"question inconnue « {question_id} »")
        for retired in change.retired_questions:
            if retired.id in questions:
                raise v.fail(f"{path}.retired_questions", f"« {retired.id} » est retirée mais figure encore "
                                                          "dans le formulaire")
            if retired.section_id not in section_ids:
                raise v.fail(f"{path}.retired_questions", f"section inconnue « {retired.section_id} »")
        for section_id in change.revised_summaries:
            if section_id not in section_ids:
                raise v.fail(f"{path}.revised_summaries", f"section inconnue « {section_id} »")
        for question_id, option_ids in change.added_options:
            question = _choice_question(v, questions, question_id, f"{path}.added_options")
            if question is None:
                continue
            for option_id in option_ids:
                if question.option(option_id) is None and not _retired_later(changes, question_id, option_id):
                    raise v.fail(f"{path}.added_options", f"option « {option_id} » absente de « {question_id} »")
        for question_id, retired_option in change.retired_options:
            question = _choice_question(v, questions, question_id, f"{path}.retired_options")
            if question is None:
                continue
            if question.option(retired_option.id) is not None:
                raise v.fail(f"{path}.retired_options", f"l’option « {retired_option.id} » est retirée mais "
                                                        f"figure encore dans « {question_id} »")
            for replacement in retired_option.replaced_by:
                if question.option(replacement) is None:
                    raise v.fail(f"{path}.retired_options", f"option de remplacement « {replacement} » absente "
                                                            f"de « {question_id} »")
            retired_by_question.setdefault(question_id, []).append(retired_option)
    if not retired_by_question:
        return sections
    return [dataclasses.replace(section, questions=tuple(
        dataclasses.replace(q, retired_options=tuple(retired_by_question[q.id])) if q.id in retired_by_question
        else q for q in section.questions)) for section in sections]


def _choice_question(v: _Validator, questions: dict[str, Question], question_id: str, path: str) -> Question | None:
    """The current question an option change is about; None for a question retired since (nothing to attach)."""
    question = questions.get(question_id)
    if question is None:
        return None
    if not question.kind.is_choice:
        raise v.fail(path, f"« {question_id} » n’est pas une question à choix")
    return question


def _retired_later(changes: tuple[FormChange, ...], question_id: str, option_id: str) -> bool:
    return any(q == question_id and option.id == option_id for c in changes for q, option in c.retired_options)


def _list(v: _Validator, table: dict[str, Any], key: str, path: str) -> list[Any]:
    value = table.get(key, [])
    if not isinstance(value, list):
        raise v.fail(f"{path}.{key}", "une liste était attendue")
    return value


def _ids(v: _Validator, table: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
    values = _list(v, table, key, path)
    if not all(isinstance(x, str) for x in values):
        raise v.fail(f"{path}.{key}", "une liste d’identifiants était attendue")
    if len(set(values)) != len(values):
        raise v.fail(f"{path}.{key}", "un identifiant figure plusieurs fois")
    return tuple(values)


def _retired_question(v: _Validator, raw: Any, path: str) -> RetiredQuestion:
    table = v.table(raw, path)
    v.keys(table, _RETIRED_QUESTION_KEYS, path)
    return RetiredQuestion(v.string(table, "id", path), v.string(table, "prompt", path),
                           v.string(table, "section", path))


def _added_options(v: _Validator, raw: Any, path: str) -> tuple[str, tuple[str, ...]]:
    table = v.table(raw, path)
    v.keys(table, _ADDED_OPTIONS_KEYS, path)
    return v.string(table, "question", path), _ids(v, table, "ids", path)


def _retired_option(v: _Validator, raw: Any, path: str, version: str) -> tuple[str, RetiredOption]:
    table = v.table(raw, path)
    v.keys(table, _RETIRED_OPTION_KEYS, path)
    return v.string(table, "question", path), RetiredOption(
        v.string(table, "id", path), v.string(table, "label", path), version,
        _ids(v, table, "replaced_by", path))


def retired_choice_advice(question: Question, retired: RetiredOption) -> str:
    """What to tell someone whose answer holds a choice the form no longer offers."""
    told = f"choix « {retired.label} » retiré du formulaire en version {retired.version}"
    labels = [f"« {question.option_label(option_id)} »" for option_id in retired.replaced_by]
    if not labels:
        return f"{told} : choisissez une autre réponse"
    choices = labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} ou {labels[-1]}"
    return f"{told} : choisissez {choices}"
