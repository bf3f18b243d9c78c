"""Switches the screen's language at run time with Qt translators built from assets/translations."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

log = logging.getLogger("kiosk.ui")

TRANSLATIONS = Path(__file__).resolve().parent.parent / "assets" / "translations"
SOURCE_LANGUAGE = "en"
NATIVE_NAMES = {"en": "English", "tr": "Türkçe", "ru": "Русский"}
LOCALES = {"en": "en_GB", "tr": "tr_TR", "ru": "ru_RU"}


def qm_path(language: str) -> Path:
    """The compiled translation file for a language."""
    return TRANSLATIONS / f"kiosk_{language}.qm"


class LanguageSwitcher:
    """Installs one translator at a time; Qt then sends every widget a LanguageChange event."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = SOURCE_LANGUAGE
        self._translator: QTranslator | None = None

    def switch(self, language: str) -> bool:
        """Show the screen in this language; False (and English) when there is no translation."""
        if language == self.language and self._translator is not None:
            return True
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        self.language = language
        QLocale.setDefault(QLocale(LOCALES.get(language, "en_GB")))
        translator = QTranslator(self.app)
        if not translator.load(str(qm_path(language))):
            log.error("No translation for %r at %s", language, qm_path(language))
            self.language = SOURCE_LANGUAGE
            return language == SOURCE_LANGUAGE
        self.app.installTranslator(translator)
        self._translator = translator
        # apply now, so whatever the caller shows next is already in the new language
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return True


    def remove(self) -> None:
        """Take this switcher's translator out of the application (the kiosk is shutting down)."""
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        self.language = SOURCE_LANGUAGE


def locale_for(language: str) -> QLocale:
    """The QLocale numbers and dates are shown in for a language."""
    return QLocale(LOCALES.get(language, "en_GB"))
