"""The language switcher loads each translation once and swaps it in without growing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

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
