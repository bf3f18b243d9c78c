"""Renders the back office (its login, and the Terminals page with terminals of two shops in every
health state) at 1280x800 and 1920x1080 to docs/screenshots/backoffice_*.png.

Run under Xvfb for a real window
(`xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/render_backoffice_screens.py`);
without a display it falls back to Qt's offscreen platform. The demo shop lives in a temporary
folder; the clock is fixed, so the pictures only change when the screens do.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication  # noqa: E402

from db.database import close_database, open_database  # noqa: E402
from db.migrations import migrate  # noqa: E402
from kiosk.clock import FixedClock  # noqa: E402
from kiosk.config import Config  # noqa: E402
from kiosk.context import Context  # noqa: E402
from kiosk.demo import ensure_demo_data  # noqa: E402
from kiosk.services.programme import with_effective_programme  # noqa: E402
from tests.terminal_rows import two_shops  # noqa: E402
from ui.backoffice.app import BackOffice, build_back_office  # noqa: E402
from ui.staff.pages.terminals import TerminalsPage  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZES = {"": (1280, 800), "_1920": (1920, 1080)}
NOW = datetime(2026, 11, 3, 13, 5)  # UTC: 16:05 in Istanbul, 13:05 in London
SECRET = b"screenshots-only-secret-32-bytes"


def settle(office: BackOffice, seconds: float = 0.4) -> None:
    """Let Qt run for a moment and until the worker is idle."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline or office.worker.busy:
        QApplication.processEvents()
        time.sleep(0.01)


def wait_until(office: BackOffice, condition: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit("the back office did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def render(ctx: Context, suffix: str, size: tuple[int, int]) -> list[Path]:
    """The login and the Terminals page at one window size."""
    office = build_back_office(ctx, with_effective_programme)
    office.start()
    office.window.setMinimumSize(960, 640)
    office.window.resize(*size)
    wait_until(office, lambda: office.login.name_list.count() > 0)
    settle(office)
    written = []
    login_png = OUT / f"backoffice_login{suffix}.png"
    office.window.grab().save(str(login_png))
    written.append(login_png)
    office.login.name_field.setText("Maria Manager")
    office.login.pin_field.setText("2468")
    office.login.login_button.click()
    wait_until(office, lambda: office.desk.session is not None)
    office.desk.open_page(TerminalsPage)
    settle(office, 0.8)
    terminals_png = OUT / f"backoffice_terminals{suffix}.png"
    office.window.grab().save(str(terminals_png))
    written.append(terminals_png)
    office.desk.log_out("done")
    settle(office)
    office.shut_down()
    return written


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="backoffice-shots-") as folder:
        os.environ["KIOSK_DATA_DIR"] = str(Path(folder) / "data")
        clock = FixedClock(NOW)
        config = replace(Config(), store=replace(Config().store, name="Head office",
                                                 time_zone="Europe/London"))
        ctx = Context(config, SECRET, clock)
        open_database(f"sqlite:///{Path(folder) / 'kiosk.db'}")
        migrate(clock.now())
        ensure_demo_data(ctx)
        two_shops(clock.now())
        try:
            for suffix, size in SIZES.items():
                for path in render(ctx, suffix, size):
                    print(path.relative_to(ROOT))
        finally:
            close_database()


if __name__ == "__main__":
    main()
