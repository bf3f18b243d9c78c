"""Card numbers (EAN-13 check digit, programme prefix) and phone numbers (one normal form)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.cards import (
    ean_check_digit,
    is_card_shaped,
    mask_card_number,
    new_card_number,
    parse_card_number,
)
from kiosk.errors import InvalidInput
from kiosk.phones import mask_phone, normalise_phone, region_for

# Real EAN-13 numbers with known check digits.
KNOWN = ["4006381333931", "5901234123457", "9780306406157", "2900000000018"]


@pytest.mark.parametrize("number", KNOWN)
def test_check_digit_of_known_numbers(number: str) -> None:
    assert ean_check_digit(number[:12]) == number[12]


def test_a_valid_card_is_accepted_with_spaces_and_dashes() -> None:
    assert parse_card_number("2900000000018", "29") == "2900000000018"
    assert parse_card_number(" 29 0000 0000 018 ", "29") == "2900000000018"
    assert parse_card_number("2900-0000-00018", "29") == "2900000000018"
    assert is_card_shaped("29 0000 0000 018") and not is_card_shaped("07700900123")


@given(st.sampled_from(["29", "2", "299", "123456"]))
def test_new_cards_are_valid_and_carry_the_prefix(prefix: str) -> None:
    card = new_card_number(prefix)
    assert len(card) == 13 and card.isdigit() and card.startswith(prefix)
    assert parse_card_number(card, prefix) == card


def test_every_single_digit_misread_is_refused() -> None:
    card = "2912345678906"
    assert parse_card_number(card, "29") == card
    refused = 0
    for position in range(2, 13):  # past the prefix, which fails for its own reason
        for digit in "0123456789":
            if digit == card[position]:
                continue
            misread = card[:position] + digit + card[position + 1 :]
            with pytest.raises(InvalidInput, match="did not read correctly"):
                parse_card_number(misread, "29")
            refused += 1
    assert refused == 11 * 9


@given(st.integers(0, 10**10 - 1), st.integers(0, 12), st.integers(1, 9))
def test_any_single_digit_change_of_any_card_is_refused(body: int, position: int, shift: int):
    card = "29" + f"{body:010d}"
    card += ean_check_digit(card)
    changed = card[:position] + str((int(card[position]) + shift) % 10) + card[position + 1 :]
    with pytest.raises(InvalidInput):
        parse_card_number(changed, "29")


def test_a_card_of_another_programme_is_refused() -> None:
    with pytest.raises(InvalidInput, match="does not belong to this loyalty programme"):
        parse_card_number("4006381333931", "29")  # valid EAN-13, wrong prefix


@pytest.mark.parametrize(
    "bad", ["", "29000", "29000000000189", "29000000O0018", "2900000000.18", "29000000000²8"]
)
def test_wrong_shapes_are_refused(bad: str) -> None:
    with pytest.raises(InvalidInput, match="13 digits"):
        parse_card_number(bad, "29")


@given(st.text(max_size=20))
def test_any_text_is_a_valid_card_or_refused(text: str) -> None:
    try:
        number = parse_card_number(text, "29")
    except InvalidInput:
        return
    assert re.fullmatch(r"29[0-9]{11}", number)
    assert ean_check_digit(number[:12]) == number[12]


def test_masks_show_only_the_end() -> None:
    assert mask_card_number("2900000000018") == "•••• 0018"
    assert mask_phone("+447700900123") == "••••••••••123"


# --- phones -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "+44 7700 900123",
        "+447700900123",
        "07700 900123",
        "07700-900-123",
        "(07700) 900 123",
        "0044 7700 900123",
        "00447700900123",
        "7700900123",
    ],
)
def test_plus44_zero_and_double_zero_forms_are_one_number(typed: str) -> None:
    assert normalise_phone(typed, "+44") == "+447700900123"


def test_the_shops_country_code_is_used_for_national_numbers() -> None:
    assert normalise_phone("0532 123 45 67", "+90") == "+905321234567"
    assert normalise_phone("+44 7700 900123", "+90") == "+447700900123"


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "   ",
        "abc",
        "12",
        "+44",
        "+44+1234567",
        "0770 090 0123 4567 89",
        "07700 900123 ext 5",
        "07700/900123",
        "0770090012#",
        "07700 ²00123",
        "٠٧٧٠٠٩٠٠١٢٣",
    ],
)
def test_garbage_is_refused(bad: str) -> None:
    with pytest.raises(InvalidInput):
        normalise_phone(bad, "+44")


@given(st.text(max_size=24), st.sampled_from(["+44", "+90", "+7", "+1"]))
def test_normal_form_is_plus_and_ascii_digits_and_idempotent(text: str, country: str) -> None:
    try:
        once = normalise_phone(text, country)
    except InvalidInput:
        return
    assert re.fullmatch(r"\+[0-9]{7,15}", once)
    assert normalise_phone(once, country) == once


@given(st.from_regex(r"7[0-9]{9}", fullmatch=True))
def test_every_way_of_typing_a_number_gives_the_same_member(national: str) -> None:
    forms = [
        f"0{national}",
        f"+44{national}",
        f"0044{national}",
        f"+44 {national[:4]} {national[4:]}",
    ]
    assert {normalise_phone(form, "+44") for form in forms} == {f"+44{national}"}


@pytest.mark.parametrize(
    ("typed", "country", "expected"),
    [
        ("8 (916) 123-45-67", "+7", "+79161234567"),
        ("8 916 123 45 67", "+7", "+79161234567"),
        ("+7 916 123-45-67", "+7", "+79161234567"),
        ("+44 (0) 7700 900001", "+44", "+447700900001"),
        ("+44 (0)7700 900001", "+90", "+447700900001"),
        ("0 (532) 123 45 67", "+90", "+905321234567"),
    ],
)
def test_national_prefixes_are_read_as_the_shops_country_writes_them(
    typed: str, country: str, expected: str
) -> None:
    assert normalise_phone(typed, country) == expected


def test_uk_drama_numbers_stay_possible() -> None:
    # 07700 900xxx are reserved for fiction: possible, though no network serves them
    assert normalise_phone("07700 900001", "+44") == "+447700900001"
    assert normalise_phone("07700 900999", "+44") == "+447700900999"


@pytest.mark.parametrize(("code", "region"), [("+44", "GB"), ("+7", "RU"), ("+90", "TR")])
def test_the_region_comes_from_the_calling_code(code: str, region: str) -> None:
    assert region_for(code) == region
