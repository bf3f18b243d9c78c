"""The shop's time zone decides report days, months and today, on both databases.

A sale at 01:30 in Istanbul on 1 March is 22:30 UTC on 28 February: it belongs to 1 March, in the
kept totals of a finished day as well as in today's live count. London shows that a summer-time
change inside the counted days moves the boundary by an hour.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from db.models import ReportDay
from kiosk import services
from kiosk.config import StoreConfig
from kiosk.formatting import shop_zone
from kiosk.reports import run_report
from kiosk.reports.base import offsets
from kiosk.services.printing import voucher_document

pytestmark = pytest.mark.integration


def _in_zone(ctx, name: str):
    return replace(ctx, config=replace(ctx.config, store=StoreConfig(time_zone=name)))


def _day_rows(report) -> dict[str, int]:
    return {row[0]: row[1] for row in report.rows}


def test_a_sale_after_midnight_in_istanbul_is_on_the_istanbul_day(ctx, clock, make_member):
    ctx = _in_zone(ctx, "Europe/Istanbul")
    clock.current = datetime(2026, 2, 20, 9)
    member = make_member("Ayşe").member_id
    clock.current = datetime(2026, 2, 28, 22, 30)  # 01:30 on 1 March in Istanbul
    services.record_purchase(ctx, None, 1234, "late", member_id=member)
    clock.current = datetime(2026, 2, 28, 20, 30)  # 23:30 on 28 February in Istanbul
    services.record_purchase(ctx, None, 1000, "evening", member_id=member)

    clock.current = datetime(2026, 2, 28, 22, 45)  # still 1 March in Istanbul: counted live
    live = run_report(ctx, "activity", date(2026, 2, 28), date(2026, 3, 1))
    assert _day_rows(live) == {"2026-02-28": 1, "2026-03-01": 1}

    clock.current = datetime(2026, 3, 10, 12)  # both days finished: kept, then read back
    for _ in range(2):
        report = run_report(ctx, "activity", date(2026, 3, 1), date(2026, 3, 1))
        assert report.summary["purchases"] == 1
        assert report.summary["sales_minor"] == 1234
    assert ReportDay.select().where(ReportDay.day == date(2026, 3, 1)).count() > 1
    report = run_report(ctx, "activity", date(2026, 2, 28), date(2026, 2, 28))
    assert report.summary["sales_minor"] == 1000


def test_the_default_period_ends_on_the_shops_today(database, ctx, clock):
    ctx = _in_zone(ctx, "Europe/Moscow")
    clock.current = datetime(2026, 3, 31, 22, 0)  # already 1 April in Moscow
    report = run_report(ctx, "activity")
    assert report.period.end == date(2026, 4, 1)
    assert report.period.since == datetime(2026, 1, 1, 21, 0)  # 2 January 00:00 in Moscow


def test_a_member_joining_late_on_the_last_day_of_a_month_joins_the_next(
    ctx, clock, make_member
):
    ctx = _in_zone(ctx, "Europe/Istanbul")
    clock.current = datetime(2026, 1, 31, 22, 30)  # 1 February, 01:30 in Istanbul
    member = make_member("Mehmet").member_id
    clock.current = datetime(2026, 2, 10, 10)
    services.record_purchase(ctx, None, 500, "feb", member_id=member)
    clock.current = datetime(2026, 3, 15, 10)
    members = dict(run_report(ctx, "members").rows)
    assert (members["2026-01"], members["2026-02"]) == (0, 1)
    cohorts = {row[0]: row for row in run_report(ctx, "retention").rows}
    assert cohorts["2026-02"][1:3] == (1, 1.0)  # one member, who bought in the joining month
    assert cohorts["2026-01"][1] == 0


def test_summer_time_moves_the_day_boundary_in_london(ctx, clock, make_member):
    ctx = _in_zone(ctx, "Europe/London")
    clock.current = datetime(2026, 3, 1, 9)
    member = make_member("Alfie").member_id
    clock.current = datetime(2026, 3, 28, 23, 30)  # GMT: 28 March, 23:30
    services.record_purchase(ctx, None, 100, "winter", member_id=member)
    clock.current = datetime(2026, 3, 29, 23, 30)  # BST since 29 March: 30 March, 00:30
    services.record_purchase(ctx, None, 200, "summer", member_id=member)
    clock.current = datetime(2026, 4, 5, 12)
    report = run_report(ctx, "activity", date(2026, 3, 28), date(2026, 3, 30))
    assert _day_rows(report) == {"2026-03-28": 1, "2026-03-30": 1}


def test_offsets_find_the_summer_time_change_to_the_second():
    london = shop_zone("Europe/London")
    pieces = offsets(datetime(2026, 3, 27), datetime(2026, 4, 2), london)
    assert pieces == [(None, 0), (datetime(2026, 3, 29, 1, 0), 60)]
    assert offsets(datetime(2026, 1, 1), datetime(2027, 1, 1), shop_zone("Europe/Istanbul")) == [
        (None, 180)
    ]


def test_a_printed_voucher_shows_the_shops_times(ctx, clock, make_member, make_reward):
    ctx = _in_zone(ctx, "Europe/Istanbul")
    member = make_member("Ayşe", points=100).member_id
    coffee = make_reward(cost=60, name="Coffee")
    clock.current = datetime(2026, 3, 1, 22, 30)  # 01:30 on 2 March in Istanbul
    code = services.redeem_reward(ctx, member, coffee.id, "v1").voucher_code
    document = voucher_document(ctx, code)
    validity = ctx.config.programme.voucher_validity_days
    assert document.printed_at == datetime(2026, 3, 2, 1, 30)
    assert document.expires_at == datetime(2026, 3, 2, 1, 30) + timedelta(days=validity)
