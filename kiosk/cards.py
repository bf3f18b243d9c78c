"""Loyalty card numbers: EAN-13 in the in-store range, so a misread is refused before any lookup."""

from __future__ import annotations

import hashlib
import secrets

from kiosk.errors import InvalidInput

CARD_LENGTH = 13
DIGITS = frozenset("0123456789")


def ean_check_digit(body: str) -> str:
    """Return the GS1 check digit for a string of 12 digits."""
    total = 0
    for position, char in enumerate(reversed(body)):
        weight = 3 if position % 2 == 0 else 1
        total += int(char) * weight
    return str((10 - total % 10) % 10)


def is_card_shaped(text: str) -> bool:
    """Tell whether the text looks like a card number (digits only, the right length)."""
    digits = text.replace(" ", "")
    return len(digits) == CARD_LENGTH and set(digits) <= DIGITS


def parse_card_number(text: str, prefix: str) -> str:
    """Return the canonical card number or raise InvalidInput explaining what is wrong."""
    digits = text.strip().replace(" ", "").replace("-", "")
    if len(digits) != CARD_LENGTH or not set(digits) <= DIGITS:
        raise InvalidInput(
            "This is not a loyalty card number (13 digits expected).", reason="card_invalid"
        )
    if not digits.startswith(prefix):
        raise InvalidInput(
            "This card does not belong to this loyalty programme.", reason="card_invalid"
        )
    if ean_check_digit(digits[:-1]) != digits[-1]:
        raise InvalidInput(
            "The card did not read correctly. Please scan it again.", reason="card_check_digit"
        )
    return digits


def new_card_number(prefix: str) -> str:
    """Create a random, valid card number with the programme prefix."""
    body_length = CARD_LENGTH - 1 - len(prefix)
    body = prefix + "".join(secrets.choice("0123456789") for _ in range(body_length))
    return body + ean_check_digit(body)


def card_number_for_key(key: str, prefix: str) -> str:
    """The card number a request key stands for: the same key always gives the same card, so a
    retried enrolment meets its own card instead of making a second member."""
    body_length = CARD_LENGTH - 1 - len(prefix)
    digest = int.from_bytes(hashlib.sha256(f"enrol|{key}".encode()).digest(), "big")
    body = prefix + str(digest % 10**body_length).zfill(body_length)
    return body + ean_check_digit(body)


def mask_card_number(number: str) -> str:
    """Show only the last four digits of a card number."""
    return "•••• " + number[-4:]
