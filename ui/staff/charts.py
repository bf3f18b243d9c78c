"""Small QtCharts builders for the dashboard: bars over categories, and a pie."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

COLOURS = ("#1f6f5c", "#c9821b", "#b3261e", "#5b6bbf", "#7a8c3a", "#8e5a9b")


def chart_view(min_height: int = 240) -> QChartView:
    """An empty chart view with antialiasing and no animations (they would cost CPU)."""
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(min_height)
    view.setChart(_chart(""))
    return view


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPixelSize(16)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def show_bars(
    view: QChartView,
    title: str,
    categories: Sequence[str],
    series: dict[str, Sequence[float]],
    horizontal: bool = False,
) -> None:
    """Replace the view's chart with bars: one set per series name, one group per category."""
    chart = _chart(title)
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    top = 0.0
    for index, (name, values) in enumerate(series.items()):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(COLOURS[index % len(COLOURS)]))
        for value in values:
            bar_set.append(float(value))
            top = max(top, float(value))
        bars.append(bar_set)
    chart.addSeries(bars)
    labels = QBarCategoryAxis()
    labels.append(list(categories) or [""])
    numbers = QValueAxis()
    numbers.setRange(0, top * 1.1 if top > 0 else 1)
    numbers.setLabelFormat("%.0f")
    numbers.applyNiceNumbers()
    category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    chart.addAxis(labels, category_side)
    chart.addAxis(numbers, value_side)
    bars.attachAxis(labels)
    bars.attachAxis(numbers)
    chart.legend().setVisible(len(series) > 1)
    _replace(view, chart)


def show_pie(view: QChartView, title: str, slices: Sequence[tuple[str, float]]) -> None:
    """Replace the view's chart with a pie of labelled slices."""
    chart = _chart(title)
    pie = QPieSeries()
    for index, (name, value) in enumerate(slices):
        piece = pie.append(f"{name}: {value:,.0f}", float(value))
        piece.setColor(QColor(COLOURS[index % len(COLOURS)]))
        piece.setLabelVisible(True)
    chart.addSeries(pie)
    chart.legend().setVisible(False)
    _replace(view, chart)


def _replace(view: QChartView, chart: QChart) -> None:
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
