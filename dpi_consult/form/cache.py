"""A validated form kept as JSON with its text, so that starting needs neither TOML parsing nor hashing."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

from dpi_consult.form.model import (
    Form,
    FormChange,
    Option,
    Question,
    QuestionKind,
    RetiredOption,
    RetiredQuestion,
    Section,
    SectionKind,
    VisibleIf,
)
from dpi_consult.json_cache import cache_file, read_json, write_json

CACHE_VERSION = 3


def _cache_name(text: str) -> str:
    # CRC-32 and length only name the file: the entry holds the whole text and is used only when that
    # text is the form's, so a collision costs a re-parse, never a wrong form. hashlib would add 3 ms
    # to every start (OpenSSL is loaded on its import); zlib is already loaded by PySide.
    data = text.encode("utf-8")
    return f"form-{zlib.crc32(data):08x}-{len(data)}-v{CACHE_VERSION}.json"


def cache_path(text: str) -> Path:
    return cache_file(_cache_name(text))


def _question_data(q: Question) -> dict[str, Any]:
    return {
        "id": q.id, "section_id": q.section_id, "kind": q.kind.value, "prompt": q.prompt, "help": q.help,
        "required": q.required, "max_chars": q.max_chars, "format": q.format,
        "options": [[o.id, o.label] for o in q.options],
        "visible_if": None if q.visible_if is None else [q.visible_if.question, list(q.visible_if.values)],
        "min": q.min, "max": q.max,
        "retired_options": [_retired_option_data(o) for o in q.retired_options],
    }


def _retired_option_data(option: RetiredOption) -> list[Any]:
    return [option.id, option.label, option.version, list(option.replaced_by)]


def _retired_option(data: list[Any]) -> RetiredOption:
    return RetiredOption(data[0], data[1], data[2], tuple(data[3]))


def _change_data(change: FormChange) -> dict[str, Any]:
    return {
        "version": change.version, "summary": change.summary, "added_questions": list(change.added_questions),
        "reworded_questions": list(change.reworded_questions),
        "retired_questions": [[r.id, r.prompt, r.section_id] for r in change.retired_questions],
        "added_options": [[q, list(ids)] for q, ids in change.added_options],
        "retired_options": [[q, _retired_option_data(o)] for q, o in change.retired_options],
        "revised_summaries": list(change.revised_summaries),
    }


def _change(data: dict[str, Any]) -> FormChange:
    return FormChange(
        version=data["version"], summary=data["summary"], added_questions=tuple(data["added_questions"]),
        reworded_questions=tuple(data["reworded_questions"]),
        retired_questions=tuple(RetiredQuestion(*r) for r in data["retired_questions"]),
        added_options=tuple((q, tuple(ids)) for q, ids in data["added_options"]),
        retired_options=tuple((q, _retired_option(o)) for q, o in data["retired_options"]),
        revised_summaries=tuple(data["revised_summaries"]),
    )


def form_to_data(form: Form) -> dict[str, Any]:
    return {
        "source_text": form.source_text, "sha256": form.source_sha256,
        "id": form.id, "version": form.version, "title": form.title, "short_title": form.short_title,
        "language": form.language, "default_max_chars": form.default_max_chars, "description": form.description,
        "sections": [{"id": s.id, "kind": s.kind.value, "title": s.title, "number": s.number, "summary": s.summary,
                      "questions": [_question_data(q) for q in s.questions]} for s in form.sections],
        "changes": [_change_data(c) for c in form.changes],
    }


def form_from_data(data: dict[str, Any]) -> Form:
    """Rebuild a form that was validated when it was cached; no checks are repeated."""
    sections = []
    for s in data["sections"]:
        questions = tuple(
            Question(
                id=q["id"], section_id=q["section_id"], kind=QuestionKind(q["kind"]), prompt=q["prompt"],
                help=q["help"], required=q["required"], max_chars=q["max_chars"], format=q["format"],
                options=tuple(Option(i, label) for i, label in q["options"]),
                visible_if=None if q["visible_if"] is None else VisibleIf(q["visible_if"][0],
                                                                           tuple(q["visible_if"][1])),
                min=q["min"], max=q["max"],
                retired_options=tuple(_retired_option(o) for o in q["retired_options"]),
            )
            for q in s["questions"]
        )
        sections.append(Section(id=s["id"], kind=SectionKind(s["kind"]), title=s["title"], number=s["number"],
                                summary=s["summary"], questions=questions))
    return Form(id=data["id"], version=data["version"], title=data["title"], short_title=data["short_title"],
                language=data["language"], default_max_chars=data["default_max_chars"],
                description=data["description"], sections=tuple(sections),
                changes=tuple(_change(c) for c in data["changes"]), source_text=data["source_text"],
                source_sha256=data["sha256"])


def read_cached(source_text: str) -> Form | None:
    """The form validated from exactly this text, or None when no intact entry holds it."""
    data = read_json(_cache_name(source_text))
    if not isinstance(data, dict) or data.get("source_text") != source_text:
        return None
    try:
        return form_from_data(data)
    except (ValueError, KeyError, TypeError, IndexError):
        return None  # damaged: the caller parses the TOML again


def write_cached(form: Form) -> None:
    write_json(_cache_name(form.source_text), form_to_data(form))
