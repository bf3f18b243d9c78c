"""The Members page's import for managers: a touch list of files, the check's bad lines, then
the import; the audit log's sentences for imports and exports."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.models import AuditEntry, Member
from kiosk.paths import data_dir
from kiosk.services.audit_log import AuditLine
from tests.member_files import GOOD_ROWS, card, write_csv, write_xlsx
from tests.ui.conftest import CLERK, CLERK_PIN, MANAGER, MANAGER_PIN, KioskFactory, wait_idle
from tests.ui.staff_helpers import click, logged_in, open_page
from ui.app import Kiosk
from ui.staff.audit_sentences import sentence
from ui.staff.pages.member_import import MemberImportPage
from ui.staff.pages.members import MembersPage

pytestmark = pytest.mark.gui
# the demo shop's members hold cards 29... of low numbers: these are new to it
ROWS = [[*row[:4], card(800_000 + index, row[4][:2]), *row[5:]]
        for index, row in enumerate(GOOD_ROWS)]


def _pick(qtbot: QtBot, kiosk: Kiosk, page: MemberImportPage, name: str) -> None:
    qtbot.waitUntil(lambda: any(p.name == name for p in page.files), timeout=5_000)
    row = next(i for i, p in enumerate(page.files) if p.name == name)
    item = page.file_list.item(row)
    page.file_list.scrollToItem(item)
    qtbot.mouseClick(page.file_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.file_list.visualItemRect(item).center())
    wait_idle(qtbot, kiosk)


def test_a_manager_checks_a_file_sees_every_bad_line_then_imports_a_good_one(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    imports = data_dir() / "imports"
    imports.mkdir(parents=True)
    bad = [list(row) for row in ROWS]
    bad[0][4] = bad[0][4][:-1] + ("0" if bad[0][4][-1] != "0" else "1")
    bad[2][5] = "-7"
    bad[3][4] = bad[1][4]  # the card of line 3 again
    write_csv(imports / "bad.csv", bad)
    rows: list[list[object]] = [list(row) for row in ROWS]
    rows[0][3] = datetime(1985, 12, 10)
    write_xlsx(imports / "good.xlsx", rows)
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    members = open_page(qtbot, kiosk, MembersPage)
    assert members.import_button.isVisible()
    before = Member.select().count()
    click(qtbot, kiosk, members.import_button)
    page = kiosk.journey.desk.area.current_page()
    assert isinstance(page, MemberImportPage)

    _pick(qtbot, kiosk, page, "bad.csv")
    qtbot.waitUntil(lambda: page.checked is not None, timeout=10_000)
    assert page.problems.rowCount() == 3
    lines = [page.problems.item(r, 0).text() for r in range(3)]
    assert lines == ["2", "4", "5"]
    assert "line 3" in page.problems.item(2, 2).text()
    assert not page.import_button.isVisible()
    assert "Bad lines: 3" in page.summary.text()
    assert Member.select().count() == before

    _pick(qtbot, kiosk, page, "good.xlsx")
    qtbot.waitUntil(lambda: page.checked is not None and page.checked.file == "good.xlsx",
                    timeout=10_000)
    assert page.import_button.isVisible()
    assert page.import_button.text().startswith("Import 4 member")  # English plurals: the .qm
    assert not page.problems.isVisible()
    click(qtbot, kiosk, page.import_button)
    qtbot.waitUntil(lambda: page.done is not None, timeout=10_000)
    assert page.status.text().startswith("Imported 4 member")
    assert not page.import_button.isVisible()
    assert Member.select().count() == before + 4
    assert AuditEntry.get(AuditEntry.action == "member.import").staff == MANAGER
    page.checked = None
    _pick(qtbot, kiosk, page, "good.xlsx")  # again: everyone is here, nothing to import
    qtbot.waitUntil(lambda: page.checked is not None, timeout=10_000)
    assert (page.checked.new, page.checked.existing) == (0, 4)
    assert not page.import_button.isVisible()
    assert page.status.text() == "Every member of this file is here already."
    kiosk.journey.desk.log_out("done")  # the next person sees no file names or results
    assert page.checked is None and page.file_list.count() == 0
    assert page.summary.text() == ""


def test_a_clerk_has_no_import_button(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    members = open_page(qtbot, kiosk, MembersPage)
    assert not members.import_button.isVisible()
    kiosk.journey.desk.open_page(MemberImportPage)  # and the page itself stays shut
    assert not isinstance(kiosk.journey.desk.area.current_page(), MemberImportPage)


def test_imports_and_exports_read_as_sentences(make_kiosk: KioskFactory) -> None:
    host = make_kiosk().journey.desk
    start = datetime(2026, 3, 1, 12)
    imported = AuditLine(start, MANAGER, "manager", "member.import", "members.csv",
                         {"new": 1200, "existing": 3, "points": 50})
    assert sentence(host, imported) == (
        "Maria Manager imported members with their opening balances from members.csv: "
        "new 1,200, already there 3.")
    exported = AuditLine(start, "cli:root", "owner", "member.export", "marketing",
                         {"members": 42})
    assert sentence(host, exported) == "cli:root exported the marketing list (members: 42)."
