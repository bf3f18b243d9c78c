"""Money as integer minor units: typed amounts in, formatted amounts out, never a float."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk import formatting
from kiosk.config import Config, StoreConfig, UiConfig
from kiosk.errors import InvalidInput
from kiosk.money import format_amount, parse_amount


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("12.34", 1234),
        ("12,34", 1234),
        ("12.5", 1250),
        ("12,5", 1250),
        ("7", 700),
        (" 0.01 ", 1),
        ("0", 0),
        ("999999999.99", 99_999_999_999),
    ],
)
def test_parse_two_decimals(text: str, minor: int) -> None:
    value = parse_amount(text)
    assert value == minor and type(value) is int


def test_parse_other_minor_digits() -> None:
    assert parse_amount("1500", minor_digits=0) == 1500
    assert parse_amount("1.234", minor_digits=3) == 1234
    assert parse_amount("1.2", minor_digits=3) == 1200
    with pytest.raises(InvalidInput, match="more than 0 decimal places"):
        parse_amount("15.5", minor_digits=0)


@pytest.mark.parametrize(
    "bad",
    ["", " ", "1.234", "1,234.56", "-5", "+5", "1e3", "12.5.0", "£3", "3 £", "1 000", "abc", ".5"],
)
def test_ambiguous_or_malformed_amounts_are_refused(bad: str) -> None:
    with pytest.raises(InvalidInput):
        parse_amount(bad)


def test_format() -> None:
    assert format_amount(123456, symbol="£") == "£1,234.56"
    assert format_amount(5) == "0.05"
    assert format_amount(0, symbol="£") == "£0.00"
    assert format_amount(-1250, symbol="£") == "-£12.50"
    assert format_amount(1500, minor_digits=0, symbol="₺") == "₺1,500"
    assert format_amount(1234, minor_digits=3) == "1.234"


@given(st.integers(0, 10**9 - 1), st.integers(0, 999), st.sampled_from([0, 2, 3]))
def test_format_then_parse_is_the_same_amount(whole: int, fraction: int, digits: int) -> None:
    minor = whole * 10**digits + fraction % 10**digits
    text = format_amount(minor, minor_digits=digits).replace(",", "")
    assert parse_amount(text, minor_digits=digits) == minor


@given(st.integers(0, 10**9 - 1), st.integers(0, 99))
def test_dot_and_comma_mean_the_same(whole: int, cents: int) -> None:
    assert parse_amount(f"{whole}.{cents:02d}") == parse_amount(f"{whole},{cents:02d}")
    assert parse_amount(f"{whole}.{cents:02d}") == whole * 100 + cents


@pytest.mark.parametrize(
    ("language", "currency", "expected"),
    [
        ("en", "GBP", "£1,234.56"),
        ("tr", "TRY", "₺1.234,56"),
        ("ru", "RUB", "1\u00a0234,56\u00a0₽"),
    ],
)
def test_money_is_written_the_shops_languages_way(
    language: str, currency: str, expected: str
) -> None:
    assert formatting.money(123456, currency, 2, language) == expected


def test_shop_money_follows_the_configuration() -> None:
    config = Config(store=StoreConfig(currency="TRY"), ui=UiConfig(language="tr"))
    assert formatting.shop_money(config, -123456) == "-₺1.234,56"
    assert formatting.shop_money(Config(), 5) == "£0.05"
