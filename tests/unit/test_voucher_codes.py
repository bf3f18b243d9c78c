"""Voucher codes: random, signed, with a check character; typos and forgeries are told apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.vouchers import (
    ALPHABET,
    CODE_CHARS,
    PAYLOAD_CHARS,
    canonical_code,
    check_voucher_code,
    format_code,
    luhn32_check,
    new_voucher_code,
)

SECRET = b"unit-test-secret-0123456789abcdef"
NOT_GENUINE = "This voucher is not genuine."
TYPO = "The voucher code has a typo. Please check it and try again."
NOT_A_CODE = "This is not a voucher code."

secrets_ = st.binary(min_size=16, max_size=64)
payloads = st.text(alphabet=ALPHABET, min_size=PAYLOAD_CHARS, max_size=PAYLOAD_CHARS)


def test_a_new_code_has_the_documented_shape() -> None:
    code = new_voucher_code(SECRET)
    assert len(code) == CODE_CHARS == 13
    assert set(code) <= set(ALPHABET)
    assert not set(code) & set("ILOU")
    shown = format_code(code)
    assert shown == f"{code[:4]}-{code[4:8]}-{code[8:]}"


@given(secrets_)
def test_round_trip_in_every_form_people_type_it(secret: bytes) -> None:
    code = new_voucher_code(secret)
    for typed in (code, format_code(code), format_code(code).lower(), f"  {code[:6]} {code[6:]} "):
        result = check_voucher_code(typed, secret)
        assert result.ok and result.code == code and result.reason is None


def test_codes_are_not_repeated() -> None:
    codes = {new_voucher_code(SECRET) for _ in range(2000)}
    assert len(codes) == 2000


def test_every_single_changed_character_is_refused() -> None:
    code = new_voucher_code(SECRET)
    for position in range(len(code)):
        for char in ALPHABET:
            if char == code[position]:
                continue
            changed = code[:position] + char + code[position + 1 :]
            result = check_voucher_code(changed, SECRET)
            assert not result.ok and result.code is None
            assert result.reason == TYPO  # the check character catches it before the signature


@given(secrets_, st.integers(0, CODE_CHARS - 1), st.integers(1, len(ALPHABET) - 1))
def test_any_single_substitution_is_a_typo(secret: bytes, position: int, shift: int) -> None:
    code = new_voucher_code(secret)
    replacement = ALPHABET[(ALPHABET.index(code[position]) + shift) % len(ALPHABET)]
    changed = code[:position] + replacement + code[position + 1 :]
    assert check_voucher_code(changed, secret).reason == TYPO


def test_adjacent_swaps_are_caught() -> None:
    code = new_voucher_code(SECRET)
    for position in range(len(code) - 1):
        if code[position] == code[position + 1]:
            continue
        swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
        assert not check_voucher_code(swapped, SECRET).ok


@given(payloads, st.text(alphabet=ALPHABET, min_size=5, max_size=5))
def test_a_forged_code_with_a_valid_check_character_is_not_genuine(
    payload: str, signature: str
) -> None:
    genuine = new_voucher_code(SECRET)
    body = payload + signature
    forged = body + luhn32_check(body)
    if forged == genuine or check_voucher_code(forged, SECRET).ok:
        return  # guessed the 25-bit signature: one chance in 33 million
    assert check_voucher_code(forged, SECRET).reason == NOT_GENUINE


def test_a_code_from_another_shop_is_not_genuine() -> None:
    other = new_voucher_code(b"another-shop-secret-0123456789ab")
    assert check_voucher_code(other, SECRET).reason == NOT_GENUINE
    assert check_voucher_code(other, b"another-shop-secret-0123456789ab").ok


def test_look_alike_letters_are_read_as_digits() -> None:
    assert canonical_code("o0-il-1") == "00111"
    code = "0" * PAYLOAD_CHARS
    body = code + "11111"
    # a code full of 0s and 1s, typed with O, o, I, i, L and l
    full = body + luhn32_check(body)
    typed = "OoOoOoO" + "IiLl1" + full[-1]
    assert canonical_code(typed) == full
    genuine = new_voucher_code(SECRET)
    lookalike = genuine.replace("0", "O").replace("1", "l")
    assert check_voucher_code(lookalike, SECRET).code == genuine


@given(secrets_)
def test_look_alikes_in_any_genuine_code_are_accepted(secret: bytes) -> None:
    code = new_voucher_code(secret)
    typed = code.replace("0", "o").replace("1", "I")
    assert check_voucher_code(typed, secret).code == code


@pytest.mark.parametrize(
    "text", ["", "ABC", "ABCDEFGHJKMNPQ", "ABCDEFGHJKMN!", "UUUUUUUUUUUUU", "2900000000018"]
)
def test_text_that_is_no_code_at_all(text: str) -> None:
    result = check_voucher_code(text, SECRET)
    assert not result.ok
    assert result.reason in (NOT_A_CODE, TYPO)
    if len(canonical_code(text)) != CODE_CHARS:
        assert result.reason == NOT_A_CODE


@given(st.text(max_size=20))
def test_random_text_is_never_accepted_without_the_signature(text: str) -> None:
    result = check_voucher_code(text, SECRET)
    if result.ok:  # only possible if the text happens to be a correctly signed code
        assert result.code is not None and len(result.code) == CODE_CHARS
    else:
        assert result.code is None and result.reason
