"""The interface language: chosen once at start-up, before any widget exists.

Every visible string goes through Qt's translation (``self.tr`` in a QObject, else
``QCoreApplication.translate("Context", …)`` where it is shown). English is the source
language and needs no catalogue; Korean is ``resources/translations/briefing_desk_ko.qm``
(compiled from the ``.ts`` beside it by ``scripts/update_translations.py``), with Qt's own
``qtbase_ko.qm`` for the standard buttons and dialogs (OK, Cancel, Yes, No, the file dialog).

Which language: ``BRIEFING_DESK_LANG=ko|en`` when set (tests, screenshots), else the
``ui/language`` setting written by Preferences — ``"system"`` (the default) follows the
system locale: Korean on a Korean system, English anywhere else.

English plurals ("1 session", "2 sessions") are picked in the code with two messages;
Korean has one form, so the catalogue needs no numerus entries.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop_app.paths import resources_dir

LANGUAGE_KEY = "ui/language"  # written by the Preferences dialog
LANGUAGE_ENV = "BRIEFING_DESK_LANG"
SYSTEM, ENGLISH, KOREAN = "system", "en", "ko"
CHOICES = (SYSTEM, ENGLISH, KOREAN)
CATALOG = "briefing_desk"  # resources/translations/briefing_desk_<language>.qm
QT_CATALOGS = ("qtbase",)  # Qt's own strings: standard buttons, the file and message boxes

_current = ENGLISH
_installed: list[QTranslator] = []  # kept referenced: a collected QTranslator stops translating


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` without translating it yet (Qt's own is typed ``object``).

    Used where a text is declared before the language is known (tables of labels): the place that
    shows it calls ``QCoreApplication.translate(context, source)``.
    """
    return source


def translations_dir() -> Path:
    """``resources/translations``: beside the package, or inside the PyInstaller bundle."""
    return resources_dir() / "translations"


def catalog_path(language: str) -> Path:
    return translations_dir() / f"{CATALOG}_{language}.qm"


def qt_translations_dir() -> Path:
    """Where Qt keeps its own catalogues (``qtbase_ko.qm``): where Qt says, else inside the PySide6
    package (where the PyInstaller bundle keeps them, ``build_spec.KEPT_TRANSLATIONS``)."""
    said = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (said / "qtbase_ko.qm").is_file():
        return said
    import PySide6

    packaged = Path(PySide6.__file__).parent / "Qt" / "translations"
    return packaged if packaged.is_dir() else said


def chosen_language(settings: QSettings) -> str:
    """ "system", "en" or "ko" as the settings say; anything else is "system"."""
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in CHOICES else SYSTEM


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show, "en" or "ko": "system" is Korean on a Korean system, English elsewhere."""
    if choice in (ENGLISH, KOREAN):
        return choice
    locale = system if system is not None else QLocale.system()
    return KOREAN if locale.language() == QLocale.Language.Korean else ENGLISH


def startup_language(
    settings: QSettings, environ: Mapping[str, str] | None = None, system: QLocale | None = None
) -> str:
    """``BRIEFING_DESK_LANG`` when it names a language, else the setting; resolved to "en" or "ko"."""
    forced = (os.environ if environ is None else environ).get(LANGUAGE_ENV, "").strip().lower()
    choice = forced if forced in CHOICES else chosen_language(settings)
    return resolve(choice, system)


def current_language() -> str:
    """The language installed ("en" until ``install_language`` says otherwise)."""
    return _current


def is_korean() -> bool:
    return _current == KOREAN


def ui_locale() -> QLocale:
    """The locale matching the interface language: dates and numbers are written in it."""
    if _current == KOREAN:
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _load(translator: QTranslator, name: str, folder: Path) -> bool:
    return folder.is_dir() and translator.load(name, str(folder))


def install_language(app: QCoreApplication, language: str) -> list[str]:
    """Make ``language`` ("en" or "ko") the interface's; returns the catalogues loaded.

    Call it before any widget is created: a widget takes its texts when it is built. Called
    again it replaces what it installed before (the tests switch languages this way).
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = KOREAN if language == KOREAN else ENGLISH
    loaded: list[str] = []
    if _current == KOREAN:
        wanted = [(f"{name}_{KOREAN}", qt_translations_dir()) for name in QT_CATALOGS]
        wanted.append((f"{CATALOG}_{KOREAN}", translations_dir()))
        for name, folder in wanted:
            translator = QTranslator(app)
            if _load(translator, name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(name)
        QLocale.setDefault(ui_locale())
    else:
        system = QLocale.system()
        # A system in another language with an English interface writes dates in English too;
        # an English (or plain C) system keeps its own conventions.
        keep = system.language() in (QLocale.Language.English, QLocale.Language.C)
        QLocale.setDefault(system if keep else ui_locale())
    return loaded


def install_from_settings(app: QCoreApplication, settings: QSettings | None = None) -> str:
    """The start-up hook: pick the language (environment, then settings) and install it."""
    language = startup_language(settings if settings is not None else QSettings())
    install_language(app, language)
    return language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` for module-level code: ``translate("Dialogs", "Open database")``.

    ``pyside6-lupdate`` finds these calls by name; the context and the text must be literals.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)
