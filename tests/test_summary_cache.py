"""Rendered summaries: cached by form hash, identical to a fresh rendering, rebuilt when damaged."""

from __future__ import annotations

from dpi_consult import summary_cache
from dpi_consult.form.registry import bundled_form
from dpi_consult.markdown import parse, to_html


def test_cached_summaries_match_a_fresh_rendering_and_survive_damage():
    form = bundled_form()
    summary_cache._loaded.clear()
    first = summary_cache.summary_html(form, "fiche-06")
    assert first == to_html(parse(form.section("fiche-06").summary))
    path = summary_cache._cache_path(form)
    assert path.is_file()
    summary_cache._loaded.clear()
    assert summary_cache.summary_html(form, "fiche-06") == first
    path.write_text("{damaged", encoding="utf-8")
    summary_cache._loaded.clear()
    assert summary_cache.summary_html(form, "fiche-06") == first
    assert summary_cache.summary_html(form, "no-such-section") == ""
