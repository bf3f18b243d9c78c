"""The language switcher loads each translation once and swaps it in without growing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

from ui.i18n import LanguageSwitcher

pytestmark = pytest.mark.gui


def test_switching_back_and_forth_reuses_one_translator_per_language(qapp: QApplication) -> None:
    switcher = LanguageSwitcher(qapp)
    try:
        seen: dict[str, set[int]] = {"en": set(), "tr": set(), "ru": set()}
        for _ in range(20):
            for language in ("tr", "en", "ru"):
                assert switcher.switch(language)
                seen[language].add(id(switcher._installed))
                assert switcher.language == language
        assert all(len(ids) == 1 for ids in seen.values())
        assert len(qapp.findChildren(type(switcher._installed))) == 0  # none parented to the app
        switcher.switch("tr")
        assert QCoreApplication.translate("MemberScreen", "Done") == "Bitti"
        switcher.switch("en")
        assert QCoreApplication.translate("MemberScreen", "Done") == "Done"
    finally:
        switcher.remove()
    assert switcher._installed is None


def test_a_language_without_translation_falls_back_to_english(qapp: QApplication) -> None:
    switcher = LanguageSwitcher(qapp)
    try:
        assert not switcher.switch("xx")
        assert switcher.language == "en"
        assert switcher.switch("tr")
    finally:
        switcher.remove()


class Counter(QObject):
    """An application event filter that counts the LanguageChange events it sees."""

    def __init__(self) -> None:
        super().__init__()
        self.language_changes = 0
        self.other = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changes += 1
        else:
            self.other += 1
        return False


def test_a_quiet_filter_misses_the_switch_but_stays_installed(qapp: QApplication) -> None:
    widgets = [QLabel("x") for _ in range(5)]
    for widget in widgets:
        widget.show()
    loud, quiet = Counter(), Counter()
    qapp.installEventFilter(loud)
    qapp.installEventFilter(quiet)
    switcher = LanguageSwitcher(qapp)
    switcher.quiet_during_switch(quiet)
    try:
        switcher.switch("tr")
        assert loud.language_changes >= len(widgets)
        assert quiet.language_changes == 0
        before = quiet.other
        widgets[0].setText("y")
        widgets[0].repaint()
        QCoreApplication.processEvents()
        assert quiet.other > before  # still filtering everything else
    finally:
        switcher.remove()
        qapp.removeEventFilter(loud)
        qapp.removeEventFilter(quiet)
        for widget in widgets:
            widget.close()
