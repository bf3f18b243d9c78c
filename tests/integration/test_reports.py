"""Report figures checked against values worked out by hand on a small shop, on both databases.

The shop (points: 1 per 1.00, tiers Member 0 / Silver 250.00 / Gold 750.00 of spend in 365 days):
  Ada  joined 10 Jan 2026; bought 100.00 on 15 Jan (R1) and 50.00 on 20 Mar (R2) -> 150 points;
       redeemed two 60-point vouchers on 25 Mar, one used on 26 Mar, the other voided on 27 Mar.
  Bob  joined 5 Feb 2026, born 2 Apr 1990; bought 20.00 on 10 Feb (R3), 5.00 refunded on 11 Feb.
  Cy   joined 2 Mar 2026, born 29 Feb 1992; never bought.
  Dee  joined 1 Jun 2025, born 28 Mar 1985; bought 300.00 on 1 Jun 2025 (R4), inside the 365-day
       tier window on 31 Mar 2026 (Silver); her 300 points expire on 1 Jun 2026.
Reports are run on 31 Mar 2026 at noon for the period 1 Jan - 31 Mar 2026 (the default 90 days).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from db.models import Member
from kiosk import services
from kiosk.errors import Refused
from kiosk.reports import REPORTS, run_report
from kiosk.reports.output import summary_document, to_csv, to_json_dict

pytestmark = pytest.mark.integration
TODAY = datetime(2026, 3, 31, 12, 0)


def _at(clock, when: datetime) -> None:
    clock.current = when


@pytest.fixture
def shop(ctx, clock, make_member, make_reward):
    """The small shop of the module docstring."""
    def joined(name: str, when: datetime, **extra) -> int:
        _at(clock, when)
        member = make_member(name, **extra)
        return member.member_id

    dee = joined("Dee", datetime(2025, 6, 1, 9), birthday=date(1985, 3, 28))
    services.record_purchase(ctx, None, 30000, "R4", member_id=dee)
    ada = joined("Ada", datetime(2026, 1, 10, 9))
    bob = joined("Bob", datetime(2026, 2, 5, 9), birthday=date(1990, 4, 2))
    joined("Cy", datetime(2026, 3, 2, 9), birthday=date(1992, 2, 29))
    _at(clock, datetime(2026, 1, 15, 10))
    services.record_purchase(ctx, None, 10000, "R1", member_id=ada)
    _at(clock, datetime(2026, 2, 10, 10))
    services.record_purchase(ctx, None, 2000, "R3", member_id=bob)
    _at(clock, datetime(2026, 2, 11, 10))
    services.refund(ctx, "R3", 500)
    _at(clock, datetime(2026, 3, 20, 10))
    services.record_purchase(ctx, None, 5000, "R2", member_id=ada)
    coffee = make_reward(cost=60, name="Coffee")
    _at(clock, datetime(2026, 3, 25, 10))
    used = services.redeem_reward(ctx, ada, coffee.id, "v1").voucher_code
    voided = services.redeem_reward(ctx, ada, coffee.id, "v2").voucher_code
    _at(clock, datetime(2026, 3, 26, 10))
    services.redeem_voucher(ctx, used)
    _at(clock, datetime(2026, 3, 27, 10))
    services.void_voucher(ctx, voided, "printed twice")
    _at(clock, TODAY)
    return {"ada": ada, "bob": bob, "dee": dee}


def test_members(shop, ctx) -> None:
    report = run_report(ctx, "members")
    assert (report.period.start, report.period.end) == (date(2026, 1, 1), date(2026, 3, 31))
    assert report.summary == {
        "total": 4,
        "active_30d": 1,  # Ada on 20 Mar (the 30 days from 2 Mar)
        "active_90d": 2,  # Ada and Bob
        "new_members": 3,  # Ada, Bob, Cy
        "buyers": 3,  # ever bought: Dee, Ada, Bob
        "repeat_buyers": 1,  # Ada bought twice
        "repeat_rate": 0.3333,
    }
    months = dict(report.rows)
    assert len(months) == 12 and report.rows[0][0] == "2025-04"
    assert (months["2025-06"], months["2026-01"], months["2026-02"], months["2026-03"]) == (
        1, 1, 1, 1)
    assert sum(months.values()) == 4


def test_activity(shop, ctx) -> None:
    report = run_report(ctx, "activity")
    summary = report.summary
    assert summary["purchases"] == 3
    assert summary["sales_minor"] == 17000 - 500
    assert summary["refunded_minor"] == 500
    assert summary["average_basket_minor"] == 16500 // 3
    assert summary["points_issued"] == 100 + 20 + 50
    assert summary["points_redeemed"] == 120  # two vouchers; the void gives 60 back
    assert summary["points_returned"] == 60
    assert summary["points_clawed_back"] == 5
    assert summary["points_expired"] == 0
    assert report.columns[0] == "month"  # 90 days: by month
    assert report.rows == (
        ("2026-01", 1, 10000, 100, 0),
        ("2026-02", 1, 1500, 20, 0),
        ("2026-03", 1, 5000, 50, 120),
    )
    daily = run_report(ctx, "activity", date(2026, 3, 20), date(2026, 3, 31))
    assert daily.columns[0] == "day"
    assert daily.rows == (("2026-03-20", 1, 5000, 50, 0), ("2026-03-25", 0, 0, 0, 120))


def test_retention(shop, ctx) -> None:
    rows = {row[0]: row for row in run_report(ctx, "retention").rows}
    assert rows["2026-01"][1:5] == (1, 1.0, 0.0, 1.0)  # Ada: joined and bought Jan, again Mar
    assert rows["2026-02"][1:4] == (1, 1.0, 0.0)  # Bob bought in the month he joined
    assert rows["2026-03"][1:3] == (1, 0.0) and rows["2026-03"][3] is None  # April not yet
    assert "2025-06" not in rows or rows["2025-06"][1] == 1  # twelve cohorts: Apr 25 - Mar 26


def test_redemptions(shop, ctx) -> None:
    report = run_report(ctx, "redemptions")
    assert report.summary == {
        "issued": 2,
        "redeemed": 1,
        "voided": 1,
        "redemption_rate": 0.5,
        "points_spent": 120,
    }
    assert report.rows == (("Coffee", 2, 1, 120),)


def test_liability(shop, ctx) -> None:
    report = run_report(ctx, "liability")
    # Ada 150 - 120 + 60 = 90; Bob 20 - 5 = 15; Dee 300 (expiring 1 Jun 2026, in 62 days)
    assert report.summary["outstanding_points"] == 405
    assert report.summary["outstanding_value_minor"] == 405
    assert report.summary["expiring_30d"] == 0
    assert report.summary["expiring_90d"] == 300
    rows = {row[0]: row[1:] for row in report.rows}
    assert rows["issued"] == (470, 170)
    assert rows["redeemed"] == (120, 120)
    assert rows["returned"] == (60, 60)
    assert rows["clawed_back"] == (5, 5)
    balances = sum(m.balance for m in Member.select())
    assert balances == report.summary["outstanding_points"]


def test_top_customers(shop, ctx) -> None:
    report = run_report(ctx, "top-customers")
    assert [row[2] for row in report.rows] == ["Ada", "Bob"]  # Dee bought before the period
    ada = report.rows[0]
    assert (ada[0], ada[4], ada[5], ada[6]) == (1, 2, 15000, 90)
    assert report.rows[1][5] == 1500  # after the refund
    assert ada[3].startswith("••••")


def test_tiers_match_the_member_screen(shop, ctx, clock) -> None:
    report = run_report(ctx, "tiers")
    # Ada 150.00, Bob 15.00, Cy nothing: Member; Dee 300.00 since 1 Jun 2025: Silver
    assert [(row[0], row[1]) for row in report.rows] == [("Member", 3), ("Silver", 1), ("Gold", 0)]
    services.record_purchase(ctx, None, 20000, "R5", member_id=shop["ada"])  # Ada: 350.00
    assert [row[1] for row in run_report(ctx, "tiers").rows] == [3, 1, 0]  # counted once a day
    clock.advance(days=1)
    report = run_report(ctx, "tiers")
    assert [row[1] for row in report.rows] == [2, 2, 0]
    from kiosk.services.lookup import member_tier

    by_hand = [member_tier(ctx, member.id).tier for member in Member.select()]
    assert [row[1] for row in report.rows] == [by_hand.count(t) for t in ("Member", "Silver",
                                                                          "Gold")]


def test_birthdays_wrap_the_year_and_keep_29_february(shop, ctx, clock) -> None:
    report = run_report(ctx, "birthdays")  # 31 Mar - 13 Apr: Bob on 2 Apr
    assert [(row[0], row[1]) for row in report.rows] == [(date(2026, 4, 2), "Bob")]
    around = run_report(ctx, "birthdays", date(2026, 2, 20), date(2026, 3, 30))
    assert [(row[0], row[1]) for row in around.rows] == [
        (date(2026, 2, 28), "Cy"),  # 29 Feb counts on 28 Feb in 2026
        (date(2026, 3, 28), "Dee"),
    ]
    new_year = run_report(ctx, "birthdays", date(2026, 12, 25), date(2027, 4, 5))
    assert [row[1] for row in new_year.rows] == ["Cy", "Dee", "Bob"]
    assert new_year.summary["birthdays"] == 3


def test_finished_days_are_kept_and_a_refund_recounts_its_day(shop, ctx, clock) -> None:
    from db.models import ReportDay

    first = run_report(ctx, "activity")
    kept = ReportDay.select().count()
    assert kept > 0
    assert run_report(ctx, "activity").summary == first.summary  # from the kept days
    assert ReportDay.select().count() == kept
    services.refund(ctx, "R1", 1000)  # a refund of 15 Jan's purchase, made today
    again = run_report(ctx, "activity").summary
    assert again["sales_minor"] == first.summary["sales_minor"] - 1000
    assert again["points_clawed_back"] == first.summary["points_clawed_back"] + 10
    live = run_report(ctx, "liability").summary
    assert live["outstanding_points"] == 405 - 10
    retention = run_report(ctx, "retention")
    markers = ReportDay.select().where(ReportDay.metric == "_cohorts").count()
    assert markers == 11  # every finished month of the twelve is kept; March is counted live
    assert run_report(ctx, "retention").rows == retention.rows


def test_exports_and_the_printed_summary(shop, ctx) -> None:
    report = run_report(ctx, "top-customers")
    rows = list(csv.reader(io.StringIO(to_csv(report))))
    assert rows[0] == list(report.columns)
    assert rows[1][5] == "150.00" and rows[2][5] == "15.00"
    data = to_json_dict(run_report(ctx, "members"))
    assert (data["total"], data["active_30d"], data["from"]) == (4, 1, "2026-01-01")
    document = summary_document(ctx, run_report(ctx, "liability"))
    assert document.kind == "report" and document.title == "Points liability"
    assert "outstanding points: 405" in document.lines
    assert "outstanding value: £4.05" in document.lines


def test_reports_are_for_managers(shop, ctx) -> None:
    clerk = ctx.as_staff("Sam", "clerk")
    for name in REPORTS:
        with pytest.raises(Refused) as refused:
            run_report(clerk, name)
        assert refused.value.reason == "not_allowed"
    assert run_report(ctx.as_staff("Maria", "manager"), "members").summary["total"] == 4


def test_warming_keeps_the_totals_the_dashboard_needs(shop, ctx) -> None:
    from db.models import ReportDay
    from kiosk.reports.warm import warm_once

    before = {name: run_report(ctx, name).summary for name in ("activity", "liability")}
    ReportDay.delete().execute()
    warm_once(ctx)
    counted = {d for (d,) in ReportDay.select(ReportDay.day).where(
        ReportDay.metric == "_counted").tuples()}
    # from the first ledger entry (1 Jun 2025), or the retention year's start if earlier,
    # to yesterday, every day once
    assert (min(counted), max(counted)) == (date(2025, 4, 1), date(2026, 3, 30))
    assert len(counted) == (date(2026, 3, 30) - date(2025, 4, 1)).days + 1
    assert ReportDay.select().where(ReportDay.metric.startswith("tiers:")).count() == 3
    assert ReportDay.select().where(ReportDay.metric == "_cohorts").count() == 11
    after = {name: run_report(ctx, name).summary for name in ("activity", "liability")}
    assert after == before
