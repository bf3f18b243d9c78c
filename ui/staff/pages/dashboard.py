"""The owner's dashboard: headline figures, charts, every report as a table to export or print;
for the whole chain or one shop, and the shops side by side."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QVBoxLayout

from kiosk import reports
from kiosk.formatting import local_day
from kiosk.reports.scope import Shop, picker
from kiosk.reports.side_by_side import CHAIN, OTHER, compare_shops
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
BY_SHOP = "by-shop"  # the shops side by side, chosen like a report


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
        self.store: str | None = None  # the shop shown; None: the whole chain
        self.own_store: str | None = None  # a shop manager's shop: the picker stays on it
        self.shops: list[Shop] = []
        self.title = heading()
        self.shop_caption = label("muted")
        self.shop_picker = QComboBox()
        self.shop_picker.setMinimumWidth(220)
        self.shop_picker.activated.connect(self._shop_chosen)
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
        for index, name in enumerate((*reports.REPORTS, BY_SHOP)):
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
        top = QHBoxLayout()  # the shop beside the heading: the period row keeps its room
        top.addWidget(self.title, 1)
        top.addWidget(self.shop_caption)
        top.addWidget(self.shop_picker)
        self.body.addLayout(top)
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
        self.run(picker, on_done=self._shops_known)

    def _shops_known(self, found: tuple[str | None, list[Shop]]) -> None:
        """Fill the shop picker: every shop and "All shops", or only the manager's own shop."""
        self.own_store, self.shops = found
        if self.own_store is not None:
            self.store = self.own_store
        elif self.store not in {shop.code for shop in self.shops}:
            self.store = None
        self._fill_picker()
        self.load()

    def _fill_picker(self) -> None:
        self.shop_picker.clear()
        if self.own_store is None:
            self.shop_picker.addItem(self.tr("All shops"), None)
        for shop in self.shops:
            text = shop.code if shop.name == shop.code else f"{shop.name} ({shop.code})"
            self.shop_picker.addItem(text, shop.code)
        self.shop_picker.setCurrentIndex(max(self.shop_picker.findData(self.store), 0))
        chain = len(self.shops) > 1 or self.own_store is not None  # one shop: nothing to pick
        self.shop_picker.setVisible(chain)
        self.shop_caption.setVisible(chain)
        self.shop_picker.setEnabled(self.own_store is None)
        self.report_buttons[BY_SHOP].setVisible(self.own_store is None and len(self.shops) > 1)
        if self.chosen == BY_SHOP and self.own_store is not None:
            self.chosen = "liability"

    def _shop_chosen(self, index: int) -> None:
        store = self.shop_picker.itemData(index)
        if self.own_store is not None:  # fixed to the manager's own shop
            store = self.own_store
        if store != self.store:
            self.store = store
            self.load()

    def choose_shop(self, store: str | None) -> None:
        """Show the chain's figures (None) or one shop's, as picking it in the list does."""
        self._shop_chosen(max(self.shop_picker.findData(store), 0))

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
        self.run(report_jobs.dashboard_reports, start, end, self.store, on_done=self._loaded)

    def _loaded(self, data: dict[str, Any]) -> None:
        if any(report.store != self.store for report in data.values()):
            return  # counted for a shop no longer chosen; that one's figures are on their way
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
        self.export_button.setEnabled(name != BY_SHOP)
        self.print_button.setEnabled(name != BY_SHOP)
        report = self.data.get(name)
        if report is None:
            if self.data:  # the figures are in; this table is counted when asked for
                self.set_status(self.tr("Counting…"))
                start, end = self.period()
                if name == BY_SHOP:
                    self.run(compare_shops, start, end, on_done=self._one_loaded)
                else:
                    self.run(reports.run_report, name, start, end, self.store,
                             on_done=self._one_loaded)
            return
        if name == BY_SHOP:
            self._show_side_by_side(report)
            return
        self.report_table.setColumnCount(len(report.columns))
        self.report_table.setHorizontalHeaderLabels(
            [self.column_name(column) for column in report.columns])
        money = {report.columns.index(name) for name in report.money_columns}
        fill(self.report_table, [
            tuple(self._cell(value, index in money) for index, value in enumerate(row))
            for row in report.rows
        ])

    def _show_side_by_side(self, report: Any) -> None:
        """A row per main figure, a column per shop and the chain's total last."""
        names = {shop.code: shop.name for shop in self.shops}
        names.update({CHAIN: self.tr("All shops"), OTHER: self.tr("No shop")})
        codes = report.columns[1:]
        # shops by their short codes (the name on pointing at it): many fit side by side
        headings = [self.tr("Figure")] + [
            names[code] if code in (CHAIN, OTHER) else code for code in codes]
        self.report_table.setColumnCount(len(headings))
        self.report_table.setHorizontalHeaderLabels(headings)
        for column, code in enumerate(codes, start=1):
            self.report_table.horizontalHeaderItem(column).setToolTip(names.get(code, code))
        captions = self.figure_names()
        fill(self.report_table, [
            (captions.get(figure, figure),
             *(self._cell(value, figure.endswith("_minor")) for value in values))
            for figure, *values in report.rows
        ])

    def figure_names(self) -> dict[str, str]:
        """The side-by-side view's figures as a shop owner reads them."""
        return {
            "total": self.tr("Members"), "new_members": self.tr("New members"),
            "active_30d": self.tr("Active in 30 days"), "purchases": self.tr("Purchases"),
            "sales_minor": self.tr("Sales"), "average_basket_minor": self.tr("Average basket"),
            "points_issued": self.tr("Points issued"),
            "points_redeemed": self.tr("Points redeemed"),
            "redeemed": self.tr("Vouchers redeemed"),
            "outstanding_value_minor": self.tr("Points owed, in money"),
        }

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
        if report.name != BY_SHOP and report.store != self.store:
            return  # counted for a shop no longer chosen
        self.data[report.name] = report
        self._show_period()
        if report.name == self.chosen:
            self.choose(report.name)

    # --- export and print ---------------------------------------------------------------------

    def _export(self) -> None:
        start, end = self.period()
        self.run(report_jobs.export_csv, self.chosen, start, end, None, self.store,
                 on_done=lambda path: self.show_done(
                     self.tr("Saved %1").replace("%1", str(path))))

    def _print(self) -> None:
        printer = self.desk.devices.printer
        if printer is None:
            self.set_status(self.tr("Printing is switched off on this kiosk."), "warning")
            return
        start, end = self.period()
        self.run(report_jobs.print_summary, printer, self.chosen, start, end, None, self.store,
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
            BY_SHOP: self.tr("Shops side by side"),
        }
        for name, choice in self.report_buttons.items():
            set_text(choice, report_names.get(name, name))
            fit_width(choice, 24)
        set_text(self.export_button, self.tr("Export this report (CSV)"))
        set_text(self.print_button, self.tr("Print a summary"))
        set_text(self.shop_caption, self.tr("Shop"))
        if self.shop_picker.count() and self.shop_picker.itemData(0) is None:
            self.shop_picker.setItemText(0, self.tr("All shops"))

    def clear(self) -> None:
        super().clear()
        self.data = {}
        self.store = self.own_store = None  # the next person may belong to another shop
        self.shops = []
        self._fill_picker()
        self.report_table.setRowCount(0)
        self.retranslate()
