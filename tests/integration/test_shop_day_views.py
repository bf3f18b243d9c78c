"""The shop's day and language where the core reads and writes dates, on both databases.

Istanbul is UTC+3 all year: 22:30 UTC on 31 March is 01:30 on 1 April there. The member's
"expiring soon", the audit log's days, `audit list` and `staff list` follow the shop's clock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from db.models import Staff
from kiosk import audit, services
from kiosk.cli.output import Output
from kiosk.cli.parser import build_parser
from kiosk.cli.runner import handler_for
from kiosk.config import StoreConfig, UiConfig
from kiosk.errors import Refused, WrongPin
from kiosk.formatting import shop_today
from kiosk.services import counter, staff
from kiosk.services.audit_log import audit_entries, recent_audit
from kiosk.services.staff import StaffLocked

pytestmark = pytest.mark.integration


def _shop(ctx, zone: str = "Europe/Istanbul", language: str = "en", **store):
    config = replace(ctx.config, store=StoreConfig(time_zone=zone, **store),
                     ui=replace(ctx.config.ui, language=language))
    return replace(ctx, config=config)


class _NoDevices:
    """The CLI's devices, none of which these commands touch."""


def _run(ctx, *argv: str) -> int:
    args = build_parser().parse_args(list(argv))
    return handler_for((args.command, args.action))(args, ctx, Output(False), _NoDevices())


def test_points_expiring_soon_are_grouped_by_the_shops_day(ctx, clock, make_member) -> None:
    ctx = _shop(ctx)
    ada = make_member()
    # lots expire 365 days after they are earned: on 31 March 2027 (UTC) at these times
    for moment, amount, receipt in (
        (datetime(2026, 3, 31, 20, 0), 1_000, "R-1"),   # 23:00 on 31 March in Istanbul
        (datetime(2026, 3, 31, 22, 30), 2_000, "R-2"),  # 01:30 on 1 April in Istanbul
        (datetime(2026, 4, 1, 10, 0), 4_000, "R-3"),    # 13:00 on 1 April in Istanbul
    ):
        clock.current = moment
        services.record_purchase(ctx, ada.card, amount, receipt)
    clock.current = datetime(2027, 3, 20, 12)
    view = services.member_view(ctx, ada.member_id)
    assert [(e.points, e.expires_at) for e in view.expiring] == [
        (10, datetime(2027, 3, 31, 20, 0)),
        (60, datetime(2027, 3, 31, 22, 30)),  # the lot of 01:30 local joins 1 April's
    ]


def test_the_tier_sentence_writes_money_and_days_as_the_shop_does(ctx, make_member) -> None:
    ctx = _shop(ctx, language="tr", currency="TRY", currency_symbol="₺")
    ada = make_member()
    services.record_purchase(ctx, ada.card, 15_000, "R-1")  # 1 March 2026, 12:00 UTC
    view = services.member_view(ctx, ada.member_id)
    assert view.tier_explanation == "Spend ₺100,00 more by 1 Mar 2027 to reach Silver."


def test_the_reach_by_day_is_the_shops_day(ctx, clock, make_member) -> None:
    ctx = _shop(ctx, zone="Europe/Moscow")
    ada = make_member()
    clock.current = datetime(2026, 3, 31, 22, 30)  # 01:30 on 1 April in Moscow
    services.record_purchase(ctx, ada.card, 15_000, "R-1")
    view = services.member_view(ctx, ada.member_id)
    assert view.tier_explanation.endswith("by 1 Apr 2027 to reach Silver.")


@pytest.fixture
def istanbul_log(database, ctx, clock):
    """Entries at 23:30 and 00:30 Istanbul time around the midnight of 31 March."""
    ctx = _shop(ctx)
    manager = ctx.as_staff("Maria", "manager")
    clock.current = datetime(2026, 3, 31, 20, 30)  # 23:30 on 31 March in Istanbul
    audit.record(manager, "purchase", "R-1")
    clock.current = datetime(2026, 3, 31, 21, 30)  # 00:30 on 1 April in Istanbul
    audit.record(manager, "voucher.redeem", "V-1")
    clock.current = datetime(2026, 3, 31, 22, 0)  # 01:00 on 1 April in Istanbul
    return manager


