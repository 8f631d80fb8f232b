"""The French interface: the committed catalogue is complete, current, and loaded at start."""

from __future__ import annotations

import importlib.util
import re
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
    """Sources still to translate; a plural (numerus) entry needs every one of its forms."""
    left = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(form.strip() for form in forms):
            left.append(message.findtext("source"))
    return left


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


def test_compiled_qt_overrides_are_current(tmp_path: Path):
    script = build_script()
    fresh = tmp_path / "qt.qm"
    script.release("fr", script.qt_overrides_ts("fr"), fresh)
    assert fresh.read_bytes() == script.qt_overrides_qm("fr").read_bytes(), \
        "stale .qm: run python scripts/build_translations.py"


@pytest.fixture
def french(qapp: QApplication):
    translators = install_translations(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translations(qapp, "en")


def access_keys(texts: list[str]) -> list[str]:
    """The letter after each text's "&" (Alt+letter), for the texts that have one."""
    return [text[text.index("&") + 1].lower() for text in texts if "&" in text.replace("&&", "")]


def test_the_window_speaks_french(french, make_window):
    assert QCoreApplication.translate("WindowMenus", "&File") == "&Fichier"  # the menus (gui/window_menus.py)
    window = make_window()
    menus = [action.text() for action in window.menuBar().actions()]
    # Aide takes its d, as in French office suites: Alt+A is Affichage's.
    assert menus == ["&Fichier", "&Édition", "&Affichage", "&Contributions", "Ai&de"]
    assert len(set(access_keys(menus))) == len(menus), "two menus share an access key"
    edit = [action.text() for action in window.menuBar().actions()[1].menu().actions() if action.text()]
    assert edit == ["&Annuler", "&Rétablir", "Co&uper", "&Copier", "C&oller", "Rec&hercher dans les réponses…"]
    for menu in window.menuBar().actions():
        entries = [action.text() for action in menu.menu().actions() if action.text()]
        keys = access_keys(entries)
        assert len(set(keys)) == len(keys), f"two entries of {menu.text()} share an access key: {entries}"
    assert window.windowTitle().startswith("Contribution sans titre")
    window.navigator.select_section("fiche-06")
    page = window.page("fiche-06")
    assert page.status_box.itemText(0) == "brouillon"
    assert "brouillon" in window.navigator.item(6).text()


# English words Qt's standard dialogs and buttons show when a translation is missing.
ENGLISH = re.compile(r"\b(Look|Files|Save|Open|Cancel|Discard|Don't|Yes|No|Close|Apply|Reset|Help|Abort|"
                     r"Retry|Ignore|Name|Size|Date|Modified|Back|Forward|Parent|Create|Folder|List|Detail|All)\b")


def visible_texts(widget) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTreeView

    texts = [label.text() for label in widget.findChildren(QLabel)]
    for button in widget.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for view in widget.findChildren(QTreeView):
        model, header = view.model(), view.header()
        texts += [str(model.headerData(column, header.orientation())) for column in range(model.columnCount())]
    return [text for text in texts if text]


@pytest.mark.parametrize("accept", ["open", "save"])
def test_qts_own_file_dialog_speaks_french(french, qtbot, tmp_path: Path, accept: str):
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "Ouvrir un brouillon", str(tmp_path), "Brouillons dpi-consult (*.dpic)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if accept == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = visible_texts(dialog)
    assert "&Voir dans\u00a0:" in texts and "Fichiers de &type\u00a0:" in texts
    assert [text for text in texts if ENGLISH.search(text.replace("&", ""))] == []


def test_every_standard_button_speaks_french_and_discard_says_ne_pas_enregistrer(french, qtbot):
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    qtbot.addWidget(box)
    standard = QMessageBox.StandardButton
    buttons = [standard.Ok, standard.Save, standard.SaveAll, standard.Open, standard.Yes, standard.YesToAll,
               standard.No, standard.NoToAll, standard.Abort, standard.Retry, standard.Ignore, standard.Close,
               standard.Cancel, standard.Discard, standard.Help, standard.Apply, standard.Reset,
               standard.RestoreDefaults]
    texts = {button.name: box.addButton(button).text() for button in buttons}
    assert texts["Discard"] == "Ne pas enregistrer" and texts["Save"] == "Enregistrer"
    assert [text for text in texts.values() if ENGLISH.search(text.replace("&", ""))] == []


def test_counts_agree_with_their_noun_in_french(french):
    def tr(context: str, text: str, count: int) -> str:
        return QCoreApplication.translate(context, text, "", count)

    assert [tr("ImportReportDialog", "%n file(s)", n) for n in (0, 1, 2)] == ["0 fichier", "1 fichier", "2 fichiers"]
    assert tr("ImportReportDialog", "%n duplicate(s)", 3) == "3 doublons"
    assert tr("KitActions", "%n kit(s) written in %1. Save the collective draft: it keeps the kit settings and the "
              "list of expected members.", 1).startswith("1 kit écrit dans %1.")


def test_strings_are_translated_in_the_context_they_are_looked_up_in():
    """lupdate files `x.tr("…")` under the variable's name, while Qt looks it up under x's class: only
    self.tr and QCoreApplication.translate keep the two in step."""
    misplaced = [f"{path.name}:{number}" for path in sorted((ROOT / "dpi_consult" / "gui").glob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if re.search(r"\b(?!self\b)\w+\.tr\(", line)]
    assert misplaced == []
