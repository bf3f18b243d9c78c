"""Phone numbers: one normal form (+ and digits) so a member is found however it was typed."""

from __future__ import annotations

from kiosk.errors import InvalidInput

MIN_DIGITS = 7
MAX_DIGITS = 15
DIGITS = "0123456789"


def normalise_phone(text: str, country_code: str) -> str:
    """Return the phone number as '+' followed by digits, using the shop's country code."""
    raw = text.strip()
    kept = "".join(ch for ch in raw if ch in DIGITS or ch == "+")
    if not kept or "+" in kept[1:]:
        raise InvalidInput("This is not a phone number.", reason="phone_invalid")
    dropped = [ch for ch in raw if not (ch in DIGITS or ch in "+ -().")]
    if dropped:
        raise InvalidInput(
            "A phone number may contain only digits, spaces and + - ( ).", reason="phone_invalid"
        )
    country_digits = country_code.lstrip("+")
    if kept.startswith("+"):
        digits = kept[1:]
    elif kept.startswith("00"):
        digits = kept[2:]
    elif kept.startswith("0"):
        digits = country_digits + kept[1:]
    else:
        digits = country_digits + kept
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        raise InvalidInput("A phone number has between 7 and 15 digits.", reason="phone_invalid")
    return "+" + digits


def mask_phone(phone: str) -> str:
    """Show only the last three digits of a phone number."""
    return "•" * max(len(phone) - 3, 0) + phone[-3:]
