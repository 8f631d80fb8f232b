"""The French interface: the committed catalogue is complete, current, and loaded at start."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from dpi_consult.gui.i18n import install_translations

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "dpi_consult_fr.ts"
QM = ROOT / "resources" / "translations" / "dpi_consult_fr.qm"


def build_script():
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unfinished(ts: Path) -> list[str]:
    messages = ET.parse(ts).getroot().iter("message")
    return [m.findtext("source") for m in messages
            if m.find("translation").get("type") == "unfinished" or not (m.findtext("translation") or "").strip()]


def test_catalogue_has_no_unfinished_entries():
    assert QM.is_file(), "run: python scripts/build_translations.py"
    assert unfinished(TS) == []


def test_every_interface_string_is_in_the_catalogue(tmp_path: Path):
    copy = tmp_path / "fr.ts"
    shutil.copy(TS, copy)
    build_script().update("fr", copy)
    assert unfinished(copy) == [], "new strings: run scripts/build_translations.py --update and translate them"


def test_compiled_catalogue_is_current(tmp_path: Path):
    fresh = tmp_path / "fr.qm"
    build_script().release("fr", TS, fresh)
    assert fresh.read_bytes() == QM.read_bytes(), "stale .qm: run python scripts/build_translations.py"


@pytest.fixture
def french(qapp: QApplication):
    translators = install_translations(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translations(qapp, "en")


def test_the_window_speaks_french(french, make_window):
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    window = make_window()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Édition", "&Affichage", "&Contributions", "&Aide"]
    assert window.windowTitle().startswith("Contribution sans titre")
    window.navigator.select_section("fiche-06")
    page = window.page("fiche-06")
    assert page.status_box.itemText(0) == "brouillon"
    assert "brouillon" in window.navigator.item(6).text()
