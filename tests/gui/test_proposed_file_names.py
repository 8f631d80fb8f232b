"""The names the window proposes for a new file come from the organisation's name and are safe on Windows."""

from __future__ import annotations

from dpi_consult.gui.file_actions import FileActions


def test_an_organisation_named_like_a_device_gets_a_name_windows_accepts(make_window):
    window = make_window()
    window.document.draft.identity["identification.organisation"] = "CON"
    assert window.document.organisation_slug == "CON-dpi"
    assert FileActions._suggested_name(window.document) == "contribution-con-dpi.dpic"


def test_accents_stay_and_slashes_go(make_window):
    window = make_window()
    window.document.draft.identity["identification.organisation"] = "CH d’Alès / site Nord"
    assert FileActions._suggested_name(window.document) == "contribution-ch-d-alès-site-nord.dpic"
