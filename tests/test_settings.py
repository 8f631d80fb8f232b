"""Preferences and folders: redirected in tests, saved atomically, tolerant of a damaged file."""

from __future__ import annotations

import json

from dpi_consult.settings import Settings, data_dir, load_settings, recovery_dir, save_settings, settings_path


def test_folders_are_redirected_for_tests(isolated_home):
    assert str(settings_path()).startswith(str(isolated_home))
    assert recovery_dir().parent == data_dir()


def test_settings_round_trip():
    settings = Settings(user_name="Dr Martin (DIM)", language="en", autosave_file=True, font_size=14)
    save_settings(settings)
    assert load_settings() == settings


def test_damaged_settings_fall_back_to_defaults():
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()
    path.write_text(json.dumps({"user_name": 3, "font_size": True, "language": "de", "spellcheck": False}),
                    encoding="utf-8")
    settings = load_settings()
    assert settings.user_name == "" and settings.font_size == 11 and settings.language == "fr"
    assert settings.spellcheck is False

