"""A locked staff account says until when, in the shop's language and time zone."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from db.models import Staff
from kiosk.formatting import datetime_text, local_time
from tests.ui.conftest import CLERK, KioskFactory
from tests.ui.staff_helpers import log_in, type_pin

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "zone"), [("tr", "Europe/Istanbul"),
                                                ("ru", "Asia/Vladivostok"),
                                                ("en", "America/New_York")])
def test_the_lock_message_gives_the_shops_time_in_its_language(
    qtbot: QtBot, make_kiosk: KioskFactory, language: str, zone: str
) -> None:
    kiosk = make_kiosk(ui={"language": language}, store={"time_zone": zone},
                       security={"staff_max_pin_attempts": 2})
    log_in(qtbot, kiosk, CLERK, "0000")
    type_pin(qtbot, kiosk, "0000")
    login = kiosk.window.staff
    qtbot.waitUntil(lambda: Staff.get(Staff.name == CLERK).locked_until is not None,
                    timeout=5_000)
    type_pin(qtbot, kiosk, "0000")  # tried again while locked
    until = Staff.get(Staff.name == CLERK).locked_until
    shown = datetime_text(until, language, ZoneInfo(zone))
    qtbot.waitUntil(lambda: shown in login.error.text(), timeout=5_000)
    utc_clock = f"{until:%H:%M}"
    assert utc_clock != local_time(until, ZoneInfo(zone)).strftime("%H:%M")
    assert utc_clock not in login.error.text()
