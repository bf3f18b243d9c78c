"""The owner's dashboard: headline figures, charts, every report as a table to export or print."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from kiosk import reports
from kiosk.formatting import local_day
from kiosk.services import report_jobs
from ui.screens.base import button, card_frame, label, set_text
from ui.staff import formats
from ui.staff.charts import chart_view, show_bars, show_pie
from ui.staff.controls import fill, fit_width, table
from ui.staff.host import StaffHost
from ui.staff.page import StaffPage, heading

PERIODS = (30, 90, 365)
REPORT_COLUMNS = 3  # "Top customers" in Russian or Turkish needs a third of a 1024 screen
CHART_MIN_PX, CHART_MAX_PX = 240, 520  # the first row of charts fills the rest of the first screen
FIGURES = ("members", "active_30d", "active_90d", "repeat_rate", "redemption_rate", "liability")


def _month_day(key: str) -> date:
    """'2026-03' as the first day of that month."""
    year, month = key.split("-")
    return date(int(year), int(month), 1)


class DashboardPage(StaffPage):
    """Loads every report in one background job; nothing is computed on the screen's thread."""

    permission = "reports"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__(desk)
        self.days = 30
        self.data: dict[str, Any] = {}
        self.chosen = "liability"
        self.title = heading()
        self.period_buttons: dict[int, Any] = {}
        periods = QHBoxLayout()  # beside the dates: the first screen keeps room for the charts
        periods.addWidget(self.status, 1)
        for days in PERIODS:
            choice = button("toggle")
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, d=days: self.set_period(d))
            periods.addWidget(choice)
            self.period_buttons[days] = choice
        self.figures: dict[str, tuple[Any, Any]] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, key in enumerate(FIGURES):
            tile = card_frame()
            number, caption = label("figure"), label("muted")
            inner = QVBoxLayout(tile)
            inner.setContentsMargins(10, 4, 10, 6)
            inner.setSpacing(0)
            inner.addWidget(number)
            inner.addWidget(caption)
            grid.addWidget(tile, index // 3, index % 3)
            self.figures[key] = (number, caption)
        self.members_chart = chart_view()
        self.points_chart = chart_view()
        self.tiers_chart = chart_view()
        self.rewards_chart = chart_view()
        charts = QGridLayout()
        for index, view in enumerate((self.members_chart, self.points_chart, self.tiers_chart,
                                      self.rewards_chart)):
            charts.addWidget(view, index // 2, index % 2)
        self.report_buttons: dict[str, Any] = {}
        choices = QGridLayout()
        for index, name in enumerate(reports.REPORTS):
            choice = button("toggle")
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, n=name: self.choose(n))
            choices.addWidget(choice, index // REPORT_COLUMNS, index % REPORT_COLUMNS)
            self.report_buttons[name] = choice
        self.report_table = table(1)
        self.report_table.setMinimumHeight(260)
        self.export_button = button("")
        self.export_button.clicked.connect(self._export)
        self.print_button = button("")
        self.print_button.clicked.connect(self._print)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.print_button)
        self.body.addWidget(self.title)
        self.body.addLayout(periods)
        self.body.addLayout(grid)
        self.body.addLayout(charts)
        self.body.addLayout(choices)
        self.body.addWidget(self.report_table)
        self.body.addLayout(actions)
        self.clear()

    # --- layout -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_charts)

    def _fit_charts(self) -> None:
        """The first two charts as tall as the room left on the first screen, within limits."""
        viewport = self.parentWidget()
        if viewport is None:
            return
        room = viewport.height() - self.members_chart.y() - self.body.contentsMargins().bottom()
        height = min(max(room, CHART_MIN_PX), CHART_MAX_PX)
        for view in (self.members_chart, self.points_chart, self.tiers_chart,
                     self.rewards_chart):
            if view.minimumHeight() != height:
                view.setMinimumHeight(height)
                view.setMaximumHeight(height)

    # --- loading --------------------------------------------------------------------------------

    def opened(self) -> None:
        self.load()

    def set_period(self, days: int) -> None:
        self.days = days
        self.load()

    def period(self) -> tuple[date, date]:
        end = local_day(self.desk.ctx.now(), formats.zone(self.desk))  # the shop's today
        return end - timedelta(days=self.days - 1), end

    def load(self) -> None:
        for days, choice in self.period_buttons.items():
            choice.setChecked(days == self.days)
        self.set_status(self.tr("Counting…"))
        start, end = self.period()
        self.run(report_jobs.dashboard_reports, start, end, on_done=self._loaded)

    def _loaded(self, data: dict[str, Any]) -> None:
        self.data = data
        self._show_period()
        self._show_figures()
        self._show_charts()
        self.choose(self.chosen)

    def _show_period(self) -> None:
        start, end = self.period()
        self.set_status(self.tr("From %1 to %2.").replace("%1", formats.day(self.desk, start))
                        .replace("%2", formats.day(self.desk, end)))

    def _show_figures(self) -> None:
        members = self.data["members"].summary
        redemptions = self.data["redemptions"].summary
        liability = self.data["liability"].summary
        values = {
            "members": formats.number(self.desk, members.get("total", 0)),
            "active_30d": formats.number(self.desk, members.get("active_30d", 0)),
            "active_90d": formats.number(self.desk, members.get("active_90d", 0)),
            "repeat_rate": formats.percent(self.desk, members.get("repeat_rate", 0)),
            "redemption_rate": formats.percent(self.desk, redemptions.get("redemption_rate", 0)),
            "liability": formats.money(self.desk,
                                       int(liability.get("outstanding_value_minor", 0))),
        }
        for key, (number, _caption) in self.figures.items():
            set_text(number, values[key])
        self.retranslate()

    def _show_charts(self) -> None:
        members = self.data["members"]
        show_bars(self.members_chart, self.tr("New members per month"),
                  [formats.month(self.desk, _month_day(str(row[0]))) for row in members.rows],
                  {self.tr("New"): [row[1] for row in members.rows]})
        activity = self.data["activity"].summary
        kinds = ("points_donated", "points_expired", "points_redeemed", "points_issued")
        names = {"points_issued": self.tr("issued"), "points_redeemed": self.tr("redeemed"),
                 "points_expired": self.tr("expired"), "points_donated": self.tr("donated")}
        # horizontal: the words on the left have room in every language (drawn bottom up)
        show_bars(self.points_chart, self.tr("Points in the period"),
                  [names[key] for key in kinds],
                  {self.tr("Points"): [abs(activity.get(key, 0)) for key in kinds]},
                  horizontal=True)
        tiers = self.data["tiers"]
        show_pie(self.tiers_chart, self.tr("Members by tier"),
                 [(str(row[0]), float(row[1])) for row in tiers.rows],
                 lambda value: formats.number(self.desk, round(value)))
        popular = list(self.data["redemptions"].rows)[:6]
        show_bars(self.rewards_chart, self.tr("Most redeemed rewards"),
                  [str(row[0]) for row in reversed(popular)],
                  {self.tr("Vouchers"): [row[1] for row in reversed(popular)]}, horizontal=True)

    def choose(self, name: str) -> None:
        self.chosen = name
        for other, choice in self.report_buttons.items():
            choice.setChecked(other == name)
        report = self.data.get(name)
        if report is None:
            if self.data:  # the figures are in; this table is counted when asked for
                self.set_status(self.tr("Counting…"))
                start, end = self.period()
                self.run(reports.run_report, name, start, end, on_done=self._one_loaded)
            return
        self.report_table.setColumnCount(len(report.columns))
        self.report_table.setHorizontalHeaderLabels(
            [self.column_name(column) for column in report.columns])
        money = {report.columns.index(name) for name in report.money_columns}
        fill(self.report_table, [
            tuple(self._cell(value, index in money) for index, value in enumerate(row))
            for row in report.rows
        ])

    def column_name(self, column: str) -> str:
        """A report column as a heading a shop owner reads (m3: the third month after joining)."""
        names = {
            "day": self.tr("Day"), "month": self.tr("Month"), "purchases": self.tr("Purchases"),
            "sales": self.tr("Sales"), "points_issued": self.tr("Points issued"),
            "points_redeemed": self.tr("Points redeemed"), "date": self.tr("Date"),
            "name": self.tr("Name"), "card": self.tr("Card"), "born": self.tr("Born"),
            "balance": self.tr("Balance"), "rank": self.tr("Rank"), "member": self.tr("Member"),
            "points": self.tr("Points"), "all_time": self.tr("All time"),
            "in_period": self.tr("In the period"), "reward": self.tr("Reward"),
            "issued": self.tr("Issued"), "redeemed": self.tr("Redeemed"),
            "cohort": self.tr("Joined in"), "size": self.tr("Members"), "tier": self.tr("Tier"),
            "members": self.tr("Members"), "share": self.tr("Share"),
            "threshold": self.tr("Starts from"),
        }
        if column in names:
            return names[column]
        if column[:1] == "m" and column[1:].isdigit():
            return self.tr("Month %1").replace("%1", column[1:])
        return column.replace("_", " ")

    def _cell(self, value: Any, money: bool) -> Any:
        if value is None:
            return "–"
        if isinstance(value, float):
            return formats.percent(self.desk, value)
        if money and isinstance(value, int):
            return formats.money(self.desk, value)
        return value

    def _one_loaded(self, report: Any) -> None:
        self.data[report.name] = report
        self._show_period()
        if report.name == self.chosen:
            self.choose(report.name)

    # --- export and print ---------------------------------------------------------------------

    def _export(self) -> None:
        start, end = self.period()
        self.run(report_jobs.export_csv, self.chosen, start, end,
                 on_done=lambda path: self.show_done(
                     self.tr("Saved %1").replace("%1", str(path))))

    def _print(self) -> None:
        printer = self.desk.devices.printer
        if printer is None:
            self.set_status(self.tr("Printing is switched off on this kiosk."), "warning")
            return
        start, end = self.period()
        self.run(report_jobs.print_summary, printer, self.chosen, start, end,
                 on_done=lambda _r: self.show_done(self.tr("Summary printed.")))

    # --- texts ----------------------------------------------------------------------------------

    def nav_title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        set_text(self.title, self.tr("How the programme is doing"))
        names = {30: self.tr("30 days"), 90: self.tr("90 days"), 365: self.tr("12 months")}
        for days, choice in self.period_buttons.items():
            set_text(choice, names[days])
            fit_width(choice)
        captions = {
            "members": self.tr("members"),
            "active_30d": self.tr("active in 30 days"),
            "active_90d": self.tr("active in 90 days"),
            "repeat_rate": self.tr("bought again"),
            "redemption_rate": self.tr("vouchers redeemed"),
            "liability": self.tr("points owed, in money"),
        }
        for key, (_number, caption) in self.figures.items():
            set_text(caption, captions[key])
        report_names = {
            "members": self.tr("Members"), "activity": self.tr("Activity"),
            "retention": self.tr("Retention"), "redemptions": self.tr("Redemptions"),
            "liability": self.tr("Liability"), "top-customers": self.tr("Top customers"),
            "tiers": self.tr("Tiers"), "birthdays": self.tr("Birthdays"),
        }
        for name, choice in self.report_buttons.items():
            set_text(choice, report_names.get(name, name))
            fit_width(choice, 24)
        set_text(self.export_button, self.tr("Export this report (CSV)"))
        set_text(self.print_button, self.tr("Print a summary"))

    def clear(self) -> None:
        super().clear()
        self.data = {}
        self.report_table.setRowCount(0)
        self.retranslate()
