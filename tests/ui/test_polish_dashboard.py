"""The dashboard's first screen: the figures and the first charts without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import MANAGER, MANAGER_PIN, KioskFactory
from tests.ui.staff_helpers import logged_in, open_page
from ui.app import Kiosk
from ui.staff.pages.dashboard import DashboardPage

pytestmark = pytest.mark.gui

MIN_CHART_PX = 240  # below this a bar chart's labels crowd


def _in_view(kiosk: Kiosk, page: DashboardPage, widget: QWidget) -> bool:
    viewport = kiosk.journey.desk.area.scrolls[page].viewport()
    corner = widget.mapTo(viewport, QPoint(0, 0))
    return QRect(QPoint(0, 0), viewport.size()).contains(QRect(corner, widget.size()))


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("language", ["en", "tr", "ru"])
def test_figures_and_the_first_two_charts_need_no_scrolling(
    qtbot: QtBot, make_kiosk: KioskFactory, size: tuple[int, int], language: str
) -> None:
    kiosk = make_kiosk(size=size, ui={"language": language})
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page: DashboardPage = open_page(qtbot, kiosk, DashboardPage)  # type: ignore[assignment]
    qtbot.waitUntil(lambda: bool(page.data), timeout=10_000)
    QApplication.processEvents()
    for number, caption in page.figures.values():
        assert _in_view(kiosk, page, number) and _in_view(kiosk, page, caption)
    for chart in (page.members_chart, page.points_chart):
        assert _in_view(kiosk, page, chart)
        assert chart.height() >= MIN_CHART_PX
    assert page.tiers_chart.height() >= MIN_CHART_PX
    for choice in (*page.report_buttons.values(), *page.period_buttons.values()):
        words = choice.fontMetrics().horizontalAdvance(choice.text())
        assert words + 8 <= choice.width(), choice.text()  # no report name cut
    assert kiosk.window.width() == size[0]
