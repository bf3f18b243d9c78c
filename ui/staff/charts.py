"""Small QtCharts builders for the dashboard: bars over categories, and a pie."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
LABEL_PX = 12  # axis and slice labels: small enough for a 1024-pixel-wide screen, still readable
NAME_CHARS = 18  # a longer category name is cut by us at a word, not by the chart in the middle
SMALL_TOP = 5  # below this, the value axis shows 0 to 5 in whole steps


def _label_px(view: QChartView) -> int:
    """Label size that follows the theme's text size (it grows on a 1920-pixel screen)."""
    return max(LABEL_PX, round(view.fontInfo().pixelSize() * 0.62))


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def short_name(name: str, limit: int = NAME_CHARS) -> str:
    """A category name short enough for an axis: whole words, then "…" if it must be cut."""
    if len(name) <= limit:
        return name
    words, kept = name.split(), ""
    for word in words:
        if len(kept) + len(word) + 1 > limit - 1:
            break
        kept = f"{kept} {word}".strip()
    return (kept or name[: limit - 1]) + "…"


def chart_view(min_height: int = 240) -> QChartView:
    """An empty chart view with antialiasing and no animations (they would cost CPU)."""
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(min_height)
    view.setChart(_chart(""))
    return view


def _chart(title: str, label_px: int = LABEL_PX) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(_font(label_px + 3, bold=True))
    chart.legend().setFont(_font(label_px))
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
    label_px = _label_px(view)
    chart = _chart(title, label_px)
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
    labels.append([short_name(name) for name in categories] or [""])
    labels.setLabelsFont(_font(label_px))
    labels.setTruncateLabels(False)  # short_name() already cut long names at a word
    if not horizontal and len(categories) > 6:
        labels.setLabelsAngle(-90)  # twelve months side by side fit standing up
    numbers = QValueAxis()
    numbers.setLabelFormat("%.0f")
    if top < SMALL_TOP:  # a few (or no) bars: whole numbers, each once (not 0 0 1 1)
        numbers.setRange(0, SMALL_TOP)
        numbers.setTickCount(SMALL_TOP + 1)
    else:
        numbers.setRange(0, top * 1.1)
        numbers.applyNiceNumbers()
    numbers.setLabelsFont(_font(label_px))
    category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    chart.addAxis(labels, category_side)
    chart.addAxis(numbers, value_side)
    bars.attachAxis(labels)
    bars.attachAxis(numbers)
    chart.legend().setVisible(len(series) > 1)
    _replace(view, chart)


def show_pie(view: QChartView, title: str, slices: Sequence[tuple[str, float]],
             number: Callable[[float], str] = lambda value: f"{value:.0f}") -> None:
    """Replace the view's chart with a pie; the legend names the slices (labels around a small
    pie would be cut at the chart's edge)."""
    chart = _chart(title, _label_px(view))
    pie = QPieSeries()
    pie.setPieSize(0.75)
    for index, (name, value) in enumerate(slices):
        piece = pie.append(f"{short_name(name)}: {number(value)}", float(value))
        piece.setColor(QColor(COLOURS[index % len(COLOURS)]))
    chart.addSeries(pie)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    _replace(view, chart)


def _replace(view: QChartView, chart: QChart) -> None:
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
