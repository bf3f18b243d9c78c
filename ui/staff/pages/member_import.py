"""Importing members on the kiosk (managers): pick a file from the imports folder or a USB
stick, see the check's result with every bad line, then import all of it."""
# ruff: noqa: E501  (one translatable sentence per line, as lupdate reads it)

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem

from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.imports.rows import RowProblem
from kiosk.imports.sources import import_files, mounted_media
from kiosk.paths import data_dir
from kiosk.services.member_import import ImportResult, import_members
from ui.screens.base import button, label, set_text
from ui.staff import formats
from ui.staff.controls import fill, table, touch_scroll
from ui.staff.host import StaffHost
from ui.staff.page import StaffPage, heading
from ui.staff.problems import staff_problem_text

CONTEXT = "MemberImport"
# the file's columns, as people call them
COLUMNS = {
    "name": QT_TRANSLATE_NOOP("MemberImport", "name"),
    "phone": QT_TRANSLATE_NOOP("MemberImport", "phone"),
    "email": QT_TRANSLATE_NOOP("MemberImport", "e-mail"),
    "birthday": QT_TRANSLATE_NOOP("MemberImport", "birthday"),
    "card": QT_TRANSLATE_NOOP("MemberImport", "card"),
    "points": QT_TRANSLATE_NOOP("MemberImport", "points"),
    "points_expire": QT_TRANSLATE_NOOP("MemberImport", "points expire"),
    "consent": QT_TRANSLATE_NOOP("MemberImport", "consent"),
    "language": QT_TRANSLATE_NOOP("MemberImport", "language"),
}
# what is wrong with a line, per reason (other reasons: the staff screen's sentences)
PROBLEMS = {
    "card_invalid": QT_TRANSLATE_NOOP("MemberImport", "Not a card number: 13 digits are expected."),
    "card_check_digit": QT_TRANSLATE_NOOP("MemberImport", "The card number's last digit does not fit (a typing error?)."),
    "card_taken": QT_TRANSLATE_NOOP("MemberImport", "This card belonged to a member who was erased or merged."),
    "phone_exists": QT_TRANSLATE_NOOP("MemberImport", "Another member of the kiosk already has this phone number."),
    "birthday_invalid": QT_TRANSLATE_NOOP("MemberImport", "The birthday is not a possible date (YYYY-MM-DD or DD.MM.YYYY)."),
    "points_invalid": QT_TRANSLATE_NOOP("MemberImport", "Points must be a whole number, 0 or more."),
    "expiry_invalid": QT_TRANSLATE_NOOP("MemberImport", "The points' expiry must be a date in the future."),
    "consent_invalid": QT_TRANSLATE_NOOP("MemberImport", "Consent must be yes or no."),
    "language_invalid": QT_TRANSLATE_NOOP("MemberImport", "The language must be en, tr or ru."),
    "card_duplicate": QT_TRANSLATE_NOOP("MemberImport", "The same card number is on line %1 too."),
    "phone_duplicate": QT_TRANSLATE_NOOP("MemberImport", "The same phone number is on line %1 too."),
    "email_duplicate": QT_TRANSLATE_NOOP("MemberImport", "The same e-mail address is on line %1 too."),
    "import_file": QT_TRANSLATE_NOOP("MemberImport", "This file cannot be read. Save it as CSV UTF-8 or as an Excel workbook (.xlsx)."),
    "import_columns": QT_TRANSLATE_NOOP("MemberImport", "The file's first line must name the columns, with at least name and card."),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def find_files(_ctx: Context) -> list[Path]:
    """The member files in the data folder's imports/ and on mounted media (a worker job)."""
    return import_files([data_dir() / "imports", *mounted_media()])


def problem_text(problem: RowProblem) -> str:
    """One bad line's problem in the screen's language."""
    if problem.reason in PROBLEMS:
        first = problem.message.split("lines ", 1)[-1].split(" ", 1)[0]
        return _tr(PROBLEMS[problem.reason]).replace("%1", first)
    return staff_problem_text(KioskError(problem.message, problem.reason))


class MemberImportPage(StaffPage):
    """Pick a file, check it (a dry run on the worker), then import every member or none."""

    permission = "member_import"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__(desk)
        self.files: list[Path] = []
        self.chosen: Path | None = None
        self.checked: ImportResult | None = None
        self.done: ImportResult | None = None
        self.title = heading()
        self.hint = label("body")
        self.hint.setWordWrap(True)
        self.file_list = QListWidget()
        self.file_list.setMinimumHeight(110)
        self.file_list.setMaximumHeight(170)
        self.file_list.setAccessibleName("files")
        self.file_list.itemClicked.connect(self._picked)
        touch_scroll(self.file_list)
        self.refresh_button = button("")
        self.refresh_button.clicked.connect(self.opened)
        top = QHBoxLayout()
        top.addWidget(self.refresh_button, 0)
        top.addStretch(1)
        self.summary = label("body")
        self.summary.setWordWrap(True)
        self.problems = table(3)
        self.problems.setMinimumHeight(260)
        self.problems.setWordWrap(True)  # a whole sentence per problem, on two lines if need be
        self.import_button = button("primary")
        self.import_button.setMinimumHeight(56)
        self.import_button.clicked.connect(self._import)
        self.body.addWidget(self.title)
        self.body.addWidget(self.hint)
        self.body.addLayout(top)
        self.body.addWidget(self.file_list)
        self.body.addWidget(self.status)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.problems, 10)  # the bad lines take the room there is
        self.body.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignRight)
        self.body.addStretch(1)  # with no bad lines to list the page keeps to the top
        self.clear()

    # --- flow -----------------------------------------------------------------------------------

    def opened(self) -> None:
        self.run(find_files, on_done=self._show_files)

    def _show_files(self, files: list[Path]) -> None:
        self.files = files
        self.file_list.clear()
        for path in files:
            item = QListWidgetItem(f"{path.name}    ({path.parent})")
            item.setSizeHint(QSize(0, 52))
            self.file_list.addItem(item)
        if not files:
            self.set_status(self.tr("No CSV or Excel file found. Put one in %1 or plug in a "
                                    "USB stick, then touch Look again.")
                            .replace("%1", str(data_dir() / "imports")), "warning")
        else:
            self.set_status(self.tr("Touch a file to check it. Nothing is imported yet."))

    def _picked(self, item: QListWidgetItem) -> None:
        row = self.file_list.row(item)
        if not 0 <= row < len(self.files):
            return
        self.chosen, self.checked, self.done = self.files[row], None, None
        self.file_list.setCurrentRow(row)
        self._show_result()
        self.set_status(self.tr("Checking %1…").replace("%1", self.chosen.name))
        self.run(import_members, self.chosen, (), True, on_done=self._checked,
                 on_error=self._refused)

    def _checked(self, result: ImportResult) -> None:
        self.checked = result
        self._show_result()
        if result.ok and result.new:
            self.set_status(self.tr("The file is good. Touch the button to import."), "ok")
        elif result.ok:
            self.set_status(self.tr("Every member of this file is here already."), "ok")
        else:
            self.set_status(self.tr("Nothing can be imported until every line is right: "
                                    "correct the file and check it again."), "warning")

    def _refused(self, problem: KioskError) -> None:
        self.checked = None
        self._show_result()
        if problem.reason in PROBLEMS:
            self.set_status(_tr(PROBLEMS[problem.reason]), "warning")
        else:
            self.show_problem(problem)

    def _import(self) -> None:
        checked = self.checked
        if self.chosen is None or checked is None or not checked.ok or not checked.new:
            return
        self.import_button.setEnabled(False)
        self.set_status(self.tr("Importing…"))
        self.run(import_members, self.chosen, (), False, on_done=self._imported,
                 on_error=self._refused)

    def _imported(self, result: ImportResult) -> None:
        self.done, self.checked = result, result
        self._show_result()
        if result.ok:
            self.show_done(self.tr("Imported %n member(s).", "", result.new))
        else:
            self.set_status(self.tr("Nothing was imported: the members changed since the "
                                    "check. Check the file again."), "warning")

    # --- showing --------------------------------------------------------------------------------

    def _show_result(self) -> None:
        result = self.checked
        rows: list[tuple[Any, ...]] = []
        if result is not None:
            rows = [(formats.number(self.desk, p.line), _tr(COLUMNS.get(p.column, p.column)),
                     problem_text(p)) for p in result.errors]
        fill(self.problems, rows)
        self.problems.resizeRowsToContents()
        self.problems.setVisible(bool(rows))
        self.retranslate()

    def _summary_text(self, result: ImportResult) -> str:
        number = formats.number
        text = self.tr("New: %1 · Already here: %2 · Bad lines: %3 · Opening points: %4")
        text = (text.replace("%1", number(self.desk, result.new))
                .replace("%2", number(self.desk, result.existing))
                .replace("%3", number(self.desk, result.bad))
                .replace("%4", number(self.desk, result.points)))
        if result.unknown_columns:
            text += "\n" + self.tr("Columns left out: %1").replace(
                "%1", ", ".join(result.unknown_columns))
        if result.differs:
            text += "\n" + self.tr("%n member(s) here already have other details in the file; "
                                   "they are left as they are.", "", len(result.differs))
        return text

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Import members"))
        set_text(self.hint, self.tr(
            "A CSV or Excel file with the columns name, card, phone, email, birthday, points "
            "and points_expire, in the kiosk's imports folder or on a USB stick."))
        set_text(self.refresh_button, self.tr("Look again"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        result = self.checked
        set_text(self.summary, self._summary_text(result) if result is not None else "")
        self.summary.setVisible(result is not None)
        ready = (result is not None and result.ok and result.dry_run and result.new > 0
                 and self.done is None)
        self.import_button.setVisible(ready)
        self.import_button.setEnabled(ready)
        if result is not None:
            set_text(self.import_button, self.tr("Import %n member(s)", "", result.new))

    def nav_title(self) -> str:
        return self.tr("Import members")

    def clear(self) -> None:
        super().clear()
        self.files, self.chosen, self.checked, self.done = [], None, None, None
        self.file_list.clear()
        self.problems.setRowCount(0)
        self.problems.hide()
        self.retranslate()
