"""The Terminals staff page: every terminal in colour with a word, a shop filter, a 30 s reload."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from kiosk.roles import MANAGER
from tests.terminal_rows import CITY, HARBOUR, add_terminal, two_shops
from tests.ui.conftest import CLERK, CLERK_PIN, MANAGER_PIN, wait_idle
from tests.ui.conftest import MANAGER as MARIA
from tests.ui.staff_helpers import logged_in, open_page
from ui.staff.pages.terminals import COLOURS, NOTE, QUEUE, SHOP, STATUS, TerminalsPage

pytestmark = pytest.mark.gui


def _column(page: TerminalsPage, column: int) -> list[str]:
    return [page.table.item(row, column).text() for row in range(page.table.rowCount())]


def test_every_terminal_in_colour_with_a_word_worst_first(qtbot, make_kiosk, demo_db) -> None:
    two_shops(demo_db.now())
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MARIA, MANAGER_PIN)
    page = open_page(qtbot, kiosk, TerminalsPage)
    assert _column(page, STATUS) == ["✖ Down", "▲ Warning", "▲ Warning", "● OK", "● OK",
                                     "○ Retired"]
    first = page.table.item(0, STATUS)
    assert first.background().color().name() == COLOURS["down"][0]
    notes = _column(page, NOTE)
    assert notes[0] == "Not seen since 11:13"  # Harbour Street keeps London time
    assert notes[1] == "Printer: Out of paper"
    assert notes[2].startswith("Offline since 11:35; 12 change")  # "changes" once the
    assert notes[2].endswith(" waiting")  # English plural forms are built from the tables
    assert notes[3] == "Working"
    assert _column(page, QUEUE)[2] == "12"
    assert _column(page, SHOP)[1] == "City Centre\nKIOSK-2 · kiosk\nversion 1.4.0"
    assert "✖ Down: 1" in page.summary.text() and "● OK: 2" in page.summary.text()
    choices = [page.shop_choice.itemText(i) for i in range(page.shop_choice.count())]
    assert choices == ["All shops", "City Centre (CITY)", "Harbour Street (HARBOUR)"]
    page.shop_choice.setCurrentIndex(1)
    page.shop_choice.activated.emit(1)
    wait_idle(qtbot, kiosk)
    assert {row.store for row in page.views} == {CITY} and page.table.rowCount() == 3


def test_reloads_every_30_seconds_only_while_shown(qtbot, make_kiosk, demo_db) -> None:
    two_shops(demo_db.now())
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MARIA, MANAGER_PIN)
    page = open_page(qtbot, kiosk, TerminalsPage)
    assert page.timer.isActive() and page.timer.interval() == 30_000
    add_terminal(CITY, "KIOSK-3", demo_db.now())
    page.timer.timeout.emit()  # thirty seconds later
    wait_idle(qtbot, kiosk)
    assert page.table.rowCount() == 7
    from ui.staff.pages.hardware import HardwarePage

    open_page(qtbot, kiosk, HardwarePage)
    assert not page.timer.isActive()
    kiosk.journey.desk.log_out("done")
    assert page.table.rowCount() == 0 and not page.views  # nothing stays for the next person


def test_a_shop_manager_sees_their_shop_and_a_clerk_no_page(qtbot, make_kiosk, demo_db) -> None:
    two_shops(demo_db.now())
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MARIA, MANAGER_PIN)
    desk = kiosk.journey.desk
    desk.staff_ctx = desk.staff_ctx.as_staff(MARIA, MANAGER, HARBOUR)  # a Harbour Street manager
    page = open_page(qtbot, kiosk, TerminalsPage)
    assert {view.store for view in page.views} == {HARBOUR}
    assert page.shop_choice.count() == 1 and not page.shop_choice.isEnabled()
    desk.log_out("done")
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    area = desk.area
    assert not area.class_buttons[TerminalsPage].isVisible()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_table_fits_the_screen(qtbot, make_kiosk, demo_db, size) -> None:
    two_shops(demo_db.now() - timedelta(seconds=5))
    kiosk = make_kiosk(size=size)
    logged_in(qtbot, kiosk, MARIA, MANAGER_PIN)
    page = open_page(qtbot, kiosk, TerminalsPage)
    QApplication.processEvents()
    assert page.table.horizontalScrollBar().maximum() == 0  # every column in view
    assert page.table.columnWidth(NOTE) >= 120
    line = page.table.fontMetrics().lineSpacing()
    for row in range(page.table.rowCount()):  # every line of a cell shows, none cut short
        lines = page.table.item(row, SHOP).text().count("\n") + 1
        assert page.table.rowHeight(row) >= lines * line



@pytest.mark.parametrize("language", ["en", "tr", "ru"])
def test_no_heading_is_cut_at_1024_in_any_language(qtbot, make_kiosk, demo_db, language) -> None:
    """The columns give way on a narrow screen, but never below their own headings ("Son
    görülme" was cut to "Son görülm" in Turkish), and together never wider than the table (the
    Russian note was cut off)."""
    two_shops(demo_db.now() - timedelta(seconds=5))
    kiosk = make_kiosk(size=(1024, 768))
    kiosk.journey.default_language = language  # as a shop whose language it is
    logged_in(qtbot, kiosk, MARIA, MANAGER_PIN)
    page = open_page(qtbot, kiosk, TerminalsPage)
    QApplication.processEvents()
    table = page.table
    font = QFont(table.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    for column in range(table.columnCount()):
        heading = table.horizontalHeaderItem(column).text()
        assert table.columnWidth(column) >= metrics.horizontalAdvance(heading) + 8, heading
    widths = [table.columnWidth(column) for column in range(table.columnCount())]
    assert sum(widths) <= table.viewport().width(), widths
