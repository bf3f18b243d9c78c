"""What the set-up asks for, checked: the shop, its devices, the first manager, demo or empty."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kiosk.config import Config, PrinterConfig
from kiosk.errors import InvalidInput

KEYBOARD_SCANNER = "keyboard"  # a USB keyboard-wedge scanner: no [[scanners]] table needed


@dataclass(frozen=True)
class SetupAnswers:
    """Everything the set-up writes or creates; printer is the resolved PrinterConfig."""

    shop_name: str
    country: str
    country_code: str
    currency: str
    currency_symbol: str
    minor_digits: int
    time_zone: str
    language: str
    printer: PrinterConfig = field(default_factory=lambda: PrinterConfig(kind="none"))
    scanner: str = KEYBOARD_SCANNER  # a port or pyserial URL, or KEYBOARD_SCANNER
    manager: str = ""
    demo: bool = False
    database_url: str = ""


def check_shop_name(text: str) -> str:
    """A shop name fit for the screen and the voucher: 1 to 60 printable characters."""
    name = " ".join(text.split())
    if not name or len(name) > 60 or not name.isprintable():
        raise InvalidInput("The shop name must be 1 to 60 printable characters.",
                           reason="bad_shop_name")
    return name


def check_new_pin(first: str, second: str | None = None) -> str:
    """A PIN of 4 to 6 digits, typed the same twice when asked twice."""
    from kiosk.pins import check_pin_format

    if second is not None and first != second:
        raise InvalidInput("The two PINs differ; type the same PIN twice.", reason="pin_mismatch")
    return check_pin_format(first)


def answers_config(answers: SetupAnswers) -> Config:
    """The configuration the answers make (for a test page before anything is written)."""
    base = Config()
    store = replace(base.store, name=answers.shop_name, currency=answers.currency,
                    currency_symbol=answers.currency_symbol, minor_digits=answers.minor_digits,
                    country_code=answers.country_code, time_zone=answers.time_zone)
    return replace(base, store=store, printer=answers.printer,
                   ui=replace(base.ui, language=answers.language, demo=answers.demo))
