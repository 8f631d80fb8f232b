"""The validated-form cache gives back exactly the form the TOML describes, and survives damage."""

from __future__ import annotations

import json

from dpi_consult.form import cache, registry
from dpi_consult.form.loader import load_form_text
from dpi_consult.resources import forms_dir


def test_cached_form_equals_the_parsed_one_and_damage_is_ignored():
    text = (forms_dir() / "cnil-dpi-2025.toml").read_text(encoding="utf-8")
    parsed = load_form_text(text, "cnil-dpi-2025.toml")
    registry.bundled_forms.cache_clear()
    first = registry.bundled_form()
    assert cache.cache_path(text).is_file()
    registry.bundled_forms.cache_clear()
    from_cache = registry.bundled_form()
    assert from_cache == parsed == first
    assert from_cache.source_sha256 == parsed.source_sha256 and from_cache.source_text == text
    assert from_cache.question("identification.membres").visible_if == parsed.question(
        "identification.membres").visible_if
    cache.cache_path(text).write_text('{"sections": 3}', encoding="utf-8")
    registry.bundled_forms.cache_clear()
    assert registry.bundled_form() == parsed
    registry.bundled_forms.cache_clear()


def test_an_entry_for_another_text_under_the_same_name_is_not_used():
    text = (forms_dir() / "cnil-dpi-2025.toml").read_text(encoding="utf-8")
    parsed = load_form_text(text, "cnil-dpi-2025.toml")
    registry.bundled_forms.cache_clear()
    registry.bundled_form()
    entry = cache.cache_path(text)
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["source_text"] = text.replace("Fiche", "Feuille", 1)
    data["sections"][1]["title"] = "Titre d’une autre version"
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert cache.read_cached(text) is None
    registry.bundled_forms.cache_clear()
    assert registry.bundled_form() == parsed
    registry.bundled_forms.cache_clear()
