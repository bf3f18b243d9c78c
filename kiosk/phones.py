"""Phone numbers in E.164, read for the shop's region, so a member is found however it was typed."""

from __future__ import annotations

from functools import lru_cache

from kiosk.errors import ConfigError, InvalidInput

ALLOWED = frozenset("0123456789+ -().")


@lru_cache(maxsize=32)
def region_for(country_code: str) -> str:
    """The main region of a calling code: '+44' -> 'GB', '+7' -> 'RU', '+90' -> 'TR'."""
    import phonenumbers  # about 0.1 s to import: only when a phone number is read

    digits = country_code.strip().lstrip("+")
    region = phonenumbers.region_code_for_country_code(int(digits)) if digits.isdigit() else "ZZ"
    if region == "ZZ":
        raise ConfigError(f"store.country_code = {country_code!r} is no country's calling code.")
    return region


def normalise_phone(text: str, country_code: str) -> str:
    """The phone number in E.164 (+ and digits), reading national forms as the shop's country's."""
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat

    raw = text.strip()
    if not raw or not any(ch.isdigit() for ch in raw):
        raise InvalidInput("This is not a phone number.", reason="phone_invalid")
    if any(ch not in ALLOWED for ch in raw):
        raise InvalidInput(
            "A phone number may contain only digits, spaces and + - ( ).", reason="phone_invalid"
        )
    if "+" in raw.lstrip()[1:]:
        raise InvalidInput("This is not a phone number.", reason="phone_invalid")
    try:
        number = phonenumbers.parse(raw, region_for(country_code))
    except NumberParseException:
        raise InvalidInput("This is not a phone number.", reason="phone_invalid") from None
    if number.extension or not phonenumbers.is_possible_number(number):
        raise InvalidInput(
            "This phone number has too few or too many digits.", reason="phone_invalid"
        )
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def mask_phone(phone: str) -> str:
    """Show only the last three digits of a phone number."""
    return "•" * max(len(phone) - 3, 0) + phone[-3:]
