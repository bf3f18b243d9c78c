"""The dashboard on the real window: figures from the database, charts, CSV export and printing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.models import AuditEntry
from hardware.printer_sim import PrinterSimulator
from kiosk.reports import run_report
from tests.ui.conftest import CLERK, CLERK_PIN, MANAGER, MANAGER_PIN, KioskFactory, wait_idle
from tests.ui.staff_helpers import click, logged_in, open_page, shop
from ui.staff.pages.dashboard import DashboardPage

pytestmark = pytest.mark.gui


def test_the_dashboard_shows_the_reports_and_exports_and_prints_them(
    qtbot: QtBot,
    make_kiosk: KioskFactory,
    printer_sim: PrinterSimulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, DashboardPage)
    qtbot.waitUntil(lambda: bool(page.data), timeout=10_000)  # type: ignore[attr-defined]
    members = run_report(shop(kiosk), "members", *page.period())  # type: ignore[attr-defined]
    number, _caption = page.figures["members"]  # type: ignore[attr-defined]
    assert number.text() == f"{members.summary['total']:,}"
    active, _ = page.figures["active_30d"]  # type: ignore[attr-defined]
    assert active.text() == f"{members.summary['active_30d']:,}"
    assert len(page.members_chart.chart().series()) == 1  # type: ignore[attr-defined]
    assert page.tiers_chart.chart().series()[0].count() == 3  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.report_buttons["tiers"])  # type: ignore[attr-defined]
    assert page.report_table.rowCount() == 3  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.period_buttons[365])  # type: ignore[attr-defined]
    assert page.days == 365  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.export_button)  # type: ignore[attr-defined]
    wait_idle(qtbot, kiosk)
    assert "Saved" in page.status.text(), page.status.text()
    exported = list((tmp_path / "exports").glob("tiers_*.csv"))
    assert len(exported) == 1
    assert exported[0].read_text(encoding="utf-8-sig").startswith("tier,members,share,threshold")
    click(qtbot, kiosk, page.print_button)  # type: ignore[attr-defined]
    wait_idle(qtbot, kiosk)
    assert "Summary printed" in page.status.text(), page.status.text()
    assert b"Tier distribution" in b"".join(printer_sim.wait_for_jobs(1))
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions[-2:] == ["report.export", "report.print"]


def test_a_clerk_has_no_reports(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    area = kiosk.journey.desk.area
    assert "Reports" not in {page.nav_title() for page in area.visible_pages()}
    area.show_page(area.page_of(DashboardPage))
    assert not isinstance(area.current_page(), DashboardPage)
