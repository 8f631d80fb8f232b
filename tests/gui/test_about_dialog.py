"""Aide > À propos says which version runs, under which licence, on which form, and where the files are kept."""

from __future__ import annotations

from dpi_consult import __version__
from dpi_consult.crash_report import crash_dir
from dpi_consult.form.registry import bundled_form
from dpi_consult.gui.about_dialog import AboutDialog
from dpi_consult.settings import documents_dir, recovery_dir, settings_path


def test_the_about_box_names_version_licence_form_and_folders(qtbot):
    form = bundled_form()
    dialog = AboutDialog(form)
    qtbot.addWidget(dialog)
    text = dialog.label.text()
    assert f"dpi-consult {__version__}" in text and "EUPL-1.2" in text
    assert f"{form.id}, version {form.version}" in text
    for folder in (documents_dir(), recovery_dir(), crash_dir(), settings_path()):
        assert str(folder) in text
