"""The demo catalogue writes pounds the way each language writes them, as the screens do."""

from __future__ import annotations

from kiosk.demo_data import TRANSLATIONS
from kiosk.formatting import money


def _pounds(whole: int, language: str) -> str:
    return money(whole, "GBP", 0, language)  # the screens' pattern, for whole pounds


def test_turkish_money_off_texts_put_the_pound_sign_where_turkish_does() -> None:
    for name, off, least in (("£5 off your shop", 5, 20), ("£10 off your shop", 10, 40)):
        words = TRANSLATIONS[name]["tr"]
        assert _pounds(off, "tr") in words["name"] and f"{off} £" not in words["name"]
        assert _pounds(least, "tr") in words["description"]
        assert f"{least} £" not in words["description"]


def test_russian_money_off_texts_name_pounds_in_words_a_receipt_can_print() -> None:
    for name, off in (("£5 off your shop", 5), ("£10 off your shop", 10)):
        words = TRANSLATIONS[name]["ru"]
        assert f"{off} фунтов" in words["name"] and "£" not in words["name"] + words["description"]
