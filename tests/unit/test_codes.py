"""Card numbers, phone numbers, voucher codes and money: the pure rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.cards import ean_check_digit, new_card_number, parse_card_number
from kiosk.errors import InvalidInput
from kiosk.money import format_amount, parse_amount
from kiosk.phones import normalise_phone
from kiosk.vouchers import ALPHABET, check_voucher_code, format_code, new_voucher_code

SECRET = b"unit-test-secret-0123456789abcdef"


def test_card_check_digit_refuses_every_single_digit_misread() -> None:
    card = new_card_number("29")
    assert parse_card_number(card, "29") == card
    for position in range(13):
        for digit in "0123456789":
            if digit == card[position]:
                continue
            misread = card[:position] + digit + card[position + 1 :]
            with pytest.raises(InvalidInput):
                parse_card_number(misread, "29")


def test_card_prefix_and_shape() -> None:
    assert ean_check_digit("290000000001") == "8"
    with pytest.raises(InvalidInput, match="does not belong"):
        parse_card_number("4006381333931", "29")
    with pytest.raises(InvalidInput, match="13 digits"):
        parse_card_number("29000", "29")


@pytest.mark.parametrize(
    "typed", ["07700 900123", "+44 7700 900123", "0044 (7700) 900-123", "7700900123"]
)
def test_phone_forms_are_one_number(typed: str) -> None:
    assert normalise_phone(typed, "+44") == "+447700900123"


@pytest.mark.parametrize("bad", ["", "abc", "12", "+44+1234567", "0770 090 0123 4567 89"])
def test_bad_phones_are_refused(bad: str) -> None:
    with pytest.raises(InvalidInput):
        normalise_phone(bad, "+44")


@given(st.text(alphabet="0123456789 +-()", min_size=1, max_size=20))
def test_phone_normalisation_is_idempotent(text: str) -> None:
    try:
        once = normalise_phone(text, "+90")
    except InvalidInput:
        return
    assert normalise_phone(once, "+90") == once


def test_voucher_code_round_trip_and_grouping() -> None:
    code = new_voucher_code(SECRET)
    assert len(code) == 13 and set(code) <= set(ALPHABET)
    shown = format_code(code)
    assert check_voucher_code(shown.lower(), SECRET).code == code


def test_voucher_single_character_change_is_refused() -> None:
    code = new_voucher_code(SECRET)
    for position in range(len(code)):
        for char in ALPHABET:
            if char == code[position]:
                continue
            changed = code[:position] + char + code[position + 1 :]
            assert not check_voucher_code(changed, SECRET).ok


def test_forged_code_with_valid_check_character_is_not_genuine() -> None:
    forged = new_voucher_code(b"another-shop-secret-0123456789ab")
    result = check_voucher_code(forged, SECRET)
    assert result.reason == "This voucher is not genuine."


def test_look_alike_letters_are_accepted() -> None:
    code = new_voucher_code(SECRET)
    typed = code.replace("0", "O").replace("1", "I")
    assert check_voucher_code(typed, SECRET).code == code


@given(st.integers(0, 10**9))
def test_money_round_trip(minor: int) -> None:
    text = format_amount(minor).replace(",", "")
    assert parse_amount(text) == minor


@pytest.mark.parametrize("bad", ["", "1.234", "-5", "1e3", "12.5.0", "£3"])
def test_money_refuses_ambiguous_amounts(bad: str) -> None:
    with pytest.raises(InvalidInput):
        parse_amount(bad)


def test_money_accepts_comma_and_whole_units() -> None:
    assert parse_amount("12,5") == 1250 and parse_amount("7") == 700
    assert format_amount(123456, symbol="£") == "£1,234.56"
