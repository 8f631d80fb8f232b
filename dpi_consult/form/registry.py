"""Bundled forms, and finding a form by id, by path, or embedded in a draft."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from dpi_consult.errors import FormError
from dpi_consult.form.model import Form
from dpi_consult.form.text import decode_form_bytes
from dpi_consult.resources import forms_dir

DEFAULT_FORM_ID = "cnil-dpi-2025"


@lru_cache(maxsize=1)
def bundled_forms() -> dict[str, Form]:
    """Every form shipped with the app, by id (parsed once per process, validated once per form text)."""
    from dpi_consult.form.cache import read_cached, write_cached

    found: dict[str, Form] = {}
    for entry in sorted(forms_dir().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            text = decode_form_bytes(entry.read_bytes(), f"forms/{entry.name}")
            form = read_cached(text)
            if form is None:
                from dpi_consult.form.loader import load_form_text

                form = load_form_text(text, f"forms/{entry.name}")
                write_cached(form)
            found[form.id] = form
    return found


def bundled_form(form_id: str = DEFAULT_FORM_ID) -> Form:
    forms = bundled_forms()
    if form_id not in forms:
        raise FormError(f"formulaire inconnu « {form_id} » (formulaires fournis : {', '.join(sorted(forms))})")
    return forms[form_id]


def resolve_form(id_or_path: str | None) -> Form:
    """A bundled form id, or the path of a form TOML file; None gives the default form."""
    if id_or_path is None:
        return bundled_form()
    if id_or_path in bundled_forms():
        return bundled_forms()[id_or_path]
    path = Path(id_or_path)
    if path.suffix.lower() == ".toml" or path.exists():
        from dpi_consult.form.loader import load_form_file

        return load_form_file(path)
    return bundled_form(id_or_path)


def is_bundled(form: Form) -> bool:
    """True when the app ships exactly this form (same id and same text)."""
    shipped = bundled_forms().get(form.id)
    return shipped is not None and shipped.source_sha256 == form.source_sha256


def form_from_embedded(text: str, sha256: str, origin: str) -> Form:
    """A form carried inside a draft; its hash must match its text."""
    import hashlib  # only for a draft that carries its form: the bundled one, at start-up, needs no hash

    actual = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if actual != sha256:
        raise FormError("le formulaire intégré ne correspond pas à son empreinte SHA-256", origin)
    from dpi_consult.form.loader import load_form_text

    return load_form_text(text, f"{origin} (formulaire intégré)")
