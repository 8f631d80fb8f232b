"""Section summaries rendered to HTML once per form text and kept on disk, so starting needs no parser."""

from __future__ import annotations

from pathlib import Path

from dpi_consult.form.model import Form
from dpi_consult.json_cache import cache_file, read_json, write_json

CACHE_VERSION = 1


def _cache_name(form: Form) -> str:
    return f"summaries-{form.source_sha256[:32]}-v{CACHE_VERSION}.json"


def _cache_path(form: Form) -> Path:
    return cache_file(_cache_name(form))


def _render_all(form: Form) -> dict[str, str]:
    from dpi_consult.markdown import parse, to_html

    return {s.id: to_html(parse(s.summary)) for s in form.sections if s.summary.strip()}


_loaded: dict[str, dict[str, str]] = {}


def _summaries(form: Form) -> dict[str, str]:
    known = _loaded.get(form.source_sha256)
    if known is None:
        known = _loaded[form.source_sha256] = _read_or_render(form)
    return known


def _read_or_render(form: Form) -> dict[str, str]:
    stored = read_json(_cache_name(form))
    if isinstance(stored, dict) and all(isinstance(v, str) for v in stored.values()):
        return stored
    rendered = _render_all(form)
    write_json(_cache_name(form), rendered)
    return rendered


def summary_html(form: Form, section_id: str) -> str:
    """The summary of a section as HTML; the cache is keyed by the form's hash, so it is never stale."""
    return _summaries(form).get(section_id, "")
