"""The audit log page: who did what and why, filtered by day, person and kind of action."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from kiosk.formatting import shop_today
from kiosk.services import staff
from kiosk.services.audit_log import AuditLine, recent_audit
from kiosk.services.staff import StaffInfo
from ui.screens.base import button, label, set_text
from ui.staff import formats
from ui.staff.audit_sentences import points_note, sentence
from ui.staff.host import StaffHost
from ui.staff.page import StaffPage, form, heading

# The kinds of action a chip shows, and the action prefixes each one covers.
KINDS: dict[str, tuple[str, ...]] = {
    "purchase": ("purchase",),
    "refund": ("refund",),
    "voucher": ("voucher",),
    "member": ("member", "card", "points"),
    "staff": ("staff",),
    "catalogue": ("reward", "cause"),
    "programme": ("programme",),
}
DAYS = {"today": (0, 1), "yesterday": (1, 1), "week": (0, 7)}  # days back, how many days
CHIPS_PER_ROW = 4
LIMIT = 200


def chip() -> QPushButton:
    """A checkable filter button big enough for a finger."""
    widget = button("chip")
    widget.setCheckable(True)
    widget.setMinimumHeight(48)
    return widget


class AuditPage(StaffPage):
    """The newest actions first: time, who, action, on what, details and reason."""

    permission = "audit"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__(desk)
        self.lines: list[AuditLine] = []
        self.day = "today"
        self.person: str | None = None
        self.kind: str | None = None
        self.title = heading()
        self.day_buttons: dict[str, QPushButton] = {}
        day_row = QHBoxLayout()
        for key in DAYS:
            choice = chip()
            choice.clicked.connect(lambda _=False, k=key: self._choose_day(k))
            day_row.addWidget(choice)
            self.day_buttons[key] = choice
        self.everyone_button = chip()
        self.everyone_button.clicked.connect(lambda: self._choose_person(None))
        self.person_buttons: dict[str, QPushButton] = {}
        self.person_grid = QGridLayout()
        self.person_grid.setContentsMargins(0, 0, 0, 0)
        self.person_grid.addWidget(self.everyone_button, 0, 0)
        self.all_kinds_button = chip()
        self.all_kinds_button.clicked.connect(lambda: self._choose_kind(None))
        self.kind_buttons: dict[str, QPushButton] = {}
        kind_grid = QGridLayout()
        kind_grid.setContentsMargins(0, 0, 0, 0)
        kind_grid.addWidget(self.all_kinds_button, 0, 0)
        for index, key in enumerate(KINDS, start=1):
            choice = chip()
            choice.clicked.connect(lambda _=False, k=key: self._choose_kind(k))
            kind_grid.addWidget(choice, index // CHIPS_PER_ROW, index % CHIPS_PER_ROW)
            self.kind_buttons[key] = choice
        self.filters = form()
        self.day_label, self.person_label, self.kind_label = label(), label(), label()
        self.filters.addRow(self.day_label, day_row)
        self.filters.addRow(self.person_label, self.person_grid)
        self.filters.addRow(self.kind_label, kind_grid)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(2, 220)
        self.table.setMinimumHeight(300)
        self.body.addWidget(self.title)
        self.body.addLayout(self.filters)
        self.body.addWidget(self.status)
        self.body.addWidget(self.table, 1)
        self.clear()

    # --- filters ------------------------------------------------------------------------------

    def opened(self) -> None:
        self.run(staff.list_staff, True, on_done=self._people)
        self.load()

    def _people(self, people: list[StaffInfo]) -> None:
        for choice in self.person_buttons.values():
            self.person_grid.removeWidget(choice)
            choice.deleteLater()
        self.person_buttons = {}
        for index, info in enumerate(people, start=1):
            choice = chip()
            choice.clicked.connect(lambda _=False, n=info.name: self._choose_person(n))
            set_text(choice, info.name)
            self.person_grid.addWidget(choice, index // CHIPS_PER_ROW, index % CHIPS_PER_ROW)
            self.person_buttons[info.name] = choice
        if self.person not in self.person_buttons:
            self.person = None
        self._check_chips()

    def _choose_day(self, key: str) -> None:
        self.day = key
        self.load()

    def _choose_person(self, name: str | None) -> None:
        self.person = None if name == self.person else name
        self.load()

    def _choose_kind(self, key: str | None) -> None:
        self.kind = None if key == self.kind else key
        self.load()

    def _check_chips(self) -> None:
        for key, choice in self.day_buttons.items():
            choice.setChecked(key == self.day)
        self.everyone_button.setChecked(self.person is None)
        for name, choice in self.person_buttons.items():
            choice.setChecked(name == self.person)
        self.all_kinds_button.setChecked(self.kind is None)
        for key, choice in self.kind_buttons.items():
            choice.setChecked(key == self.kind)

    def first_day(self) -> date:
        """The newest shop day (store.time_zone) the chosen day filter covers."""
        back, _ = DAYS[self.day]
        return shop_today(self.desk.ctx.config, self.desk.ctx.now()) - timedelta(days=back)

    def load(self) -> None:
        """Read the log again with the filters chosen."""
        self._check_chips()
        _, days = DAYS[self.day]
        prefixes = KINDS[self.kind] if self.kind else None
        self.run(recent_audit, self.first_day(), self.person, prefixes, LIMIT, days,
                 on_done=self._loaded)

    def _loaded(self, lines: list[AuditLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        self._fill()
        if not lines:
            self.set_status(self.tr("Nothing was recorded for these filters."))
        else:
            self.set_status(self.tr("%n action(s), newest first.", "", len(lines)))

    # --- texts --------------------------------------------------------------------------------

    def _fill(self) -> None:
        for index, line in enumerate(self.lines):
            for column, text in enumerate(self.row_texts(line)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)

    def row_texts(self, line: AuditLine) -> list[str]:
        """Time, the sentence (with the points moved) and the reason as the table shows them."""
        moment = line.at.astimezone()  # the machine's wall clock -> the shop's zone
        when = (formats.clock_time(self.desk, moment) if self.day != "week"
                else formats.moment(self.desk, moment))
        what = sentence(self.desk, line)
        note = points_note(self.desk, line)
        if note:
            what = f"{what}\n{note}"
        return [when, what, line.reason]

    def nav_title(self) -> str:
        return self.tr("Audit log")

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Audit log: who did what"))
        set_text(self.day_label, self.tr("Day"))
        set_text(self.person_label, self.tr("Who"))
        set_text(self.kind_label, self.tr("What"))
        days = {"today": self.tr("Today"), "yesterday": self.tr("Yesterday"),
                "week": self.tr("Last 7 days")}
        for key, choice in self.day_buttons.items():
            set_text(choice, days[key])
        set_text(self.everyone_button, self.tr("Everyone"))
        set_text(self.all_kinds_button, self.tr("Everything"))
        kinds = {
            "purchase": self.tr("Purchases"), "refund": self.tr("Refunds"),
            "voucher": self.tr("Vouchers"), "member": self.tr("Members"),
            "staff": self.tr("Staff"), "catalogue": self.tr("Rewards and causes"),
            "programme": self.tr("Programme"),
        }
        for key, choice in self.kind_buttons.items():
            set_text(choice, kinds[key])
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("What happened"), self.tr("Reason")])
        self.table.setAccessibleName(self.tr("Audit log"))
        self._fill()

    def clear(self) -> None:
        super().clear()
        self.lines = []
        self.day = "today"
        self.person = None
        self.kind = None
        self.table.setRowCount(0)
        self._check_chips()
        self.retranslate()
