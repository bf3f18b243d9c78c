"""The set-up's choices from a country, its checks, and the configuration file it writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk.config import PrinterConfig, load_config
from kiosk.errors import InvalidInput, Refused
from kiosk.setup import countries
from kiosk.setup.answers import SetupAnswers, check_new_pin, check_shop_name
from kiosk.setup.config_file import render_config, write_config
from kiosk.setup.location import config_to_load, first_start_pending, setup_target


@pytest.mark.parametrize(
    ("text", "code", "dialling", "currency", "symbol", "digits", "zone", "language"),
    [
        ("GB", "GB", "+44", "GBP", "£", 2, "Europe/London", "en"),
        ("uk", "GB", "+44", "GBP", "£", 2, "Europe/London", "en"),
        ("Türkiye", "TR", "+90", "TRY", "₺", 2, "Europe/Istanbul", "tr"),
        ("turkey", "TR", "+90", "TRY", "₺", 2, "Europe/Istanbul", "tr"),
        ("Россия", "RU", "+7", "RUB", "₽", 2, "Europe/Moscow", "ru"),
        ("Germany", "DE", "+49", "EUR", "€", 2, "Europe/Berlin", "en"),
        ("jp", "JP", "+81", "JPY", "￥", 0, "Asia/Tokyo", "en"),
        ("KZ", "KZ", "+7", "KZT", "₸", 2, "Asia/Almaty", "ru"),
    ],
)
def test_a_country_gives_the_shops_defaults(
    text: str, code: str, dialling: str, currency: str, symbol: str, digits: int, zone: str,
    language: str,
) -> None:
    found = countries.defaults_for(text)
    assert (found.country, found.country_code, found.currency, found.currency_symbol,
            found.minor_digits, found.time_zone, found.language) == (
        code, dialling, currency, symbol, digits, zone, language)
    assert found.time_zone in found.time_zones


def test_every_common_country_has_working_defaults() -> None:
    for code in countries.COMMON_COUNTRIES:
        found = countries.defaults_for(code)
        assert found.time_zone and found.currency and found.country_code.startswith("+")


@pytest.mark.parametrize(
    ("check", "value", "reason"),
    [
        (countries.find_country, "Narnia", "bad_country"),
        (countries.find_country, "ZZ", "bad_country"),
        (countries.check_currency, "POUNDS", "bad_currency"),
        (countries.check_currency, "ABC", "bad_currency"),
        (countries.check_time_zone, "Europe/Atlantis", "bad_time_zone"),
        (countries.check_time_zone, "../etc/passwd", "bad_time_zone"),
        (countries.check_time_zone, "", "bad_time_zone"),
        (countries.check_language, "de", "bad_language"),
        (check_shop_name, "   ", "bad_shop_name"),
        (check_shop_name, "x" * 61, "bad_shop_name"),
        (check_new_pin, "12a4", "pin_invalid"),
    ],
)
def test_bad_values_are_refused_with_a_reason(check: object, value: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check(value)  # type: ignore[operator]
    assert caught.value.reason == reason


def test_two_different_pins_are_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        check_new_pin("1234", "1243")
    assert caught.value.reason == "pin_mismatch"
    assert check_new_pin("246810", "246810") == "246810"


def _answers(**changes: object) -> SetupAnswers:
    values: dict[str, object] = dict(
        shop_name="Shop", country="GB", country_code="+44", currency="GBP",
        currency_symbol="£", minor_digits=2, time_zone="Europe/London", language="en",
    )
    values.update(changes)
    return SetupAnswers(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name", ['Quote " and \\ backslash', "Tab\there", "Delete\x7fkey", "Ключ & Köşe 🛒", "a#b"]
)
def test_any_shop_name_survives_the_round_trip(tmp_path: Path, name: str) -> None:
    written = write_config(tmp_path / "kiosk.toml", render_config(_answers(shop_name=name)))
    assert written.config.store.name == name


def test_the_file_holds_the_printer_and_scanner_chosen(tmp_path: Path) -> None:
    printer = PrinterConfig(kind="serial", device="/dev/ttyUSB0", baudrate=38400)
    text = render_config(_answers(printer=printer, scanner="/dev/serial/by-id/usb-Scan",
                                  demo=True))
    config = write_config(tmp_path / "kiosk.toml", text).config
    assert (config.printer.kind, config.printer.device, config.printer.baudrate) == (
        "serial", "/dev/ttyUSB0", 38400)
    assert [s.url for s in config.scanners] == ["/dev/serial/by-id/usb-Scan"]
    assert config.ui.demo is True


def test_the_file_is_private_and_shared_only_in_a_setgid_folder(tmp_path: Path) -> None:
    own = write_config(tmp_path / "own" / "kiosk.toml", render_config(_answers()))
    assert stat.S_IMODE(own.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(own.path.parent.stat().st_mode) == 0o700
    shared_folder = tmp_path / "etc"
    shared_folder.mkdir()
    os.chmod(shared_folder, 0o2770)
    shared = write_config(shared_folder / "kiosk.toml", render_config(_answers()))
    assert stat.S_IMODE(shared.path.stat().st_mode) == 0o660


def test_an_existing_file_is_kept_unless_forced_and_then_backed_up(tmp_path: Path) -> None:
    target = tmp_path / "kiosk.toml"
    target.write_text('[store]\nname = "Old"\n', encoding="utf-8")
    with pytest.raises(Refused) as caught:
        write_config(target, render_config(_answers()))
    assert caught.value.reason == "config_exists"
    assert load_config(target).store.name == "Old"
    written = write_config(target, render_config(_answers()), force=True)
    assert written.backup is not None and load_config(written.backup).store.name == "Old"
    assert load_config(target).store.name == "Shop"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.toml", "kiosk.toml.bak"]


def test_where_the_file_goes_and_where_the_kiosk_looks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    user_file = tmp_path / "xdg" / "loyalty-kiosk" / "kiosk.toml"
    assert setup_target(None) == user_file
    assert config_to_load(None) is None  # the demo: no file anywhere
    assert not first_start_pending(None)
    write_config(user_file, render_config(_answers()))
    assert config_to_load(None) == str(user_file)
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "etc" / "kiosk.toml"))
    assert setup_target(None) == tmp_path / "etc" / "kiosk.toml"
    assert first_start_pending(None)
    assert config_to_load("/given.toml") == "/given.toml"


def test_the_tests_never_read_the_users_own_configuration() -> None:
    from kiosk.setup.location import user_config_file

    assert "kiosk-test-config-" in str(user_config_file())
