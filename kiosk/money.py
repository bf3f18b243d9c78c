"""Money as integer minor units: parsing typed amounts (and the old English-only format)."""

from __future__ import annotations

import re

from kiosk.errors import InvalidInput

_AMOUNT = re.compile(r"^(\d{1,9})(?:[.,](\d{1,3}))?$")


def parse_amount(text: str, minor_digits: int = 2) -> int:
    """Parse '12.34' or '12,34' into minor units (1234); refuse anything ambiguous."""
    match = _AMOUNT.match(text.strip())
    if not match:
        raise InvalidInput(
            f"'{text}' is not an amount (for example 12.50).", reason="amount_invalid"
        )
    whole, fraction = match.group(1), match.group(2) or ""
    if len(fraction) > minor_digits:
        raise InvalidInput(
            f"'{text}' has more than {minor_digits} decimal places.", reason="amount_invalid"
        )
    return int(whole) * 10**minor_digits + int(fraction.ljust(minor_digits, "0") or 0)


def format_amount(minor: int, minor_digits: int = 2, symbol: str = "") -> str:
    """Minor units in the English way whatever the language: 1234 -> '£12.34'.

    Kept for the screens not yet moved over; text for people goes through kiosk.formatting.money
    (₺1.234,56, 1 234,56 ₽), and CSV through kiosk.reports.output.
    """
    sign = "-" if minor < 0 else ""
    minor = abs(minor)
    if minor_digits == 0:
        return f"{sign}{symbol}{minor:,}"
    whole, fraction = divmod(minor, 10**minor_digits)
    return f"{sign}{symbol}{whole:,}.{fraction:0{minor_digits}d}"
