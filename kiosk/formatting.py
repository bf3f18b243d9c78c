"""Money, numbers, dates and times as each language writes them, in the shop's time zone (Babel)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.errors import ConfigError

if TYPE_CHECKING:
    from babel import Locale

# Babel is imported where it is used: the time-zone helpers run on every command-line start and
# need none of it.

# The locale each kiosk language formats with; an unknown language formats as English.
LOCALES = {"en": "en_GB", "tr": "tr_TR", "ru": "ru_RU"}
# The field separator Excel expects in a CSV file opened in that language's regional settings.
CSV_DELIMITERS = {"en": ",", "tr": ";", "ru": ";"}


@lru_cache(maxsize=16)
def locale_for(language: str) -> Locale:
    """The Babel locale of a kiosk language code such as 'tr'."""
    from babel import Locale

    return Locale.parse(LOCALES.get(language, language if "_" in language else "en_GB"))


@lru_cache(maxsize=16)
def shop_zone(name: str = "") -> tzinfo:
    """The shop's time zone: an IANA name such as 'Europe/Istanbul', or the machine's when empty."""
    if not name:
        return machine_zone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as problem:
        raise ConfigError(
            f"store.time_zone = {name!r} is not a time zone name (for example Europe/Istanbul)."
        ) from problem


def machine_zone() -> tzinfo:
    """The machine's time zone with its summer-time rules: TZ, /etc/timezone or /etc/localtime."""
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    with contextlib.suppress(OSError):
        candidates.append(str(Path("/etc/localtime").resolve()).partition("zoneinfo/")[2])
    for candidate in candidates:
        if candidate and not candidate.startswith("/"):
            with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
                return ZoneInfo(candidate)
    with contextlib.suppress(OSError, ValueError), open("/etc/localtime", "rb") as data:
        return ZoneInfo.from_file(data, key="localtime")
    local = datetime.now().astimezone().tzinfo  # a fixed offset: no summer time known
    return local if local is not None else UTC


def as_utc(moment: datetime) -> datetime:
    """A stored instant (naive UTC) as an aware UTC datetime."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def local_time(moment: datetime, zone: tzinfo) -> datetime:
    """A stored instant as the shop's wall-clock time (aware, in the shop's zone)."""
    return as_utc(moment).astimezone(zone)


def shop_wall_time(moment: datetime, zone: tzinfo) -> datetime:
    """A stored instant as the shop's wall-clock time, naive (for printed documents)."""
    return local_time(moment, zone).replace(tzinfo=None)


def shop_time(config: Any, moment: datetime) -> datetime:
    """A stored instant as the shop's wall-clock time (store.time_zone), naive, for printing."""
    return shop_wall_time(moment, shop_zone(config.store.time_zone))


def local_day(moment: datetime, zone: tzinfo) -> date:
    """The shop's calendar day on which a stored instant fell."""
    return local_time(moment, zone).date()


def day_start_utc(day: date, zone: tzinfo) -> datetime:
    """The instant (naive UTC, as stored) at which the shop's day begins."""
    return datetime.combine(day, time.min, zone).astimezone(UTC).replace(tzinfo=None)