def test_the_audit_pages_today_is_the_shops_today(istanbul_log) -> None:
    today = shop_today(istanbul_log.config, istanbul_log.now())
    assert today == date(2026, 4, 1)
    assert [line.action for line in recent_audit(istanbul_log, day=today)] == ["voucher.redeem"]
    yesterday = recent_audit(istanbul_log, day=date(2026, 3, 31))
    assert [line.action for line in yesterday] == ["purchase"]
    assert len(recent_audit(istanbul_log, day=today, days=2)) == 2
    line = recent_audit(istanbul_log, day=today)[0]
    assert (line.at.hour, line.at.minute) == (0, 30)  # on the shop's clock
    assert line.at.utcoffset() is not None and line.at.utcoffset().total_seconds() == 3 * 3600


def test_audit_since_and_until_are_the_shops_days(istanbul_log) -> None:
    def actions(**days) -> list[str]:
        return [row.action for row in audit_entries(istanbul_log, **days)]

    assert actions(since=date(2026, 4, 1)) == ["voucher.redeem"]
    assert actions(until=date(2026, 3, 31)) == ["purchase"]
    assert actions(since=date(2026, 3, 31), until=date(2026, 3, 31)) == ["purchase"]


def test_audit_list_prints_the_shops_time_in_its_language(istanbul_log, capsys) -> None:
    ctx = replace(istanbul_log, config=replace(
        istanbul_log.config, ui=UiConfig(language="ru")))
    assert _run(ctx, "audit", "list", "--since", "2026-04-01") == 0
    out = capsys.readouterr().out
    assert "01.04.2026, 00:30:00" in out and "voucher.redeem" in out
    assert "2026-03-31 21:30" not in out and "purchase" not in out


def test_staff_list_shows_locked_until_on_the_shops_clock(ctx, clock, database, capsys) -> None:
    ctx = _shop(ctx, language="tr")
    staff.add_staff(ctx.as_staff("cli:owner", "owner"), "Sam", "manager", "2468")
    Staff.update(locked_until=datetime(2026, 3, 31, 22, 5)).where(Staff.name == "Sam").execute()
    clock.current = datetime(2026, 3, 31, 22, 0)
    assert _run(ctx, "staff", "list") == 0
    out = capsys.readouterr().out
    assert "locked until 1 Nis 2026 01:05" in out  # 22:05 UTC is 01:05 in Istanbul
    assert "22:05" not in out


def test_a_staff_lock_names_the_time_on_the_shops_clock(ctx, clock, database) -> None:
    ctx = _shop(ctx)
    staff.add_staff(ctx.as_staff("cli:owner", "owner"), "Maria", "manager", "2468")
    clock.current = datetime(2026, 3, 31, 21, 0)  # 00:00 on 1 April in Istanbul
    for _ in range(ctx.config.security.staff_max_pin_attempts - 1):
        with pytest.raises(WrongPin):
            staff.log_in(ctx, "Maria", "0000")
    with pytest.raises(StaffLocked) as locked:
        staff.log_in(ctx, "Maria", "0000")
    assert "locked until 00:01" in locked.value.message  # 21:01 UTC
    with pytest.raises(StaffLocked) as still:
        staff.log_in(ctx, "Maria", "2468")
    assert "locked until 00:01 after wrong PINs" in still.value.message


def test_a_reused_receipt_names_its_day_on_the_shops_clock(ctx, clock, make_member) -> None:
    ctx = _shop(ctx, language="ru")
    ada, bob = make_member(), make_member("Bob")
    clock.current = datetime(2026, 3, 31, 22, 30)  # 01:30 on 1 April in Istanbul
    services.record_purchase(ctx, ada.card, 1_000, "R-1")
    with pytest.raises(Refused) as reused:
        services.record_purchase(ctx, bob.card, 1_000, "R-1")
    assert "already recorded on 1 апр. 2026\u202fг., 01:30" in reused.value.message
    clerk = ctx.as_staff("Sam", "clerk")
    with pytest.raises(Refused) as again:
        counter.counter_purchase(clerk, ada.member_id, 1_000, "R-1")
    assert "already recorded on 1 апр. 2026\u202fг., 01:30;" in again.value.message
