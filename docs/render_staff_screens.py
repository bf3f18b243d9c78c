"""Renders the staff screens: login, every staff page, voucher verdicts (docs/screenshots/staff_*).

Run under Xvfb for a real window (`xvfb-run -a python docs/render_staff_screens.py`); without a
display it falls back to Qt's offscreen platform. The demo shop lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))
if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402
from render_screens import SECRET, settle, snap  # noqa: E402

from db.database import close_database, open_database  # noqa: E402
from db.migrations import migrate  # noqa: E402
from db.models import Card, Reward  # noqa: E402
from hardware.printer_factory import printer_from_config  # noqa: E402
from hardware.printer_sim import PrinterSimulator  # noqa: E402
from kiosk.clock import FixedClock, SystemClock  # noqa: E402
from kiosk.config import Config, PrinterConfig  # noqa: E402
from kiosk.context import Context  # noqa: E402
from kiosk.demo import ensure_demo_data  # noqa: E402
from kiosk.services import redeem_reward, redeem_voucher  # noqa: E402
from kiosk.services.staff import StaffLocked, log_in  # noqa: E402
from kiosk.vouchers import luhn32_check  # noqa: E402
from main import _png_renderer  # noqa: E402
from ui.app import Kiosk, build_kiosk  # noqa: E402
from ui.devices import KioskDevices  # noqa: E402
from ui.staff.page import StaffPage  # noqa: E402

ALEX = "2900000000018"
MANAGER = ("Maria Manager", "2468")
CLERK = ("Deniz Clerk", "1357")


def _slug(page: StaffPage) -> str:
    return type(page).__name__.removesuffix("Page").removeprefix("Staff").lower()


def _stage_purchase(kiosk: Kiosk, page: StaffPage) -> None:
    page.scanned(ALEX)
    settle(kiosk)
    page.amount_field.setText("24.90")  # type: ignore[attr-defined]
    page.receipt_field.setText(f"R-{uuid.uuid4().hex[:5].upper()}")  # type: ignore[attr-defined]
    page.amount_field.setFocus()  # type: ignore[attr-defined]
    kiosk.journey.desk.area.dock._focus_changed(None, page.amount_field)  # type: ignore[attr-defined]


def _purchase_keys(kiosk: Kiosk, page: StaffPage, name: str) -> None:
    """The Purchase page with the on-screen keyboard open for the receipt number."""
    dock = kiosk.journey.desk.area.dock
    page.receipt_field.setFocus()  # type: ignore[attr-defined]
    dock._focus_changed(None, page.receipt_field)  # type: ignore[attr-defined]
    kiosk.journey.desk.area._keep_visible(page.receipt_field)  # type: ignore[attr-defined]
    snap(kiosk, name)


def _stage_catalogue(kiosk: Kiosk, page: StaffPage) -> None:
    settle(kiosk)
    page.items.selectRow(0)  # type: ignore[attr-defined]
    settle(kiosk)
    scroll = kiosk.journey.desk.area.scrolls[page]
    scroll.ensureWidgetVisible(page.picture, 0, 40)  # type: ignore[attr-defined]


def _scroll_to(kiosk: Kiosk, page: StaffPage, widget: QWidget) -> None:
    """Scroll the page so that the widget is at the top, as a finger dragging it up would."""
    settle(kiosk)
    scroll = kiosk.journey.desk.area.scrolls[page]
    scroll.verticalScrollBar().setValue(widget.mapTo(page, QPoint(0, 0)).y() - 8)


def _stage_vouchers(kiosk: Kiosk, page: StaffPage) -> None:
    page.scanned(_voucher(kiosk))
    settle(kiosk)


def _voucher(kiosk: Kiosk) -> str:
    ctx = kiosk.journey.ctx.as_staff("docs", "owner")  # the set-up, as the shop
    member_id = Card.get(Card.number == ALEX).member_id
    reward = Reward.select().order_by(Reward.cost).first()
    from kiosk.services.points import adjust

    adjust(ctx, member_id, reward.cost, "screenshots")
    return redeem_reward(ctx, member_id, reward.id, uuid.uuid4().hex).voucher_code


def _stage_members(kiosk: Kiosk, page: StaffPage) -> None:
    page.scanned(ALEX)
    settle(kiosk, 0.5)


def _stage_accounts(kiosk: Kiosk, page: StaffPage) -> None:
    settle(kiosk)
    names = [info.name for info in page.accounts]  # type: ignore[attr-defined]
    page.table.selectRow(names.index(CLERK[0]))  # type: ignore[attr-defined]
    settle(kiosk)


def _stage_audit(kiosk: Kiosk, page: StaffPage) -> None:
    from kiosk.services import staff
    from kiosk.services.counter import counter_purchase

    manager = kiosk.journey.ctx.as_staff(MANAGER[0], "manager")
    clerk = kiosk.journey.ctx.as_staff(CLERK[0], "clerk")
    member_id = Card.get(Card.number == ALEX).member_id
    counter_purchase(clerk, member_id, 2490, f"R-{uuid.uuid4().hex[:6].upper()}")
    if "Sam Saturday" not in {info.name for info in staff.list_staff(manager, True)}:
        staff.add_staff(manager, "Sam Saturday", "clerk", "8642", "STAFF-0042")
    staff.lock_staff(manager, CLERK[0], "left the till open")
    staff.unlock_staff(manager, CLERK[0], "talked it through")
    staff.change_pin(manager, "Sam Saturday", "9753")
    page.opened()
    settle(kiosk)


JOBS_RUN: list[bool] = []


def _stage_hardware(kiosk: Kiosk, page: StaffPage) -> None:
    """Each of the kiosk's own jobs has run once, as the schedule runs them."""
    from kiosk.schedule import kiosk_jobs, system_context
    from kiosk.scheduler import run_job

    ctx = system_context(kiosk.journey.ctx)
    if not JOBS_RUN:
        for job in kiosk_jobs(ctx, Path(os.environ["KIOSK_DATA_DIR"]), postgres=False):
            run_job(ctx, job)
        JOBS_RUN.append(True)
    page.opened()
    settle(kiosk, 0.5)


