"""The Hardware page's "Scheduled work" block: each of the kiosk's own jobs, its last run in
plain words (in the shown language and the shop's time zone) and its next time."""

from __future__ import annotations

from datetime import datetime, timedelta

from babel.dates import format_time
from babel.numbers import format_decimal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from kiosk import formatting
from kiosk.views import JobRunView, ScheduledJobView
from ui.screens.base import label, restyle, set_text
from ui.staff import formats
from ui.staff.formats import HasContext

JOBS = ("expiry", "backup", "report_totals", "clean_up")


class ScheduledWorkBox(QFrame):
    """One line per job; a failed last run is shown in the warning colour."""

    def __init__(self, host: HasContext) -> None:
        super().__init__()
        self.host = host
        self.setProperty("kind", "card")
        self.work: list[ScheduledJobView] | None = None
        self.title = label("subtitle")
        self.lines: dict[str, QLabel] = {job: label() for job in JOBS}
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        for line in self.lines.values():
            layout.addWidget(line)
        self.retranslate()

    def show_work(self, work: list[ScheduledJobView] | None) -> None:
        """Show the jobs as the worker read them (None: not read yet)."""
        self.work = work
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Scheduled work"))
        views = {view.job: view for view in self.work or []}
        for job, line in self.lines.items():
            view = views.get(job)
            failed = view is not None and view.last is not None and not view.last.ok
            kind = "warning" if failed else ""
            if line.property("kind") != kind:
                restyle(line, kind)
            set_text(line, self.tr("Reading…") if view is None else self.sentence(view))
        self._fit_heights()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_heights()

    def _fit_heights(self) -> None:
        """Give each line the height its wrapped text needs at this width: a page in a scroll
        area otherwise squeezes a sentence that wraps (a long one, in Russian or Turkish)."""
        margins = self.layout().contentsMargins()
        width = self.contentsRect().width() - margins.left() - margins.right()
        if width <= 0:
            return
        for line in (self.title, *self.lines.values()):
            needed = line.heightForWidth(width)
            if needed > 0 and line.minimumHeight() != needed:
                line.setMinimumHeight(needed)

    def title_of(self, job: str) -> str:
        return {
            "expiry": self.tr("Points expiry"),
            "backup": self.tr("Backup"),
            "report_totals": self.tr("Report totals"),
            "clean_up": self.tr("Clean-up of old previews and exports"),
        }[job]

    def sentence(self, view: ScheduledJobView) -> str:
        """'Last backup 03:00 today, 2.4 GB, ok · next: 03:00 tomorrow'."""
        if not view.runs_here:
            return self.tr("Backup: the chain's database server is backed up on the server "
                           "(pg_dump), not by the kiosk")
        last = view.last
        text = (self.tr("%1: never run yet").replace("%1", self.title_of(view.job))
                if last is None else self.last_run(last))
        if view.next_at is not None:
            text += " · " + self.tr("next: %1").replace("%1", self.when(view.next_at))
        return text

    def last_run(self, run: JobRunView) -> str:
        when = self.when(run.started_at)
        if not run.ok:
            return (self.tr("%1 failed at %2: %3").replace("%1", self.title_of(run.job))
                    .replace("%2", when).replace("%3", self.problem(run.details.get("problem"))))
        numbers = run.details
        if run.job == "expiry":
            points = int(numbers.get("points", 0))
            if not points:
                return self.tr("Points expiry %1: nothing had expired").replace("%1", when)
            members = self.tr("%n member(s)", "", int(numbers.get("members", 0)))
            return (self.tr("Points expiry %1: %n point(s) expired (%2)", "", points)
                    .replace("%1", when).replace("%2", members))
        if run.job == "backup":
            return (self.tr("Last backup %1, %2, ok").replace("%1", when)
                    .replace("%2", self.size(run.bytes or 0)))
        if run.job == "clean_up":
            return self.tr("Clean-up %1: %n old file(s) deleted", "",
                           int(numbers.get("files", 0))).replace("%1", when)
        return self.tr("Report totals counted %1").replace("%1", when)

    def problem(self, kind: object) -> str:
        return {
            "disk_full": self.tr("the disk is full"),
            "not_writable": self.tr("the folder cannot be written to"),
            "database": self.tr("the database could not be used"),
            "file_error": self.tr("a file could not be read or written"),
        }.get(str(kind), self.tr("an unexpected error (see the log)"))

    def when(self, moment: datetime) -> str:
        """03:00 today, 03:00 yesterday, 03:00 tomorrow, or the date and time."""
        zone = formats.zone(self.host)
        language = formats.language(self.host)
        wall = formatting.local_time(moment, zone)
        today = formatting.local_day(self.host.ctx.now(), zone)
        clock = format_time(wall.time(), format="short", locale=formatting.locale_for(language))
        if wall.date() == today:
            return self.tr("%1 today").replace("%1", clock)
        if wall.date() == today - timedelta(days=1):
            return self.tr("%1 yesterday").replace("%1", clock)
        if wall.date() == today + timedelta(days=1):
            return self.tr("%1 tomorrow").replace("%1", clock)
        return formatting.wall_datetime_text(wall, language)

    def size(self, size: int) -> str:
        """2.4 GB / 2,4 GB / 2,4 ГБ: the file size in the shown language."""
        language = formats.language(self.host)
        for limit, unit in ((10**9, self.tr("%1 GB")), (10**6, self.tr("%1 MB")),
                            (10**3, self.tr("%1 KB"))):
            if size >= limit:
                number = format_decimal(size / limit, format="#,##0.0",
                                        locale=formatting.locale_for(language))
                return unit.replace("%1", number)
        return self.tr("%n byte(s)", "", size)
