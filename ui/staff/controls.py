"""Small controls the staff pages share: read-only tables, typed dates, two-touch buttons, and
scrolling by dragging a finger."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, tzinfo
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QPushButton,
    QScroller,
    QScrollerProperties,
    QTableWidget,
    QTableWidgetItem,
)

from kiosk import formatting
from ui.screens.base import button, set_text


def touch_scroll(area: QAbstractScrollArea) -> None:
    """Let a finger (or a mouse button held down) drag the area's content up and down.

    A touch that does not move is still a click on the button under it; the press reaches the
    button at once, and the drag starts only after the finger moves a few pixels.
    """
    viewport = area.viewport()
    # one gesture per target (a second grab replaces the first): the left button, which a touch
    # screen's finger also is once Qt turns the touch into mouse events
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    properties.setScrollMetric(
        QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
        QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
    properties.setScrollMetric(
        QScrollerProperties.ScrollMetric.VerticalOvershootPolicy,
        QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
    scroller.setScrollerProperties(properties)


def fit_width(widget: QPushButton, padding: int = 40) -> None:
    """Never narrower than its words: a long translation squeezes the field beside it instead."""
    widget.ensurePolished()
    widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance(widget.text()) + padding)


def table(columns: int) -> QTableWidget:
    """A read-only table that selects whole rows and stretches its last column."""
    widget = QTableWidget(0, columns)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.verticalHeader().setVisible(False)
    widget.verticalHeader().setDefaultSectionSize(44)
    widget.horizontalHeader().setStretchLastSection(True)
    widget.setMinimumHeight(160)
    widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    touch_scroll(widget)
    return widget


def fill(widget: QTableWidget, rows: list[tuple[Any, ...]], zone: tzinfo | None = None) -> None:
    """Replace a table's rows with text cells (stored instants shown in the shop's zone)."""
    widget.setRowCount(len(rows))
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            widget.setItem(row_index, column, QTableWidgetItem(_text(value, zone)))
    widget.resizeColumnsToContents()
    widget.horizontalHeader().setStretchLastSection(True)


def _text(value: Any, zone: tzinfo | None = None) -> str:
    """A cell as the screen's language writes it; a stored instant in the shop's zone."""
    if value is None:
        return ""
    language = QLocale().name().split("_")[0]
    if isinstance(value, datetime):
        return formatting.datetime_text(value, language, zone or formatting.shop_zone(""))
    if isinstance(value, date):
        return formatting.date_text(value, language)
    if isinstance(value, int) and not isinstance(value, bool):
        return formatting.number(value, language)
    return str(value)


def parse_day(text: str) -> date | None:
    """DD.MM.YYYY (or empty) as typed on the on-screen keys; ValueError when impossible."""
    text = text.strip()
    if not text:
        return None
    day, month, year = (int(part) for part in text.replace("/", ".").split("."))
    return date(year, month, day)


def parse_moment(text: str, end_of_day: bool = False) -> datetime | None:
    """DD.MM.YYYY as the start (or end) of that day; ValueError when it is not a date."""
    day = parse_day(text)
    if day is None:
        return None
    return datetime.combine(day, time(23, 59, 59) if end_of_day else time())


class ArmedButton:
    """A destructive action: the first touch arms the button, the second does it.

    ready() is asked on the first touch (it may say what is missing); False keeps it unarmed.
    """

    def __init__(self, text: Callable[[], str], armed_text: Callable[[], str],
                 action: Callable[[], None], kind: str = "danger",
                 ready: Callable[[], bool] = lambda: True) -> None:
        self.widget = button(kind)
        self.text, self.armed_text, self.action, self.ready = text, armed_text, action, ready
        self.armed = False
        self.widget.clicked.connect(self._pressed)
        self.refresh()

    def _pressed(self) -> None:
        if self.armed:
            self.armed = False
            self.refresh()
            self.action()
            return
        if self.ready():
            self.armed = True
            self.refresh()

    def disarm(self) -> None:
        self.armed = False
        self.refresh()

    def refresh(self) -> None:
        set_text(self.widget, self.armed_text() if self.armed else self.text())
