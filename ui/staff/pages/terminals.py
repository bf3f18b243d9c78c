"""The terminals page: every kiosk and back office, its shop, last report, devices and queue, in
colour with a word and a sign beside it; reloaded every 30 seconds while it is shown."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHideEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from kiosk import formatting
from kiosk.services.terminal_views import (
    QUIET_STATES,
    TerminalView,
    list_terminals,
    shop_choices,
)
from ui.screens.base import button, label, set_text
from ui.staff.density import at_desk
from ui.staff.host import StaffHost
from ui.staff.page import StaffPage, heading

REFRESH_MS = 30_000
# (background, text) per health: light enough for dark text, told apart by the word and sign too
COLOURS = {
    "ok": ("#cdebd6", "#0f3d1f"),
    "warning": ("#ffe2a6", "#4a3000"),
    "down": ("#f6c7c2", "#5c0d07"),
    "retired": ("#e2e2e2", "#333333"),
}
SIGNS = {"ok": "●", "warning": "▲", "down": "✖", "retired": "○"}
COLUMNS = 7  # the version shares the terminal's cell: seven columns fit a 1024-pixel screen
STATUS, SHOP, SEEN, PRINTER, SCANNER, QUEUE, NOTE = range(COLUMNS)
# the order in which columns give way on a narrow screen, and how far (their words then wrap)
FLOORS = {NOTE: 150, PRINTER: 85, SCANNER: 85, SEEN: 100, SHOP: 120, QUEUE: 50, STATUS: 90}
# little padding inside a cell, and none above or below: Qt sizes a row of wrapped text without
# it (and would cut the last line short); the columns are widened by the side padding instead
CELL_MARGIN_PX = 8  # what Qt keeps inside a cell besides the style's padding, when it wraps
HEADING_MARGIN_PX = 16  # both sides of a heading's words
DESK_PADDING_PX = 6  # the touch kiosk's 1024 pixels have no room to spare for it
DESK_TABLE_STYLE = f"QTableView::item {{ padding: 0 {DESK_PADDING_PX}px; }}"
TOUCH_TABLE_STYLE = ("QTableView::item { padding: 0; } "
                     "QTableView, QHeaderView::section { font-size: 15px; }")


class TerminalTable(QTableWidget):
    """A read-only table whose columns always fit its width: the note takes what is left, and
    on a narrow screen the wordy columns give way and wrap instead of scrolling sideways."""

    def __init__(self) -> None:
        super().__init__(0, COLUMNS)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit_columns(self) -> None:
        self.resizeColumnsToContents()
        padding = 2 * DESK_PADDING_PX if at_desk() else 0
        widths = [self.columnWidth(column) + padding for column in range(COLUMNS)]
        room = self.viewport().width()
        widths[NOTE] = max(widths[NOTE], FLOORS[NOTE])
        for column, floor in FLOORS.items():
            over = sum(widths) - room
            if over <= 0:
                break
            floor = max(floor, self.heading_width(column))  # its heading is never cut
            widths[column] -= min(max(widths[column] - floor, 0), over)
        over = sum(widths) - room  # long headings (Turkish, Russian): the note wraps more
        if over > 0:
            widths[NOTE] -= min(max(widths[NOTE] - self.heading_width(NOTE), 0), over)
        widths[NOTE] += max(room - sum(widths), 0)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self.fit_rows(padding)

    def heading_width(self, column: int) -> int:
        """The width a column's heading needs to be read whole (its words and a margin)."""
        item = self.horizontalHeaderItem(column)
        text = item.text() if item is not None else ""
        font = QFont(self.font())  # the sections' size comes from the table's style sheet
        font.setBold(True)
        return QFontMetrics(font).horizontalAdvance(text) + HEADING_MARGIN_PX

    def fit_rows(self, padding: int) -> None:
        """Each row as high as its tallest cell's wrapped lines (measured here: Qt's own
        measure leaves out a cell's side padding and would cut the last line short)."""
        metrics = self.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        for row in range(self.rowCount()):
            tallest = metrics.height()
            for column in range(COLUMNS):
                item = self.item(row, column)
                if item is None:
                    continue
                room = QRect(0, 0, max(self.columnWidth(column) - padding - CELL_MARGIN_PX, 10),
                             10_000)
                tallest = max(tallest, metrics.boundingRect(room, flags, item.text()).height())
            self.setRowHeight(row, tallest + 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_columns()  # filled while hidden (a language switched meanwhile): fit it now


class TerminalsPage(StaffPage):
    """A table of the terminals (the worst first) and a shop filter; a shop manager sees only
    their shop."""

    permission = "terminals"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__(desk)
        self.views: list[TerminalView] = []
        self.loaded_at: datetime | None = None
        self.loading = False
        self.title = heading()
        self.shop_label = label()
        self.shop_choice = QComboBox()
        self.shop_choice.setMinimumWidth(220)
        # as wide as its longest shop name (a chain's names are short; the title gives way)
        self.shop_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.shop_choice.activated.connect(lambda _index: self.load())
        self.refresh_button = button("small")
        self.refresh_button.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.shop_label)
        top.addWidget(self.shop_choice)
        top.addWidget(self.refresh_button)
        self.summary = label()
        self.table = TerminalTable()
        # seven columns on a 1024-pixel touch screen: a little smaller text than other tables
        self.table.setStyleSheet(DESK_TABLE_STYLE if at_desk() else TOUCH_TABLE_STYLE)
        self.table.setMinimumHeight(260)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.load)
        self.body.addLayout(top)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.status)
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Terminals")

    # --- loading ------------------------------------------------------------------------------

    def opened(self) -> None:
        self.timer.start()
        self.run(shop_choices, on_done=self._shops)
        self.load()

    def chosen_shop(self) -> str | None:
        data = self.shop_choice.currentData()
        return data if isinstance(data, str) and data else None

    def load(self) -> None:
        """Read every terminal's last report again (on the worker)."""
        if self.loading:
            return
        self.loading = True
        self.run(list_terminals, self.chosen_shop(), on_done=self._loaded,
                 on_error=self._failed)

    def _failed(self, problem: object) -> None:
        self.loading = False
        self.show_problem(problem)  # type: ignore[arg-type]

    def _shops(self, shops: list[tuple[str, str]]) -> None:
        chosen = self.chosen_shop()
        self.shop_choice.clear()
        if len(shops) != 1:  # a shop manager's list holds their own shop alone
            self.shop_choice.addItem(self.tr("All shops"), "")
        for code, name in shops:
            self.shop_choice.addItem(f"{name} ({code})" if name != code else code, code)
        index = self.shop_choice.findData(chosen) if chosen else 0
        self.shop_choice.setCurrentIndex(max(index, 0))
        self.shop_choice.setEnabled(self.shop_choice.count() > 1)

    def _loaded(self, views: list[TerminalView]) -> None:
        self.loading = False
        self.views = views
        self.loaded_at = self.desk.ctx.now()
        self._fill()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()  # reloaded while shown only
        super().hideEvent(event)

    def clear(self) -> None:
        self.timer.stop()
        self.views = []
        self.loaded_at = None
        self.loading = False
        self.table.setRowCount(0)
        self.summary.clear()
        self.shop_choice.clear()
        super().clear()

    # --- showing ------------------------------------------------------------------------------

    def _fill(self) -> None:
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            for column, text in enumerate(self.row_texts(view)):
                item = QTableWidgetItem(text)
                if column == STATUS:
                    background, foreground = COLOURS[view.health]
                    item.setBackground(QBrush(QColor(background)))
                    item.setForeground(QBrush(QColor(foreground)))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if column == QUEUE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.fit_columns()
        self._summarise()
        if not self.views:
            self.set_status(self.tr("No terminal has reported in yet."))
        elif self.loaded_at is not None:
            self.set_status(self.tr("Updated at %1; again every 30 seconds.").replace(
                "%1", self._time_here(self.loaded_at)))

    def _summarise(self) -> None:
        counts = {health: sum(view.health == health for view in self.views) for health in SIGNS}
        parts = [f"{SIGNS[health]} {self.health_word(health)}: {count}"
                 for health, count in counts.items() if count]
        set_text(self.summary, "   ".join(parts))

    def row_texts(self, view: TerminalView) -> list[str]:
        """The cells of one terminal's row, in the shown language."""
        kind = self.tr("back office") if view.kind == "back-office" else self.tr("kiosk")
        return [
            f"{SIGNS[view.health]} {self.health_word(view.health)}",
            f"{view.store_name}\n{view.code} · {kind}\n"
            + self.tr("version %1").replace("%1", view.version or "?"),
            f"{self._shop_time(view, view.last_seen_at, dated=False)}\n"
            + self.ago(self._age(view)),
            self.printer_text(view.printer_state),
            self.scanner_text(view.scanner_state),
            str(view.queue_length),
            self.note(view),
        ]

    def health_word(self, health: str) -> str:
        return {
            "ok": self.tr("OK"), "warning": self.tr("Warning"), "down": self.tr("Down"),
            "retired": self.tr("Retired"),
        }[health]

    def printer_text(self, state: str) -> str:
        if state in ("", "unknown"):
            return "—"
        if state == "none":
            return self.tr("none")
        if state in QUIET_STATES:
            return self.tr("OK")
        words = {
            "no_paper": self.tr("Out of paper"), "paper_out": self.tr("Out of paper"),
            "out": self.tr("Out of paper"), "low": self.tr("Paper low"),
            "paper_low": self.tr("Paper low"), "cover_open": self.tr("Cover open"),
        }
        return words.get(state, self.tr("Not reachable"))

    def scanner_text(self, state: str) -> str:
        if state in ("", "unknown"):
            return "—"
        if state == "none":
            return self.tr("none")
        if state in QUIET_STATES:
            return self.tr("OK")
        if state == "connecting":
            return self.tr("Connecting")
        return self.tr("Disconnected")

    def note(self, view: TerminalView) -> str:
        """The row's reason in words: what is wrong, or that it is working."""
        since = self._shop_time(view, view.last_seen_at)
        parts: list[str] = []
        for problem in view.problems:
            if problem == "shop_off":
                parts.append(self.tr("Shop switched off"))
            elif problem == "retired":
                parts.append(self.tr("Retired: not seen since %1").replace("%1", since))
            elif problem == "not_seen":
                parts.append(self.tr("Not seen since %1").replace("%1", since))
            elif problem == "late":
                parts.append(self.tr("Last report %1").replace("%1", self.ago(self._age(view))))
            elif problem == "offline" and view.offline_since is not None:
                parts.append(self.tr("Offline since %1").replace(
                    "%1", self._shop_time(view, view.offline_since)))
            elif problem == "printer":
                parts.append(self.tr("Printer: %1").replace(
                    "%1", self.printer_text(view.printer_state)))
            elif problem == "scanner":
                parts.append(self.tr("Scanner: %1").replace(
                    "%1", self.scanner_text(view.scanner_state)))
            elif problem == "queue":
                parts.append(self.tr("%n change(s) waiting", "", view.queue_length))
        return "; ".join(parts) if parts else self.tr("Working")

    def ago(self, age: timedelta) -> str:
        """How long ago, in the shown language: just now, 2 min ago, 3 h ago, 5 days ago."""
        minutes = int(age.total_seconds() // 60)
        if minutes < 1:
            return self.tr("just now")
        if minutes < 60:
            return self.tr("%n min ago", "", minutes)
        if minutes < 48 * 60:
            return self.tr("%n h ago", "", minutes // 60)
        return self.tr("%n day(s) ago", "", minutes // (24 * 60))

    def _age(self, view: TerminalView) -> timedelta:
        now = self.loaded_at or self.desk.ctx.now()
        return max(now - view.last_seen_at, timedelta(0))

    def _shop_time(self, view: TerminalView, moment: datetime, dated: bool = True) -> str:
        """A stored instant in the terminal's shop time: 14:05 within the last day, else the date
        and time (or the date alone when not dated)."""
        local = formatting.local_time(moment, formatting.shop_zone(view.time_zone))
        now = self.loaded_at or self.desk.ctx.now()
        if now - moment < timedelta(hours=20):
            return local.strftime("%H:%M")
        return local.strftime("%Y-%m-%d %H:%M" if dated else "%Y-%m-%d")

    def _time_here(self, moment: datetime) -> str:
        zone = formatting.shop_zone(self.desk.ctx.config.store.time_zone)
        return formatting.local_time(moment, zone).strftime("%H:%M")

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Terminals"))
        set_text(self.shop_label, self.tr("Shop"))
        set_text(self.refresh_button, self.tr("Refresh"))
        if self.shop_choice.count() and self.shop_choice.itemData(0) == "":
            self.shop_choice.setItemText(0, self.tr("All shops"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Status"), self.tr("Terminal"), self.tr("Last seen"),
            self.tr("Printer"), self.tr("Scanner"), self.tr("Queue"),
            self.tr("Note"),
        ])
        if self.views:
            self._fill()
