"""The staff Hardware page shows the kiosk's scheduled work: each job's last run and next time."""

from __future__ import annotations

import itertools
import os
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.schedule import system_context
from kiosk.services import job_runs
from tests.ui.conftest import MANAGER, MANAGER_PIN, KioskFactory
from tests.ui.staff_helpers import logged_in, open_page
from ui.app import Kiosk
from ui.staff.pages.hardware import HardwarePage

pytestmark = pytest.mark.gui


def _runs(kiosk: Kiosk) -> None:
    """An expiry this morning, a backup that failed on a full disk yesterday, a clean-up."""
    system = system_context(kiosk.journey.ctx)
    now = system.now()
    job_runs.record(system, "expiry", now - timedelta(hours=1), True,
                    "120 points in 5 lots of 4 members, 0 vouchers expired",
                    details={"points": 120, "lots": 5, "members": 4, "vouchers": 0})
    job_runs.record(system, "backup", now - timedelta(days=1), False,
                    "failed: disk_full (OperationalError)", details={"problem": "disk_full"})
    job_runs.record(system, "clean_up", now - timedelta(minutes=5), True,
                    "3 old previews and exports deleted", details={"files": 3})


def _lines(page: HardwarePage) -> dict[str, str]:
    return {job: line.text() for job, line in page.work.lines.items()}


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_hardware_page_shows_each_jobs_last_and_next_run(
    qtbot: QtBot, make_kiosk: KioskFactory, size: tuple[int, int], tmp_path: Path
) -> None:
    kiosk = make_kiosk(size=size)
    _runs(kiosk)
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, HardwarePage)
    qtbot.waitUntil(lambda: "Reading" not in _lines(page)["expiry"], timeout=5_000)
    lines = _lines(page)
    # (English plurals, "120 points", come from kiosk_en.qm, made from the "(s)" sources)
    assert lines["expiry"].startswith("Points expiry") and "today" in lines["expiry"]
    assert "120 point" in lines["expiry"] and "(4 member" in lines["expiry"]
    assert "Backup failed at" in lines["backup"] and "the disk is full" in lines["backup"]
    assert "yesterday" in lines["backup"] and "next:" in lines["backup"]
    assert page.work.lines["backup"].property("kind") == "warning"  # shown in red
    assert page.work.lines["expiry"].property("kind") == ""
    assert "3 old file" in lines["clean_up"] and "deleted" in lines["clean_up"]
    assert lines["report_totals"].startswith("Report totals: never run yet")
    qtbot.wait(50)  # the layout settles
    shown = [page.work.title, *page.work.lines.values()]
    for line, below in itertools.pairwise(shown):  # wrapped lines are not squeezed
        assert line.isVisible() and line.height() >= line.heightForWidth(line.width())
        assert line.geometry().bottom() < below.geometry().top()
    folder = os.environ.get("KIOSK_SCREENSHOTS")  # to look at it: a folder outside the repo
    if folder:
        kiosk.window.grab().save(str(Path(folder) / f"hardware_{size[0]}.png"))


def test_the_page_says_what_happens_after_a_backup_that_worked(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    system = system_context(kiosk.journey.ctx)
    job_runs.record(system, "backup", system.now() - timedelta(minutes=30), True,
                    "2.4 GB in kiosk-2026-03-01.db", bytes=2_400_000_000,
                    details={"deleted": 1})
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, HardwarePage)
    qtbot.waitUntil(lambda: "Last backup" in _lines(page)["backup"], timeout=5_000)
    assert "today, 2.4 GB, ok" in _lines(page)["backup"]
    assert page.work.lines["backup"].property("kind") == ""
