"""The staff on-screen keys fit the screen: the page above them scrolls, every key is visible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.conftest import MANAGER, MANAGER_PIN, KioskFactory
from tests.ui.staff_helpers import logged_in, open_page
from ui.app import Kiosk
from ui.staff.pages.counter import PurchasePage

pytestmark = pytest.mark.gui

MIN_PAGE_PX = 140  # at least the page's title and the field being typed in stay in sight


def _open_keys(qtbot: QtBot, kiosk: Kiosk, field_name: str) -> PurchasePage:
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, PurchasePage)
    field = getattr(page, field_name)
    kiosk.window.activateWindow()
    field.setFocus()
    dock = kiosk.journey.desk.area.dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.target is field, timeout=5_000)
    qtbot.wait(50)
    QApplication.processEvents()
    return page  # type: ignore[return-value]


def _cut_keys(kiosk: Kiosk) -> list[str]:
    """The dock's visible keys that do not lie wholly inside the window."""
    window = kiosk.window
    inside = QRect(QPoint(0, 0), window.size())
    dock = kiosk.journey.desk.area.dock
    cut = []
    for key in dock.findChildren(QPushButton):
        if not key.isVisibleTo(window):
            continue
        corner = key.mapTo(window, QPoint(0, 0))
        label_px = key.fontMetrics().horizontalAdvance(key.text())
        if not inside.contains(QRect(corner, key.size())) or label_px > key.width() - 4:
            cut.append(key.text() or key.accessibleName())
    return cut


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("language", ["en", "tr", "ru"])
@pytest.mark.parametrize("large_text", [False, True])
@pytest.mark.parametrize("field_name", ["receipt_field", "amount_field"])
def test_the_keys_and_the_page_above_them_both_fit(
    qtbot: QtBot, make_kiosk: KioskFactory, size: tuple[int, int], language: str,
    large_text: bool, field_name: str,
) -> None:
    kiosk = make_kiosk(size=size, ui={"language": language})
    page = _open_keys(qtbot, kiosk, field_name)
    kiosk.window.set_display(False, large_text)  # switched while the keys are open
    qtbot.wait(100)
    area = kiosk.journey.desk.area
    dock = area.dock
    assert (kiosk.window.width(), kiosk.window.height()) == size  # nothing pushed the window out
    assert _cut_keys(kiosk) == []
    keys = dock.keys.currentWidget()
    assert keys.height() >= keys.minimumSizeHint().height()
    viewport = area.scrolls[page].viewport()
    assert viewport.height() >= MIN_PAGE_PX
    column_px = area.height() - area.header.sizeHint().height()
    assert dock.height() <= column_px // 2 + 1 or dock.height() == dock.minimumSizeHint().height()
    for choice in area.class_buttons.values():  # the menu beside the keys, never cut either
        if choice.isVisibleTo(area):
            assert choice.sizeHint().width() <= choice.width(), choice.text()
    field = getattr(page, field_name)
    top = field.mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0 and top + field.height() <= viewport.height()  # scrolled into sight
