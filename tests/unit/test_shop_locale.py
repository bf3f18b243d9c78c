"""The shop's time zone and calling code: checked when the configuration is read."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kiosk.config import parse_config
from kiosk.errors import ConfigError
from kiosk.formatting import day_bounds_utc, local_day, shop_zone
from kiosk.phones import normalise_phone


def test_a_time_zone_name_is_accepted() -> None:
    config = parse_config('[store]\ntime_zone = "Europe/Istanbul"\n', "k.toml")
    assert config.store.time_zone == "Europe/Istanbul"


def test_a_wrong_time_zone_names_the_key_and_line() -> None:
    text = '[store]\nname = "Köşe"\ntime_zone = "Europe/Istambul"\n'
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "k.toml")
    message = str(caught.value)
    assert message.startswith("k.toml, line 3: store.time_zone: 'Europe/Istambul'")
    assert "Europe/Istanbul" in message  # an example of what is meant


def test_an_empty_zone_is_the_machines(monkeypatch) -> None:
    shop_zone.cache_clear()
    monkeypatch.setenv("TZ", "Europe/Moscow")
    try:
        assert local_day(datetime(2026, 3, 1, 21, 30), shop_zone("")) == date(2026, 3, 2)
    finally:
        shop_zone.cache_clear()


def test_a_shop_day_in_stored_instants() -> None:
    istanbul = shop_zone("Europe/Istanbul")
    assert day_bounds_utc(date(2026, 3, 1), istanbul) == (
        datetime(2026, 2, 28, 21, 0), datetime(2026, 3, 1, 21, 0)
    )
    london = shop_zone("Europe/London")  # the day summer time starts has 23 hours
    start, end = day_bounds_utc(date(2026, 3, 29), london)
    assert (end - start).total_seconds() == 23 * 3600


def test_an_unknown_calling_code_is_named() -> None:
    with pytest.raises(ConfigError, match=r"store\.country_code"):
        normalise_phone("0532 123 45 67", "+999")


def test_warming_up_loads_what_the_first_customer_would_wait_for() -> None:
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from kiosk.formatting import locale_for, warm_up\n"
        "assert 'phonenumbers' not in sys.modules and 'babel.numbers' not in sys.modules\n"
        "warm_up(['en', 'tr', 'ru'], 'GBP', 2)\n"
        "print(locale_for.cache_info().currsize, 'phonenumbers' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["3", "True"]
