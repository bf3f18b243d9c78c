"""Money, numbers and dates on staff pages: the shown language's formats, the shop's time zone."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import QLocale

from kiosk import formatting
from kiosk.context import Context


class HasContext(Protocol):
    """Anything that holds the staff context (the staff host)."""

    ctx: Context


def language(host: HasContext) -> str:
    """The language the screen shows now (the translator's locale), else the shop's language."""
    shown = QLocale().name().split("_")[0]
    if shown in formatting.LOCALES:
        return shown
    return host.ctx.config.ui.language


def zone(host: HasContext) -> tzinfo:
    """The shop's time zone: every date and time on a staff page is shown in it."""
    return formatting.shop_zone(host.ctx.config.store.time_zone)


def money(host: HasContext, minor: int) -> str:
    """An amount in the shop's currency as the language writes it: £1,234.56, ₺1.234,56."""
    store = host.ctx.config.store
    return formatting.money(minor, store.currency, store.minor_digits, language(host))


def plain_amount(host: HasContext, minor: int) -> str:
    """An amount for a form field a person edits: digits and a decimal point, no grouping."""
    digits = host.ctx.config.store.minor_digits
    return str(Decimal(minor).scaleb(-digits).quantize(Decimal(1).scaleb(-digits)))


def currency_sign(host: HasContext) -> str:
    """The shop currency's sign (£, ₺, ₽) as the language writes it."""
    from babel.numbers import get_currency_symbol

    return get_currency_symbol(host.ctx.config.store.currency,
                               locale=formatting.locale_for(language(host)))


def number(host: HasContext, value: int | Decimal) -> str:
    """A count with the language's grouping: 1,000 / 1.000 / 1 000."""
    return formatting.number(value, language(host))


def percent(host: HasContext, share: float) -> str:
    """A share (0.25) as a percentage in the language's style: 25%, %25, 25 %."""
    from babel.numbers import format_percent

    return format_percent(share, locale=formatting.locale_for(language(host)))


def day(host: HasContext, value: date | datetime) -> str:
    """A calendar day (a stored instant is moved into the shop's zone first)."""
    return formatting.date_text(value, language(host), zone(host))


def moment(host: HasContext, value: datetime, style: str = "medium") -> str:
    """A stored instant as the shop's date and time (style "short": 02.12.2026, 11:30)."""
    return formatting.datetime_text(value, language(host), zone(host), style)


def clock_time(host: HasContext, value: datetime) -> str:
    """A stored instant as the shop's time of day (14:05)."""
    return formatting.local_time(value, zone(host)).strftime("%H:%M")


def month(host: HasContext, value: date) -> str:
    """A month and year for a chart axis: Mar 2027, Mar 2027, мар. 2027 г."""
    return formatting.month_text(value, language(host))
