"""A shop's defaults from its country: dialling code, currency, time zone and kiosk language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.config import LANGUAGES
from kiosk.errors import InvalidInput

# Offered first; any ISO 3166 country is accepted as well.
COMMON_COUNTRIES = ("GB", "TR", "RU", "DE", "FR", "NL", "IE", "US", "KZ", "AZ", "UA", "PL")

# Where a country has several zones, the one most shops are in (the rest stay choosable).
MAIN_ZONES = {
    "RU": "Europe/Moscow",
    "US": "America/New_York",
    "CA": "America/Toronto",
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
    "KZ": "Asia/Almaty",
    "MX": "America/Mexico_City",
    "UA": "Europe/Kyiv",
    "DE": "Europe/Berlin",
    "ES": "Europe/Madrid",
    "PT": "Europe/Lisbon",
    "ID": "Asia/Jakarta",
    "CN": "Asia/Shanghai",
    "AR": "America/Argentina/Buenos_Aires",
    "NZ": "Pacific/Auckland",
    "CL": "America/Santiago",
    "MY": "Asia/Kuala_Lumpur",
    "CY": "Asia/Nicosia",
    "EC": "America/Guayaquil",
    "UZ": "Asia/Tashkent",
    "MN": "Asia/Ulaanbaatar",
}

# Countries whose shops most likely want the kiosk in Turkish or Russian first.
LANGUAGE_BY_COUNTRY = {"TR": "tr", "RU": "ru", "BY": "ru", "KZ": "ru", "KG": "ru"}


@dataclass(frozen=True)
class ShopDefaults:
    """What a country suggests for the shop's settings (each can be changed)."""

    country: str
    country_name: str
    country_code: str
    currency: str
    currency_symbol: str
    minor_digits: int
    time_zone: str
    time_zones: tuple[str, ...]
    language: str


def country_names(language: str = "en") -> dict[str, str]:
    """ISO country code -> its name in the language, for every country with a dialling code."""
    import phonenumbers
    from babel import Locale

    names = Locale.parse(language).territories
    return {
        code: names[code]
        for code in sorted(phonenumbers.SUPPORTED_REGIONS)
        if code in names and re.fullmatch(r"[A-Z]{2}", code)
    }


def find_country(text: str) -> str:
    """The ISO code for a code or an English, Turkish or Russian name (any letter case)."""
    wanted = text.strip()
    if re.fullmatch(r"[A-Za-z]{2}", wanted):
        code = wanted.upper()
        code = "GB" if code == "UK" else code
        if code in country_names():
            return code
    folded = wanted.casefold()
    aliases = {"uk": "GB", "england": "GB", "britain": "GB", "turkey": "TR", "usa": "US"}
    if folded in aliases:
        return aliases[folded]
    for language in LANGUAGES:
        for code, name in country_names(language).items():
            if name.casefold() == folded:
                return code
    raise InvalidInput(
        f"'{text}' is not a country; give an ISO code such as GB, TR or RU, or a country's "
        "name in English", reason="bad_country",
    )


def zones_of(country: str) -> tuple[str, ...]:
    """The IANA time zones of a country (Babel's CLDR tables) that this machine knows."""
    from babel.core import get_global

    zones = sorted(get_global("territory_zones").get(country, ()))
    main = MAIN_ZONES.get(country)
    if main in zones:
        zones.remove(main)
        zones.insert(0, main)
    return tuple(zone for zone in zones if is_time_zone(zone))


def is_time_zone(name: str) -> bool:
    """Whether the machine's zone tables know this IANA name."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def currency_of(country: str) -> str:
    """The currency a country's shops take today (ISO 4217)."""
    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(country, tender=True)
    if not found:
        raise InvalidInput(f"No currency is known for {country}; give --currency.",
                           reason="bad_currency")
    return str(found[0])


def currency_details(currency: str, country: str) -> tuple[str, int]:
    """The symbol the country writes for a currency and its minor digits (2 for pence)."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_currency_precision, get_currency_symbol

    try:
        locale = Locale.parse(f"und_{country}")
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    return get_currency_symbol(currency, locale), int(get_currency_precision(currency))


def check_currency(text: str) -> str:
    """An ISO 4217 currency code Babel knows, upper case, or a clear refusal."""
    from babel.core import get_global

    code = text.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code) or code not in get_global("all_currencies"):
        raise InvalidInput(
            f"'{text}' is not a currency; give an ISO 4217 code such as GBP, TRY, RUB or EUR",
            reason="bad_currency",
        )
    return code


def check_time_zone(text: str) -> str:
    """An IANA time zone name this machine knows (in any letter case), or a clear refusal."""
    from zoneinfo import available_timezones

    name = text.strip()
    if name and not is_time_zone(name):
        by_case = {zone.casefold(): zone for zone in available_timezones()}
        name = by_case.get(name.casefold(), name)
    if not name or not is_time_zone(name) or name != name.strip("/"):
        raise InvalidInput(
            f"'{text}' is not a time zone; give an IANA name such as Europe/London, "
            "Europe/Istanbul or Europe/Moscow", reason="bad_time_zone",
        )
    return name


def check_language(text: str) -> str:
    """One of the kiosk's languages."""
    language = text.strip().lower()
    if language not in LANGUAGES:
        raise InvalidInput(
            f"'{text}' is not a kiosk language; use one of: {', '.join(LANGUAGES)}",
            reason="bad_language",
        )
    return language


def defaults_for(country: str) -> ShopDefaults:
    """The settings a shop in this country starts from."""
    import phonenumbers

    code = find_country(country)
    dialling = phonenumbers.country_code_for_region(code)
    currency = currency_of(code)
    symbol, digits = currency_details(currency, code)
    zones = zones_of(code)
    return ShopDefaults(
        country=code,
        country_name=country_names()[code],
        country_code=f"+{dialling}",
        currency=currency,
        currency_symbol=symbol,
        minor_digits=min(digits, 3),
        time_zone=zones[0] if zones else "",
        time_zones=zones,
        language=LANGUAGE_BY_COUNTRY.get(code, "en"),
    )
