"""Section summaries rendered to HTML once per form text and kept on disk, so starting needs no parser."""

from __future__ import annotations

import json
from pathlib import Path

from dpi_consult.atomic import write_atomic
from dpi_consult.form.model import Form
from dpi_consult.settings import data_dir

CACHE_VERSION = 1


def _cache_path(form: Form) -> Path:
    return data_dir() / "cache" / f"summaries-{form.source_sha256[:32]}-v{CACHE_VERSION}.json"


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
    path = _cache_path(form)
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(stored, dict) and all(isinstance(v, str) for v in stored.values()):
            return stored
    except (OSError, ValueError):
        pass
    rendered = _render_all(form)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(rendered, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # a read-only data folder only costs the rendering at the next start
    return rendered


def summary_html(form: Form, section_id: str) -> str:
    """The summary of a section as HTML; the cache is keyed by the form's hash, so it is never stale."""
    return _summaries(form).get(section_id, "")