def _stage_terminals(kiosk: Kiosk, page: StaffPage) -> None:
    """This kiosk has reported in, as its heartbeat does at start and every minute."""
    from kiosk.services.terminals import TerminalState, report_in

    report_in(kiosk.journey.ctx, TerminalState("ok", "", "ok", ""))
    page.opened()
    settle(kiosk, 0.5)


MEMBER_FILE = (
    "name;phone;email;birthday;card;points;points_expire\n"
    "Olivia Brown;07700 900201;olivia@example.com;1984-05-12;2900000100015;120;\n"
    "Mehmet Demir;07700 900202;mehmet@example;12.13.1990;2900000100022;80;\n"
    "Anna Smirnova;07700 900203;;1979-11-02;2900000100039;-5;\n"
    "Tom Green;07700 900201;tom@example.com;;2900000100046;40;2020-01-01\n"
)


def _member_import(kiosk: Kiosk, suffix: str) -> None:
    """The Import members page after a file with bad lines was checked."""
    from ui.staff.pages.member_import import MemberImportPage

    folder = Path(os.environ["KIOSK_DATA_DIR"]) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "paper-cards.csv").write_text(MEMBER_FILE, encoding="utf-8")
    page = kiosk.journey.desk.open_page(MemberImportPage)
    page.opened()
    settle(kiosk, 0.5)
    page._picked(page.file_list.item(0))  # type: ignore[attr-defined]
    settle(kiosk, 1.0)
    snap(kiosk, f"staff_member_import{suffix}")


STAGES: dict[str, Callable[[Kiosk, StaffPage], None]] = {
    "hardware": _stage_hardware,
    "terminals": _stage_terminals,
    "members": _stage_members,
    "purchase": _stage_purchase,
    "voucher": _stage_vouchers,
    "catalogue": _stage_catalogue,
    "accounts": _stage_accounts,
    "audit": _stage_audit,
}


