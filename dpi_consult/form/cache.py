"""A validated form kept as JSON by the hash of its text, so that starting needs no TOML parsing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dpi_consult.form.model import Form, Option, Question, QuestionKind, Section, SectionKind, VisibleIf
from dpi_consult.json_cache import cache_file, read_json, write_json

CACHE_VERSION = 1


def _cache_name(sha256: str) -> str:
    return f"form-{sha256[:32]}-v{CACHE_VERSION}.json"


def cache_path(sha256: str) -> Path:
    return cache_file(_cache_name(sha256))


def _question_data(q: Question) -> dict[str, Any]:
    return {
        "id": q.id, "section_id": q.section_id, "kind": q.kind.value, "prompt": q.prompt, "help": q.help,
        "required": q.required, "max_chars": q.max_chars, "format": q.format,
        "options": [[o.id, o.label] for o in q.options],
        "visible_if": None if q.visible_if is None else [q.visible_if.question, list(q.visible_if.values)],
        "min": q.min, "max": q.max,
    }


def form_to_data(form: Form) -> dict[str, Any]:
    return {
        "id": form.id, "version": form.version, "title": form.title, "short_title": form.short_title,
        "language": form.language, "default_max_chars": form.default_max_chars, "description": form.description,
        "sections": [{"id": s.id, "kind": s.kind.value, "title": s.title, "number": s.number, "summary": s.summary,
                      "questions": [_question_data(q) for q in s.questions]} for s in form.sections],
    }


def form_from_data(data: dict[str, Any], source_text: str, sha256: str) -> Form:
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
            )
            for q in s["questions"]
        )
        sections.append(Section(id=s["id"], kind=SectionKind(s["kind"]), title=s["title"], number=s["number"],
                                summary=s["summary"], questions=questions))
    return Form(id=data["id"], version=data["version"], title=data["title"], short_title=data["short_title"],
                language=data["language"], default_max_chars=data["default_max_chars"],
                description=data["description"], sections=tuple(sections), source_text=source_text,
                source_sha256=sha256)


def read_cached(source_text: str, sha256: str) -> Form | None:
    data = read_json(_cache_name(sha256))
    if data is None:
        return None
    try:
        return form_from_data(data, source_text, sha256)
    except (ValueError, KeyError, TypeError, IndexError):
        return None  # damaged: the caller parses the TOML again


def write_cached(form: Form) -> None:
    write_json(_cache_name(form.source_sha256), form_to_data(form))
