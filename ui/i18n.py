"""Switches the screen's language at run time with Qt translators built from assets/translations."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator

log = logging.getLogger("kiosk.ui")

TRANSLATIONS = Path(__file__).resolve().parent.parent / "assets" / "translations"
SOURCE_LANGUAGE = "en"
NATIVE_NAMES = {"en": "English", "tr": "Türkçe", "ru": "Русский"}
LOCALES = {"en": "en_GB", "tr": "tr_TR", "ru": "ru_RU"}


def qm_path(language: str) -> Path:
    """The compiled translation file for a language."""
    return TRANSLATIONS / f"kiosk_{language}.qm"


class LanguageSwitcher:
    """Installs one translator at a time; Qt then sends every widget a LanguageChange event.

    Each language's translator is loaded once and kept, so switching back and forth between
    customers' languages costs one swap and no memory.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = SOURCE_LANGUAGE
        self._installed: QTranslator | None = None
        self._loaded: dict[str, QTranslator | None] = {}
        self._quiet: list[QObject] = []

    def quiet_during_switch(self, event_filter: QObject) -> None:
        """An application event filter that need not see the LanguageChange sent to every
        widget: it is taken out of the application while a switch is delivered (a Python
        filter would otherwise be called once per widget)."""
        self._quiet.append(event_filter)

    @contextmanager
    def _filters_out(self) -> Iterator[None]:
        for event_filter in self._quiet:
            self.app.removeEventFilter(event_filter)
        try:
            yield
        finally:
            for event_filter in reversed(self._quiet):
                self.app.installEventFilter(event_filter)

    def _translator(self, language: str) -> QTranslator | None:
        """The loaded translator for a language (None when there is no translation file)."""
        if language not in self._loaded:
            translator = QTranslator()
            if translator.load(str(qm_path(language))):
                self._loaded[language] = translator
            else:
                log.error("No translation for %r at %s", language, qm_path(language))
                self._loaded[language] = None
        return self._loaded[language]

    def switch(self, language: str) -> bool:
        """Show the screen in this language; False (and English) when there is no translation."""
        if language == self.language and self._installed is not None:
            return True
        translator = self._translator(language)
        found = translator is not None
        if translator is None:
            language = SOURCE_LANGUAGE
            translator = self._translator(SOURCE_LANGUAGE)
        self.language = language
        QLocale.setDefault(QLocale(LOCALES.get(language, "en_GB")))
        if translator is not self._installed:
            with self._filters_out():
                # both calls post a LanguageChange to each top-level window; Qt merges the two
                if self._installed is not None:
                    self.app.removeTranslator(self._installed)
                self._installed = translator
                if translator is not None:
                    self.app.installTranslator(translator)
                # apply now, so whatever the caller shows next is already in the new language
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return found

    def remove(self) -> None:
        """Take this switcher's translator out of the application (the kiosk is shutting down)."""
        if self._installed is not None:
            self.app.removeTranslator(self._installed)
            self._installed = None
        self._loaded.clear()
        self._quiet.clear()
        self.language = SOURCE_LANGUAGE


def locale_for(language: str) -> QLocale:
    """The QLocale numbers and dates are shown in for a language."""
    return QLocale(LOCALES.get(language, "en_GB"))
