"""The dashboard's shop picker and the shops side by side, on the real window (offscreen)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.models import Member
from kiosk import services
from kiosk.context import Context
from kiosk.reports import run_report
from kiosk.services import staff
from tests.ui.conftest import MANAGER, MANAGER_PIN, KioskFactory, wait_idle
from tests.ui.staff_helpers import click, logged_in, open_page, shop
from ui.staff.pages.dashboard import BY_SHOP, DashboardPage

pytestmark = pytest.mark.gui


def _at(ctx: Context, code: str) -> Context:
    return replace(ctx, config=replace(ctx.config, store=replace(ctx.config.store, id=code)))


def _north_sales(kiosk) -> int:
    """Three purchases at shop NORTH by demo members (the demo shop is STORE-1)."""
    north = _at(shop(kiosk), "NORTH")
    for number, member in enumerate(Member.select().where(Member.status == "active").limit(3)):
        services.record_purchase(north, None, 1000 * (number + 1), f"N{number}",
                                 member_id=member.id)
    return 6000


def _texts(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_a_chain_manager_picks_a_shop_and_sees_the_shops_side_by_side(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    sales = _north_sales(kiosk)
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, DashboardPage)
    qtbot.waitUntil(lambda: bool(page.data), timeout=10_000)  # type: ignore[attr-defined]
    picker = page.shop_picker  # type: ignore[attr-defined]
    assert [picker.itemText(i) for i in range(picker.count())] == [
        "All shops", "NORTH", "Corner Market (STORE-1)"]
    assert picker.isVisible() and picker.isEnabled()
    assert page.data["activity"].store is None  # type: ignore[attr-defined]
    picker.setCurrentIndex(1)
    picker.activated.emit(1)
    wait_idle(qtbot, kiosk)
    qtbot.waitUntil(lambda: page.data.get("activity") is not None  # type: ignore[attr-defined]
                    and page.data["activity"].store == "NORTH", timeout=10_000)  # type: ignore[attr-defined]
    assert page.data["activity"].summary["sales_minor"] == sales  # type: ignore[attr-defined]
    number, _caption = page.figures["members"]  # type: ignore[attr-defined]
    assert number.text() == "0"  # NORTH enrolled nobody: the demo members are STORE-1's
    chain = run_report(shop(kiosk), "activity", *page.period())  # type: ignore[attr-defined]
    store_1 = run_report(shop(kiosk), "activity", *page.period(), store="STORE-1")  # type: ignore[attr-defined]
    choice = page.report_buttons[BY_SHOP]  # type: ignore[attr-defined]
    assert choice.isVisible()
    click(qtbot, kiosk, choice)
    table = page.report_table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.columnCount() == 5, timeout=10_000)
    headings = [table.horizontalHeaderItem(i).text() for i in range(5)]
    # the demo's members were not enrolled at a kiosk: they belong to no shop
    assert headings == ["Figure", "NORTH", "STORE-1", "No shop", "All shops"]
    assert table.horizontalHeaderItem(2).toolTip() == "Corner Market"
    row = _texts(table, 0).index("Purchases")
    assert [table.item(row, col).text() for col in (1, 2, 3, 4)] == [
        "3", f"{store_1.summary['purchases']:,}", "0", f"{chain.summary['purchases']:,}"]
    members = [int(table.item(_texts(table, 0).index("Members"), col).text().replace(",", ""))
               for col in (1, 2, 3, 4)]
    assert members[0] == 0 and members[1] + members[2] == members[3] and members[2] > 0
    basket = _texts(table, 0).index("Average basket")
    assert table.item(basket, 3).text() == "–"  # an average is no sum: nothing left over
    assert not page.export_button.isEnabled()  # type: ignore[attr-defined]


def test_a_shop_manager_sees_their_own_shop_only(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    _north_sales(kiosk)
    owner = shop(kiosk)
    staff.add_staff(owner, "Sofia Shop", "manager", "8642", store="STORE-1")  # this kiosk's shop
    logged_in(qtbot, kiosk, "Sofia Shop", "8642")
    page = open_page(qtbot, kiosk, DashboardPage)
    qtbot.waitUntil(lambda: bool(page.data), timeout=10_000)  # type: ignore[attr-defined]
    picker = page.shop_picker  # type: ignore[attr-defined]
    assert [picker.itemText(i) for i in range(picker.count())] == ["Corner Market (STORE-1)"]
    assert picker.isVisible() and not picker.isEnabled()
    assert {report.store for report in page.data.values()} == {"STORE-1"}  # type: ignore[attr-defined]
    own = run_report(owner, "activity", *page.period(), store="STORE-1")  # type: ignore[attr-defined]
    assert page.data["activity"].summary == own.summary  # type: ignore[attr-defined]
    assert not page.report_buttons[BY_SHOP].isVisible()  # type: ignore[attr-defined]
    page.choose_shop(None)  # asking for the chain stays on the own shop
    wait_idle(qtbot, kiosk)
    assert page.store == "STORE-1"  # type: ignore[attr-defined]
    assert not kiosk.problems  # type: ignore[attr-defined]


def test_a_shop_with_no_members_of_its_own_counts_from_zero(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    sales = _north_sales(kiosk)
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, DashboardPage)
    qtbot.waitUntil(lambda: bool(page.data), timeout=10_000)  # type: ignore[attr-defined]
    page.choose_shop("NORTH")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.data.get("activity") is not None  # type: ignore[attr-defined]
                    and page.data["activity"].store == "NORTH", timeout=10_000)  # type: ignore[attr-defined]
    assert page.data["activity"].summary["sales_minor"] == sales  # type: ignore[attr-defined]
    # NORTH enrolled nobody: the chart's axis counts 0 to 5 in whole steps, each label once
    axis = page.members_chart.chart().axes(Qt.Orientation.Vertical)[0]  # type: ignore[attr-defined]
    assert (axis.min(), axis.max(), axis.tickCount()) == (0, 5, 6)