def staff_tour(kiosk: Kiosk, suffix: str) -> None:
    """Log in as the manager and keep a picture of every page."""
    journey, window = kiosk.journey, kiosk.window
    desk = journey.desk
    journey.finish()
    desk.begin()
    settle(kiosk)
    snap(kiosk, f"staff_login{suffix}")
    window.staff.ask_pin(MANAGER[0])
    for digit in "24":
        window.staff.keypad.digit.emit(digit)
    snap(kiosk, f"staff_pin{suffix}")
    until = journey.ctx.now() + timedelta(minutes=15)
    desk._login_problem(StaffLocked("locked after wrong PINs", until))
    snap(kiosk, f"staff_locked{suffix}")
    desk._logged_in(desk._prepared(log_in(journey.ctx, *MANAGER)))
    for page in desk.area.visible_pages():
        desk.area.show_page(page)
        desk.area.scrolls[page].verticalScrollBar().setValue(0)  # each picture from the top
        settle(kiosk)
        stage = STAGES.get(_slug(page))
        if stage is not None:
            stage(kiosk, page)
        snap(kiosk, f"staff_{_slug(page)}{suffix}")
        further = {"dashboard": "tiers_chart", "programme": "tiers_title"}.get(_slug(page))
        if further is not None:  # what is further down the page
            _scroll_to(kiosk, page, getattr(page, further))
            snap(kiosk, f"staff_{_slug(page)}_more{suffix}")
        if _slug(page) == "purchase":
            _purchase_keys(kiosk, page, f"staff_purchase_keys{suffix}")
            if suffix in ("", "_ru"):  # the longest key labels, with larger text
                kiosk.window.set_display(False, True)
                settle(kiosk, 0.5)
                _purchase_keys(kiosk, page, f"staff_purchase_keys_large_text{suffix}")
                kiosk.window.set_display(False, False)
                settle(kiosk, 0.5)
            page._record()  # type: ignore[attr-defined]
            settle(kiosk)
            desk.area.dock.close_keys()  # as the cleared focus does on a screen with focus
            snap(kiosk, f"staff_purchase_recorded{suffix}")
        desk.area.dock.close_keys()
    _member_import(kiosk, suffix)
    vouchers = next((p for p in desk.area.pages if _slug(p) == "voucher"), None)
    if vouchers is not None:
        desk.area.show_page(vouchers)
        code = _voucher(kiosk)
        vouchers.scanned(code)
        settle(kiosk)
        vouchers._redeem()  # type: ignore[attr-defined]
        snap(kiosk, f"staff_voucher_redeemed{suffix}")
        code = _voucher(kiosk)
        redeem_voucher(journey.ctx.as_staff("Deniz Clerk", "clerk"), code)
        vouchers.scanned(code)
        snap(kiosk, f"staff_voucher_used{suffix}")
        vouchers.scanned(code[:-3] + ("AAA" if not code.endswith("AAA") else "BBB"))
        snap(kiosk, f"staff_voucher_typo{suffix}")
        body = code[:7] + ("00000" if code[7:12] != "00000" else "11111")
        vouchers.scanned(body + luhn32_check(body))  # a forger can make the check character
        snap(kiosk, f"staff_voucher_fake{suffix}")
    desk.log_out("done")
    desk._logged_in(desk._prepared(log_in(journey.ctx, *CLERK)))
    settle(kiosk)
    snap(kiosk, f"staff_clerk{suffix}")
    desk.log_out("done")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.parse_args(argv)
    (ROOT / "docs" / "screenshots").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-staff-screens-") as folder:
        os.environ["KIOSK_DATA_DIR"] = folder  # member files, backups, exports stay in here
        clock = FixedClock(SystemClock().now().replace(hour=11, minute=30))
        open_database(f"sqlite:///{Path(folder) / 'kiosk.db'}")
        migrate(clock.now())
        printer = PrinterSimulator().start()
        printer_config = PrinterConfig(kind="network", port=printer.port, timeout_s=2)
        ctx = Context(replace(Config(), printer=printer_config), SECRET, clock)
        ensure_demo_data(ctx)
        devices = KioskDevices(
            printer=printer_from_config(printer_config),
            render_preview=_png_renderer(80),
            simulate_scan=lambda code: None,
        )
        kiosk = build_kiosk(ctx, devices, windowed=True, sounds=False)
        try:
            kiosk.window.start()
            kiosk.journey.start()
            staff_tour(kiosk, "")
            for language in ("tr", "ru"):  # as a shop whose language is Turkish or Russian
                kiosk.journey.default_language = language
                staff_tour(kiosk, f"_{language}")
            kiosk.journey.default_language = "en"
            kiosk.window.set_design_size(1920, 1080)
            settle(kiosk, 0.5)
            staff_tour(kiosk, "_1920")
            for language in ("tr", "ru"):
                kiosk.journey.default_language = language
                staff_tour(kiosk, f"_{language}_1920")
            kiosk.journey.default_language = "en"
        finally:
            kiosk.shut_down()
            printer.stop()
            close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
