"""Reports of two shops on one database add up to the chain's, on both databases.

The chain (shops NORTH and SOUTH; the owner's own kiosk STORE-1 records nothing):
  Ada  enrolled at NORTH on 10 Jan 2026; bought 100.00 at NORTH (R1, 15 Jan) and 50.00 at SOUTH
       (also receipt R1, 20 Mar): a member active at both shops. Redeemed two 60-point vouchers at
       NORTH on 25 Mar: one taken at SOUTH's counter on 26 Mar, the other voided at NORTH on 27 Mar.
  Bob  enrolled at SOUTH on 5 Feb, born 2 Apr 1990; bought 20.00 at SOUTH (R3, 10 Feb), 5.00
       refunded on 11 Feb; given 40 points by hand at NORTH on 12 Feb.
  Cy   enrolled at SOUTH today (31 Mar), born 3 Apr 1992; bought 30.00 at NORTH today (R9).
Every report runs twice (the second time from the kept totals) for the chain and each shop.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime

import pytest

from db.models import AuditEntry, Member, ReportDay, Store
from kiosk import services
from kiosk.context import Context
from kiosk.errors import InvalidInput, Refused
from kiosk.reports import REPORTS, by_store, run_report
from kiosk.reports.output import summary_document, to_json_dict
from kiosk.reports.scope import known_shops, report_store
from kiosk.reports.side_by_side import side_by_side
from kiosk.reports.warm import warm_once
from kiosk.services import report_jobs

pytestmark = pytest.mark.integration
TODAY = datetime(2026, 3, 31, 12, 0)
SHOPS = ("NORTH", "SOUTH", "STORE-1")


def _at_shop(ctx: Context, code: str) -> Context:
    store = replace(ctx.config.store, id=code, terminal=f"{code}-1")
    return replace(ctx, config=replace(ctx.config, store=store))


@pytest.fixture
def chain(ctx, clock, database, make_reward):
    north, south = _at_shop(ctx, "NORTH"), _at_shop(ctx, "SOUTH")

    def at(when: datetime) -> None:
        clock.current = when

    at(datetime(2026, 1, 10, 9))
    ada = services.enrol(north, "Ada", "07700 900001").member_id
    at(datetime(2026, 1, 15, 10))
    services.record_purchase(north, None, 10000, "R1", member_id=ada)
    at(datetime(2026, 2, 5, 9))
    bob = services.enrol(south, "Bob", "07700 900002", birthday=date(1990, 4, 2)).member_id
    at(datetime(2026, 2, 10, 10))
    services.record_purchase(south, None, 2000, "R3", member_id=bob)
    at(datetime(2026, 2, 11, 10))
    services.refund(south, "R3", 500)
    at(datetime(2026, 2, 12, 10))
    services.adjust(north, bob, 40, "welcome gift")
    at(datetime(2026, 3, 20, 10))
    services.record_purchase(south, None, 5000, "R1", member_id=ada)
    coffee = make_reward(cost=60, name="Coffee")
    at(datetime(2026, 3, 25, 10))
    used = services.redeem_reward(north, ada, coffee.id, "v1").voucher_code
    voided = services.redeem_reward(north, ada, coffee.id, "v2").voucher_code
    at(datetime(2026, 3, 26, 10))
    services.redeem_voucher(south, used)
    at(datetime(2026, 3, 27, 10))
    services.void_voucher(north, voided, "printed twice")
    at(datetime(2026, 3, 31, 9))
    cy = services.enrol(south, "Cy", "07700 900003", birthday=date(1992, 4, 3)).member_id
    services.record_purchase(north, None, 3000, "R9", member_id=cy)
    at(TODAY)
    return {"ada": ada, "bob": bob, "cy": cy}


# Figures that count something once: each belongs to exactly one shop, so the shops add up.
ADDITIVE = {
    "members": ("total", "active_30d", "active_90d", "new_members", "buyers", "repeat_buyers"),
    "activity": ("purchases", "sales_minor", "refunded_minor", "points_issued", "points_redeemed",
                 "points_donated", "points_expired", "points_clawed_back", "points_returned",
                 "points_adjusted"),
    "redemptions": ("issued", "redeemed", "voided", "points_spent"),
    "liability": ("outstanding_points", "outstanding_value_minor", "issued_all_time",
                  "redeemed_all_time", "expired_all_time", "expiring_30d", "expiring_90d"),
    "tiers": ("members",),
    "birthdays": ("birthdays",),
    "retention": (),
    "top-customers": (),
}
# Table columns that add up over the shops, row by row (rows keyed by their first cell).
ADDITIVE_COLUMNS = {
    "members": (1,), "activity": (1, 2, 3, 4), "redemptions": (1, 2, 3), "liability": (1, 2),
    "tiers": (1,), "retention": (1,), "birthdays": (), "top-customers": (),
}


def _rows(report, columns) -> dict:
    return {row[0]: tuple(row[i] or 0 for i in columns) for row in report.rows}


def _added(reports, columns) -> dict:
    total: dict = {}
    for report in reports:
        for key, values in _rows(report, columns).items():
            before = total.get(key, (0,) * len(values))
            total[key] = tuple(a + b for a, b in zip(before, values, strict=True))
    return {key: values for key, values in total.items() if any(values)}


def test_every_report_of_the_shops_adds_up_to_the_chains(chain, ctx) -> None:
    assert ADDITIVE.keys() == REPORTS.keys()
    for name in REPORTS:
        for _ in range(2):  # counted from the base tables, then read from the kept totals
            whole = run_report(ctx, name)
            shops = [run_report(ctx, name, store=code) for code in SHOPS]
            assert [report.store for report in shops] == list(SHOPS) and whole.store is None
            for key in ADDITIVE[name]:
                assert sum(r.summary[key] for r in shops) == whole.summary[key], (name, key)
            columns = ADDITIVE_COLUMNS[name]
            if columns:
                wanted = {k: v for k, v in _rows(whole, columns).items() if any(v)}
                assert _added(shops, columns) == wanted, name
        assert any(whole.summary.get(key) for key in ADDITIVE[name]) or not ADDITIVE[name]


def test_the_shops_own_figures(chain, ctx) -> None:
    north = {name: run_report(ctx, name, store="NORTH") for name in REPORTS}
    south = {name: run_report(ctx, name, store="SOUTH") for name in REPORTS}
    # purchases where they were made: R1 and R9 at NORTH, R3 and the other R1 at SOUTH
    assert north["activity"].summary["purchases"] == 2
    assert north["activity"].summary["sales_minor"] == 13000
    assert south["activity"].summary["sales_minor"] == 6500
    assert south["activity"].summary["refunded_minor"] == 500
    assert north["activity"].summary["points_adjusted"] == 40
    # a voucher issued at NORTH and taken at SOUTH: issued and voided at NORTH, redeemed at SOUTH
    assert (north["redemptions"].summary["issued"], north["redemptions"].summary["redeemed"],
            north["redemptions"].summary["voided"]) == (2, 0, 1)
    assert (south["redemptions"].summary["issued"], south["redemptions"].summary["redeemed"]) == (
        0, 1)
    # members belong to the shop that enrolled them, wherever they buy
    assert north["members"].summary["total"] == 1 and south["members"].summary["total"] == 2
    assert south["members"].summary["new_members"] == 2  # Bob and Cy (today)
    assert south["birthdays"].summary["birthdays"] == 2 and north["birthdays"].summary[
        "birthdays"] == 0
    # top customers by what they bought at the shop: Ada's 100.00 at NORTH, 50.00 at SOUTH
    assert {row[1]: row[5] for row in north["top-customers"].rows} == {
        chain["ada"]: 10000, chain["cy"]: 3000}
    assert {row[1]: row[5] for row in south["top-customers"].rows} == {
        chain["ada"]: 5000, chain["bob"]: 1500}


def test_top_customers_per_shop_add_up_for_each_member(chain, ctx) -> None:
    whole = {row[1]: row[5] for row in run_report(ctx, "top-customers").rows}
    added: Counter = Counter()
    for code in SHOPS:
        added.update({row[1]: row[5] for row in run_report(ctx, "top-customers", store=code).rows})
    assert dict(added) == whole


def test_kept_totals_of_the_shops_stay_apart_from_the_chains(chain, ctx) -> None:
    warm_once(ctx)  # in a chain: the shops' finished days are kept ahead too
    assert ReportDay.select().where(ReportDay.metric == "store:SOUTH:purchases").count() == 2
    chain_activity = run_report(ctx, "activity").summary
    for code in SHOPS:
        run_report(ctx, "activity", store=code)
    assert run_report(ctx, "activity").summary == chain_activity  # shops' rows not counted twice
    kept = dict(ReportDay.select(ReportDay.metric, ReportDay.value)
                .where(ReportDay.day == date(2026, 1, 15)).tuples())
    assert kept["purchases"] == 1 and kept["store:NORTH:purchases"] == 1
    assert "store:SOUTH:purchases" not in kept and kept["_stores_counted"] == 1


def test_the_known_shops_come_from_the_data_and_the_store_table(chain, ctx) -> None:
    assert [shop.code for shop in known_shops(ctx)] == ["NORTH", "SOUTH", "STORE-1"]
    Store.create(code="EAST", name="East Mall", created_at=TODAY)
    Store.create(code="NORTH", name="North Street", created_at=TODAY)
    assert [(shop.code, shop.name) for shop in known_shops(ctx)] == [
        ("EAST", "East Mall"), ("NORTH", "North Street"), ("SOUTH", "SOUTH"),
        ("STORE-1", "Corner Market")]


def test_an_unknown_shop_is_named_with_the_known_ones(chain, ctx) -> None:
    with pytest.raises(InvalidInput) as caught:
        run_report(ctx, "activity", store="WEST")
    assert caught.value.reason == "store_unknown"
    assert "NORTH, SOUTH, STORE-1" in caught.value.message
    assert run_report(ctx, "activity", store=" north").store == "NORTH"  # as the chain writes it


def test_a_shop_manager_sees_their_shop_only(chain, ctx) -> None:
    manager = ctx.as_staff("nina", "manager", "NORTH")
    assert run_report(manager, "activity", store="NORTH").summary["purchases"] == 2
    for asked in (None, "SOUTH"):
        with pytest.raises(Refused) as caught:
            run_report(manager, "activity", store=asked)
        assert caught.value.reason == "store_not_yours"
    assert report_store(manager, None, strict=False) == "NORTH"  # screens scope silently
    assert list(by_store(manager, "activity")) == ["NORTH"]


def test_a_chain_manager_sees_every_shop_and_the_chain(chain, ctx) -> None:
    manager = ctx.as_staff("olga", "manager", None)
    side_by_side = by_store(manager, "members")
    assert list(side_by_side) == ["NORTH", "SOUTH", "STORE-1", None]
    assert [report.summary["total"] for report in side_by_side.values()] == [1, 2, 0, 3]


def test_members_of_no_shop_show_in_the_other_column(chain, ctx) -> None:
    Member.create(name="Imported", created_at=datetime(2026, 3, 1, 9))  # as a file import does
    table = side_by_side(by_store(ctx, "members"))
    assert table.columns == ("figure", "NORTH", "SOUTH", "STORE-1", "other", "chain")
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["total"] == (1, 2, 0, 1, 4) and rows["new_members"] == (1, 2, 0, 1, 4)
    assert rows["repeat_rate"][3] is None  # a rate is no sum
    plain = side_by_side(by_store(ctx, "activity"))
    assert "other" not in plain.columns  # every purchase belongs to a shop


def test_exports_and_printouts_name_the_shop(chain, ctx, tmp_path) -> None:
    path = report_jobs.export_csv(ctx, "activity", None, None, tmp_path, store="NORTH")
    assert path.name == "activity_NORTH_20260101-20260331.csv"
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().details.count("NORTH")
    lines = summary_document(ctx, run_report(ctx, "activity", store="NORTH")).lines
    assert lines[1] == "shop: NORTH" and len(lines) == 2 + 10  # the period, the shop, ten figures
    assert "shop:" not in " ".join(summary_document(ctx, run_report(ctx, "activity")).lines)
    assert to_json_dict(run_report(ctx, "activity", store="NORTH"))["store"] == "NORTH"


def test_points_expiring_belong_to_the_shop_that_gave_them(ctx, clock, database) -> None:
    rules = replace(ctx.config.programme, points_expire_days=60)
    ctx = replace(ctx, config=replace(ctx.config, programme=rules))
    north, south = _at_shop(ctx, "NORTH"), _at_shop(ctx, "SOUTH")
    clock.current = datetime(2026, 1, 10, 9)
    ada = services.enrol(north, "Ada", "07700 900001").member_id
    services.record_purchase(north, None, 10000, "R1", member_id=ada)  # 100 points, 11 Mar
    clock.current = datetime(2026, 2, 20, 9)
    services.record_purchase(south, None, 4000, "R2", member_id=ada)  # 40 points, 21 Apr
    clock.current = datetime(2026, 2, 25, 12)
    figures = {code: run_report(ctx, "liability", store=code).summary
               for code in ("NORTH", "SOUTH")}
    whole = run_report(ctx, "liability").summary
    assert (figures["NORTH"]["expiring_30d"], figures["NORTH"]["expiring_90d"]) == (100, 100)
    assert (figures["SOUTH"]["expiring_30d"], figures["SOUTH"]["expiring_90d"]) == (0, 40)
    assert (whole["expiring_30d"], whole["expiring_90d"]) == (100, 140)
    assert figures["NORTH"]["outstanding_points"] + figures["SOUTH"]["outstanding_points"] == 140
