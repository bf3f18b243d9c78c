"""Dates the command line writes outside a handler: a kept voucher's day is the shop's day."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

from kiosk.cli.output import Output
from kiosk.cli.runner import _voucher_kept
from kiosk.config import Config, StoreConfig, UiConfig


def test_a_kept_voucher_names_its_last_day_on_the_shops_calendar(capsys) -> None:
    config = Config(store=StoreConfig(time_zone="Europe/Moscow"), ui=UiConfig(language="ru"))
    voucher = SimpleNamespace(
        display_code="7KQ4-MZ2X-9RHTB", voucher_code="7KQ4MZ2X9RHTB", reward_name="Кофе",
        points=100, idempotency_key="k-1",
        expires_at=datetime(2026, 3, 31, 22, 30),  # 01:30 on 1 April in Moscow
    )
    kept = SimpleNamespace(voucher=voucher, message="The database went away.",
                           reason="voucher_kept", printed=True, problem="")
    _voucher_kept(Output(False), kept, config)  # type: ignore[arg-type]
    out = capsys.readouterr().out
    assert "valid until 1 апр. 2026" in out and "31 Mar" not in out
