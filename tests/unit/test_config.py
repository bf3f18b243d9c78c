"""The configuration file: defaults run the demo, mistakes name the key and the line."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kiosk.config import Config, load_config, parse_config
from kiosk.errors import ConfigError


def test_empty_file_is_the_defaults() -> None:
    assert parse_config("", "k.toml") == Config(source="k.toml")
    assert load_config(None) == Config()


def test_values_are_read_exactly() -> None:
    config = parse_config('[programme]\npoints_per_unit = 1.5\n[store]\nname = "Köşe Bakkal"\n')
    assert config.programme.points_per_unit == Decimal("1.5")
    assert config.store.name == "Köşe Bakkal"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[printer]\nkind = 'netwrok'\n",
            "k.toml, line 2: printer.kind: 'netwrok' is not allowed; use one of: none, simulated",
        ),
        (
            "[ui]\n\nidel_timeout_s = 10\n",
            "k.toml, line 3: ui.idel_timeout_s: unknown key; did you mean 'idle_timeout_s'?",
        ),
        ("[printer]\nport = 'ninety'\n", "k.toml, line 2: printer.port: must be a whole number"),
        (
            "[printer]\nport = 70000\n",
            "line 2: printer.port: 70000 is too large; the maximum is 65535",
        ),
        ("[sotre]\nname = 'x'\n", "k.toml, line 1: sotre: unknown key; did you mean 'store'?"),
        (
            "[[programme.tiers]]\nname='A'\nthreshold=0\n[[programme.tiers]]\nname='B'\ntreshold=5\n",
            "k.toml, line 6: programme.tiers[1].treshold: unknown key; did you mean 'threshold'?",
        ),
        (
            "[[programme.tiers]]\nname='A'\nthreshold=10\n",
            "programme.tiers[0].threshold: the first tier must start at 0",
        ),
        ("[store]\ncountry_code = '44'\n", "line 2: store.country_code: must look like +44 or +90"),
        ("[store\nname='x'\n", "k.toml: not valid TOML"),
    ],
)
def test_mistakes_name_key_and_line(text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "k.toml")
    assert message in caught.value.message


def test_missing_file(tmp_path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "none.toml")
