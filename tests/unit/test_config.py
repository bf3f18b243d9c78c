"""The configuration file: defaults run the kiosk, every mistake names the key and the line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk.config import Config, ScannerConfig, default_field, load_config, parse_config
from kiosk.errors import ConfigError


def _error(text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "k.toml")
    return caught.value.message


def test_no_file_and_an_empty_file_are_the_defaults() -> None:
    assert load_config(None) == Config()
    assert parse_config("", "k.toml") == Config(source="k.toml")
    defaults = Config()
    assert [t.name for t in defaults.programme.tiers] == ["Member", "Silver", "Gold"]
    assert [t.threshold for t in defaults.programme.tiers] == [0, 25_000, 75_000]
    assert defaults.programme.earn_mode == "per_unit"
    assert defaults.store.card_prefix == "29"
    assert default_field(ScannerConfig, "baudrate") == 9600


def test_a_file_on_disk_is_read_and_named(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[store]\nname = "Köşe Bakkal"\nminor_digits = 0\n', encoding="utf-8")
    config = load_config(path)
    assert config.store.name == "Köşe Bakkal" and config.store.minor_digits == 0
    assert config.source == str(path)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.toml")


def test_values_are_exact_decimals_dates_and_tables() -> None:
    config = parse_config(
        "[programme]\npoints_per_unit = 1.1\n"
        "[[programme.tiers]]\nname = 'Basic'\nthreshold = 0\n"
        "[[programme.tiers]]\nname = 'Plus'\nthreshold = 1000\nmultiplier = 2\n"
        "[[programme.promotions]]\nname = 'Spring'\nstarts = 2026-03-01\nends = 2026-03-31\n"
        "categories = ['bakery']\n"
        "[[scanners]]\nurl = 'loop://'\nstopbits = 1.5\n"
    )
    assert config.programme.points_per_unit == Decimal("1.1")  # not the float 1.1000000000000001
    assert isinstance(config.programme.tiers[1].multiplier, Decimal)
    assert config.programme.tiers[1].multiplier == 2
    assert config.programme.promotions[0].starts == date(2026, 3, 1)
    assert config.programme.promotions[0].categories == ["bakery"]
    assert config.scanners[0].stopbits == Decimal("1.5")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[ui]\n\nidel_timeout_s = 10\n",
            "k.toml, line 3: ui.idel_timeout_s: unknown key; did you mean 'idle_timeout_s'?",
        ),
        ("[sotre]\nname = 'x'\n", "k.toml, line 1: sotre: unknown key; did you mean 'store'?"),
        ("databse = 3\n", "k.toml, line 1: databse: unknown key; did you mean 'database'?"),
        (
            "[[programme.tiers]]\nname='A'\nthreshold=0\n[[programme.tiers]]\nname='B'\n"
            "treshold=5\n",
            "k.toml, line 6: programme.tiers[1].treshold: unknown key; did you mean 'threshold'?",
        ),
        (
            "[[scanners]]\nurl = 'a'\n[[scanners]]\nurl = 'b'\nbaud = 9600\n",
            "k.toml, line 5: scanners[1].baud: unknown key; did you mean 'baudrate'?",
        ),
    ],
)
def test_a_typo_names_the_key_and_line_and_suggests_the_right_one(text: str, expected: str) -> None:
    assert expected in _error(text)


def test_an_unknown_key_without_a_close_match_lists_the_allowed_ones() -> None:
    message = _error("[security]\nzzz = 1\n")
    assert "line 2: security.zzz: unknown key (allowed: voucher_secret_file," in message
    assert "did you mean" not in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[printer]\nport = 'ninety'\n", "line 2: printer.port: must be a whole number"),
        ("[printer]\nport = true\n", "line 2: printer.port: must be a whole number"),
        ("[printer]\nport = 80.5\n", "line 2: printer.port: must be a whole number"),
        ("[ui]\nfullscreen = 'yes'\n", "line 2: ui.fullscreen: must be true or false"),
        ("[programme]\npoints_per_unit = 'one'\n", "programme.points_per_unit: must be a number"),
        ("scanners = 'none'\n", "line 1: scanners: must be a list"),
        ("[printer]\ncode_pages = {en = 1}\n", "printer.code_pages: must be a table"),
        ("store = 5\n", "store: must be a table"),
        (
            "[[programme.promotions]]\nstarts = 'tomorrow'\n",
            "line 2: programme.promotions[0].starts: must be a date (YYYY-MM-DD)",
        ),
    ],
)
def test_a_wrong_type_is_named(text: str, expected: str) -> None:
    message = _error(text)
    assert message.startswith("k.toml")
    assert expected in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[printer]\nkind = 'netwrok'\n",
            "k.toml, line 2: printer.kind: 'netwrok' is not allowed; use one of: none, simulated",
        ),
        (
            "[programme]\nearn_mode = 'per-unit'\n",
            "line 2: programme.earn_mode: 'per-unit' is not allowed; use one of: per_unit, "
            "percent_back",
        ),
        (
            "[[scanners]]\nurl = 'x'\nstopbits = 3\n",
            "line 3: scanners[0].stopbits: 3 is not allowed; use one of: 1, 1.5, 2",
        ),
        ("[printer]\npaper_width_mm = 62\n", "printer.paper_width_mm: 62 is not allowed"),
        ("[ui]\nlanguages = ['en', 'de']\n", "line 2: ui.languages: 'de' is not one of"),
    ],
)
def test_a_value_not_in_the_choices_is_named(text: str, expected: str) -> None:
    assert expected in _error(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[printer]\nport = 70000\n", "line 2: printer.port: 70000 is too large; the maximum is"),
        ("[printer]\nport = 0\n", "line 2: printer.port: 0 is too small; the minimum is 1"),
        (
            "[programme]\npoints_expire_days = -1\n",
            "programme.points_expire_days: -1 is too small; the minimum is 0",
        ),
        (
            "[programme]\npercent_back = 100.5\n",
            "programme.percent_back: 100.5 is too large; the maximum is 100",
        ),
        ("[printer]\ntimeout_s = 0.05\n", "printer.timeout_s: 0.05 is too small"),
    ],
)
def test_a_value_out_of_range_is_named(text: str, expected: str) -> None:
    assert expected in _error(text)


@pytest.mark.parametrize(
    "text", ["[store\nname='x'\n", "[store]\nname = \n", "[store]\nname = 'x'\nname = 'y'\n"]
)
def test_bad_toml_syntax_is_refused_with_the_file_name(text: str) -> None:
    message = _error(text)
    assert message.startswith("k.toml: not valid TOML:")
    assert "line" in message


@pytest.mark.parametrize(("second", "third"), [(500, 500), (500, 100)])
def test_tier_thresholds_must_increase(second: int, third: int) -> None:
    text = (
        "[[programme.tiers]]\nname = 'A'\nthreshold = 0\n"
        f"[[programme.tiers]]\nname = 'B'\nthreshold = {second}\n"
        f"[[programme.tiers]]\nname = 'C'\nthreshold = {third}\n"
    )
    message = _error(text)
    assert "k.toml, line 9: programme.tiers[2].threshold: thresholds must increase" in message


def test_the_first_tier_starts_at_zero_and_one_tier_is_needed() -> None:
    assert "programme.tiers[0].threshold: the first tier must start at 0" in _error(
        "[[programme.tiers]]\nname='A'\nthreshold=10\n"
    )
    assert "programme.tiers: at least one tier is needed" in _error("[programme]\ntiers = []\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[[programme.promotions]]\nname='P'\nstarts=2026-05-01\nends=2026-04-01\n",
            "line 4: programme.promotions[0].ends: is before 'starts'",
        ),
        ("[store]\ncard_prefix = '2x'\n", "line 2: store.card_prefix: must be 1 to 6 digits"),
        ("[store]\ncountry_code = '44'\n", "line 2: store.country_code: must look like +44"),
    ],
)
def test_inconsistent_values_are_named(text: str, expected: str) -> None:
    assert expected in _error(text)


def test_deep_nesting_is_refused_with_key_and_line_not_a_recursion_error() -> None:
    deep = "[ui]\nlanguages = " + "[" * 100_000 + "]" * 100_000 + "\n"
    message = _error('[store]\nname = "Shop"\n\n' + deep)
    assert message.startswith("k.toml, line 5: ui.languages: ") and "nested" in message
    inline = _error("x = " + "{a = " * 40 + "1" + "}" * 40)
    assert inline.startswith("k.toml, line 1: x: ")


def test_brackets_in_strings_comments_and_headers_are_not_nesting() -> None:
    text = (
        '# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n'
        "[store]\n"
        'name = "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[" # {{{{{{{{{{{{{{{{{{{{{{{{{\n'
        "currency_symbol = '{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{'\n"
        'terminal = """\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["""\n'
        "[[programme.tiers]]\nname = \"Member\"\n"
    )
    config = parse_config(text, "k.toml")
    assert config.store.name.startswith("[[[") and len(config.programme.tiers) == 1


def test_a_file_that_is_not_utf8_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "k.toml"
    path.write_bytes(b'[store]\nid = "S1"\nname = "Caf\xe9 Noir"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message == (
        f"{path}, line 3, column 12: name: byte 0xE9 is not UTF-8 text; save the file as UTF-8"
    )


def test_a_byte_order_mark_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "k.toml"
    path.write_bytes('\ufeff[store]\nname = "Köşe"\n'.encode())
    assert load_config(path).store.name == "Köşe"


def test_code_pages_name_languages_the_kiosk_speaks() -> None:
    message = _error('[printer]\ncode_pages = {de = "CP850"}\n')
    assert message.startswith("k.toml, line 2: printer.code_pages: 'de' is not a language")


def test_privacy_keep_files_days_is_bounded() -> None:
    assert parse_config("[privacy]\nkeep_files_days = 7\n").privacy.keep_files_days == 7
    assert Config().privacy.keep_files_days == 30
    assert "line 2" in _error("[privacy]\nkeep_files_days = 0\n")
    assert "privacy.keep_files_days" in _error("[privacy]\nkeep_files_days = 99999\n")