def day_bounds_utc(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """[start, end) of the shop's day as stored instants; 23 or 25 hours long on a DST change."""
    return day_start_utc(day, zone), day_start_utc(day + timedelta(days=1), zone)


def money(minor: int, currency: str, minor_digits: int, language: str) -> str:
    """An amount of money: £1,234.56, ₺1.234,56, 1 234,56 ₽ (currency as an ISO code)."""
    from babel.numbers import format_currency

    pattern = locale_for(language).currency_formats["standard"].pattern
    fraction = f"0.{'0' * minor_digits}" if minor_digits else "0"
    return format_currency(Decimal(minor).scaleb(-minor_digits), currency,
                           format=pattern.replace("0.00", fraction), locale=locale_for(language),
                           currency_digits=False)


def shop_money(config: Any, minor: int) -> str:
    """An amount in the shop's currency and language (store.currency, ui.language)."""
    store = config.store
    return money(minor, store.currency, store.minor_digits, config.ui.language)


def amount(minor: int, minor_digits: int, language: str) -> str:
    """An amount without the currency sign, grouped as the language groups it: 1.234,56."""
    from babel.numbers import format_decimal

    value = Decimal(minor).scaleb(-minor_digits)
    fraction = "0" * minor_digits
    pattern = f"#,##0.{fraction}" if minor_digits else "#,##0"
    return format_decimal(value, format=pattern, locale=locale_for(language))


def number(value: int | Decimal, language: str) -> str:
    """A whole or decimal number with the language's grouping: 1,000 / 1.000 / 1 000."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale_for(language))


def percent(ratio: float, language: str) -> str:
    """A share as the language writes a percentage: 33.3%, %33,3, 33,3 %."""
    from babel.numbers import format_percent

    locale = locale_for(language)
    pattern = locale.percent_formats[None].pattern.replace("#,##0", "#,##0.0", 1)
    return format_percent(ratio, format=pattern, locale=locale)


def decimal_separator(language: str) -> str:
    """The language's decimal separator: '.' in English, ',' in Turkish and Russian."""
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(locale_for(language))


def date_text(day: date | datetime, language: str, zone: tzinfo | None = None,
              style: str = "medium") -> str:
    """A date (a stored instant is first moved into the shop's zone): 31 Mar 2027, 31 Mar 2027."""
    from babel.dates import format_date

    if isinstance(day, datetime):
        day = local_day(day, zone or UTC)
    return format_date(day, format=style, locale=locale_for(language))


def datetime_text(moment: datetime, language: str, zone: tzinfo, style: str = "medium",
                  time_style: str = "short") -> str:
    """A stored instant as the shop's date and time, joined as the language joins them:
    31 Mar 2027, 14:05 / 31 Mar 2027 14:05 / 31 мар. 2027 г., 14:05."""
    return wall_datetime_text(local_time(moment, zone), language, style, time_style)


def wall_datetime_text(wall: datetime, language: str, style: str = "medium",
                       time_style: str = "short") -> str:
    """A date and time already on the shop's clock (naive or aware), as the language writes it."""
    from babel.dates import format_date, format_time

    locale = locale_for(language)
    pattern = str(locale.datetime_formats.get(style, "{1} {0}"))
    return pattern.replace("{1}", format_date(wall.date(), format=style, locale=locale)).replace(
        "{0}", format_time(wall.replace(tzinfo=None).time(), format=time_style, locale=locale))


def shop_today(config: Any, now: datetime) -> date:
    """The shop's calendar day at a stored instant (store.time_zone), e.g. for "today" filters."""
    return local_day(now, shop_zone(config.store.time_zone))


def shop_clock_text(config: Any, moment: datetime) -> str:
    """A stored instant as the shop's time of day in its language (14:05)."""
    from babel.dates import format_time

    wall = shop_time(config, moment)
    return format_time(wall.time(), format="short", locale=locale_for(config.ui.language))


def shop_date_text(config: Any, moment: date | datetime, style: str = "medium") -> str:
    """A stored instant's day (or a calendar day) in the shop's zone and language (ui.language)."""
    return date_text(moment, config.ui.language, shop_zone(config.store.time_zone), style)


def shop_datetime_text(config: Any, moment: datetime, style: str = "medium",
                       time_style: str = "short") -> str:
    """A stored instant as the shop's date and time in the shop's language (ui.language)."""
    return datetime_text(moment, config.ui.language, shop_zone(config.store.time_zone), style,
                         time_style)


def month_text(day: date, language: str) -> str:
    """A month and year for a chart axis or report row: Mar 2027, мар. 2027 г."""
    from babel.dates import format_date

    return format_date(day, format="LLL y", locale=locale_for(language))


def csv_delimiter(language: str) -> str:
    """The separator Excel in that language expects when it opens a CSV file."""
    return CSV_DELIMITERS.get(language, ",")


def zone_name(zone: tzinfo) -> str:
    """A time zone's IANA name when it has one (for display in logs and doctor)."""
    from babel.dates import get_timezone

    return getattr(zone, "key", None) or str(get_timezone(zone))


def warm_up(languages: Iterable[str], currency: str, minor_digits: int) -> None:
    """Load each language's formatting data and the phone-number tables now (about 0.15 s and
    0.13 s at first use), so that the first customer after a start does not wait for them."""
    for language in languages:
        money(0, currency, minor_digits, language)
        date_text(date(2000, 1, 1), language)
    import phonenumbers  # noqa: F401  (the phone keypad's first look-up would load it)


__all__ = [
    "amount", "as_utc", "csv_delimiter", "date_text", "datetime_text", "day_bounds_utc",
    "day_start_utc", "decimal_separator", "local_day", "local_time", "locale_for", "money",
    "month_text", "number", "percent", "shop_clock_text", "shop_date_text",
    "shop_datetime_text", "shop_money", "shop_time", "shop_today", "shop_wall_time",
    "shop_zone", "wall_datetime_text", "warm_up", "zone_name",
]
