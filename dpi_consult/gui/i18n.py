"""Loading the interface translation (French by default) and Qt's own, through Qt's system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dpi_consult.resources import resource

APP_CATALOGUE = "dpi_consult"


def catalogue_path(language: str) -> str:
    return str(resource("translations", f"{APP_CATALOGUE}_{language}.qm"))


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's catalogues for `language`; English is the source text and needs none."""
    locale = QLocale(QLocale.Language.French, QLocale.Country.France) if language == "fr" else QLocale(
        QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_translator = QTranslator(app)
    # Qt's own strings: standard buttons (Enregistrer, Annuler), file dialogs, context menus.
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    # Installed after Qt's, so consulted first: what Qt's catalogue lacks ("&Look in:") or words otherwise
    # than a French desktop does ("Ne pas enregistrer" where Qt says "Ne pas tenir compte").
    overrides = QTranslator(app)
    if not overrides.load(str(resource("translations", f"qt_overrides_{language}.qm"))):
        raise FileNotFoundError(resource("translations", f"qt_overrides_{language}.qm"))
    app.installTranslator(overrides)
    installed.append(overrides)
    app_translator = QTranslator(app)
    if not app_translator.load(catalogue_path(language)):
        raise FileNotFoundError(catalogue_path(language))
    app.installTranslator(app_translator)
    installed.append(app_translator)
    return installed
