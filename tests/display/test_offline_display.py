"""A chain kiosk on a bare X screen whose line to PostgreSQL is cut and comes back: the customer's
scan still shows their points, staff record a purchase and see the calm offline strip, and once
the line is back the purchase reaches the server exactly once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import psycopg2
import pytest
from PIL import Image

from tests.conftest import create_pg_database, drop_pg_database
from tests.display.conftest import ROOT, TITLE, stop_program
from tests.display.screen import Screen, _ocr_words, wait_for
from tests.display.test_real_display import ALEX, STAFF_CARD, _scan_until
from tests.integration.flaky_proxy import FlakyProxy

pytestmark = [pytest.mark.display, pytest.mark.postgres]
TIMEOUTS = "connect_timeout=1&socket_timeout=2&statement_timeout=10"
CONFIG = """
[database]
url = "{url}"

[store]
id = "SHOP-A"
terminal = "A-1"

[ui]
idle_timeout_s = 300
sounds = false
"""


@pytest.fixture
def chain_line(pg_server: str) -> Iterator[tuple[str, str, FlakyProxy]]:
    """A demo chain database (direct URL), and the kiosk's way to it through a cuttable proxy."""
    name, url = create_pg_database(pg_server)
    parsed = urlparse(url)
    proxy = FlakyProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432)
    proxy.__enter__()
    kiosk_url = f"postgresql://{parsed.username}@127.0.0.1:{proxy.port}/{name}?{TIMEOUTS}"
    try:
        yield url, kiosk_url, proxy
    finally:
        proxy.heal()
        proxy.stop()
        drop_pg_database(pg_server, name)


def _cli(config: Path, env: dict[str, str], *args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--config", str(config), *args,
                           "--json"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout)


@contextmanager
def _chain_kiosk(screen: Screen, folder: Path, kiosk_url: str) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "kiosk.toml"
    config.write_text(CONFIG.format(url=kiosk_url), encoding="utf-8")
    env = {k: v for k, v in screen.env().items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_DATA_DIR=str(folder / "data"), PYTHONIOENCODING="utf-8",
               QT_QPA_PLATFORM="xcb")
    _cli(config, env, "demo", "seed", "--members", "30")
    log = folder / "kiosk.log"
    with log.open("wb") as output:
        process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--config",
                                    str(config)], cwd=ROOT, env=env, stdout=output,
                                   stderr=subprocess.STDOUT)
    try:
        windows = wait_for(lambda: screen.window_ids(TITLE) if process.poll() is None else ["x"],
                           bool, 60)
        assert process.poll() is None and windows, f"no kiosk window:\n{log.read_text()}"
        screen.focus(windows[0])
        yield config
    finally:
        stop_program(process)


def _server_rows(url: str, sql: str) -> list[tuple[object, ...]]:
    with psycopg2.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute(sql)
        return list(cursor.fetchall())


def test_a_cut_line_keeps_the_kiosk_serving_and_loses_nothing(
    screen: Screen, tmp_path: Path, chain_line: tuple[str, str, FlakyProxy]
) -> None:
    direct_url, kiosk_url, proxy = chain_line
    with _chain_kiosk(screen, tmp_path / "kiosk", kiosk_url) as config:
        assert "Scan your card" in screen.wait_for_text("Scan your card", timeout=60)
        copied = wait_for(lambda: _copied_at(config), bool, 60)  # the first local copy
        assert copied, "the kiosk made no local copy of the chain's members"
        before, last = _server_rows(
            direct_url, "SELECT m.balance, (SELECT MAX(id) FROM ledger_entry) FROM member m "
            f"JOIN card c ON c.member_id = m.id WHERE c.number = '{ALEX}'")[0]

        proxy.cut()  # the shop's line to the server drops
        text = _scan_until(screen, ALEX, "Hello, Alex")
        assert "Hello, Alex" in text and "cannot reach" not in text, text
        screen.key("Escape")
        screen.wait_for_text("Scan your card", timeout=20, name="start-again")

        _log_in_by_staff_card(screen)
        text = wait_for(lambda: _all_text(screen, "staff-offline"),
                        lambda t: "Offline since" in t, 30)
        assert "Offline since" in text, f"no offline strip for staff: {text!r}"
        _record_purchase(screen, "R-OFF-1", "12.50")
        text = wait_for(lambda: _all_text(screen, "one-waiting"), lambda t: "1 change" in t, 30)
        assert "1 change" in text and "waiting" in text, text
        assert not _server_rows(direct_url, "SELECT id FROM purchase WHERE receipt = 'R-OFF-1'")

        proxy.heal()  # the line is back: the probe sends the outbox and the strip goes
        text = wait_for(lambda: _all_text(screen, "back-online"), _strip_gone, 90)
        assert _strip_gone(text), f"the strip stayed after the line came back: {text!r}"

    rows = _server_rows(direct_url, "SELECT p.store, p.amount_minor, p.points_earned, m.balance "
                        "FROM purchase p JOIN member m ON m.id = p.member_id "
                        "WHERE p.receipt = 'R-OFF-1'")
    assert len(rows) == 1, rows  # sent once
    store, amount, earned, balance = rows[0]
    assert (store, amount) == ("SHOP-A", 1250) and earned > 0
    since = _server_rows(direct_url, "SELECT e.kind, e.points FROM ledger_entry e JOIN card c ON "
                         f"c.member_id = e.member_id WHERE c.number = '{ALEX}' AND e.id > {last}")
    assert sorted(kind for kind, _ in since) in (["earn"], ["birthday", "earn"]), since
    assert dict(since)["earn"] == earned  # the purchase counted once; a birthday bonus once
    assert balance == before + sum(points for _, points in since)


def _theme_green(pixel: tuple[int, int, int]) -> bool:
    red, green, blue = pixel
    return green > 80 and green > red + 40 and blue < green + 10 and red < 80


def _strip_gone(text: str) -> bool:
    """No "Offline since …" and no "Sending N changes made offline" any more."""
    return "Offline" not in text and "offline" not in text and "waiting" not in text


def _copied_at(config: Path) -> object:
    """When the kiosk made its local copy, as `outbox list` tells (None: not yet)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_DATA_DIR=str(config.parent / "data"), PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--config", str(config),
                           "outbox", "list", "--json"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=False, env=env)
    if done.returncode != 0:
        return None
    return json.loads(done.stdout).get("copied_at")


def _all_text(screen: Screen, name: str) -> str:
    """Every word on the screen, also the dark words on the amber strip, which OCR reads only
    once the colours are made black and white."""
    shot = screen.screenshot(name)
    plain = shot.with_name(f"{name}-plain.png")
    subprocess.run(["convert", str(shot), "-colorspace", "Gray", "-threshold", "55%",
                    str(plain)], check=True, timeout=30)
    return " ".join(word.text for word in _ocr_words(shot) + _ocr_words(plain))


def _log_in_by_staff_card(screen: Screen) -> None:
    """The manager's staff card on the wedge scanner, then the PIN typed and Enter."""
    text = _scan_until(screen, STAFF_CARD, "staff PIN")
    assert "staff PIN" in text, f"no PIN screen after the staff card: {text!r}"
    screen.type_slowly("2468")
    screen.key("Return")
    text = screen.wait_for_text("Staff:", timeout=20, name="staff")
    assert "Maria Manager" in text, f"no staff menu after the PIN: {text!r}"


def _record_purchase(screen: Screen, receipt: str, amount: str) -> None:
    """On the Purchase page: the customer's card on the wedge scanner, the amount and the
    receipt typed, then Record."""
    if "number from the till" not in screen.text("menu"):
        screen.click_text("Purchase")
    screen.wait_for_text("number from the till", timeout=10)
    text = _scan_until(screen, ALEX, ALEX[-8:])
    assert ALEX[-8:] in text, f"the card did not fill the Customer field: {text!r}"
    amount_label = wait_for(lambda: screen.find("Amount"), lambda hit: hit is not None, 10)
    assert amount_label is not None, "no Amount field"
    screen.click(amount_label.centre[0] + 300, amount_label.centre[1])  # the field beside it
    screen.type_slowly(amount)
    screen.click_text("till")  # the Receipt field, "Receipt number from the till"
    screen.type_slowly(receipt)
    _hide_keys(screen)  # the on-screen keys cover the button
    screen.click_text("Record")


def _hide_keys(screen: Screen) -> None:
    """Touch "Hide keys", the keyboard's green accept key at the bottom right (white on green,
    which OCR misreads on a screen full of single letters: found by its colour instead)."""
    shot = screen.screenshot("keys")
    with Image.open(shot) as image:
        rgb = image.convert("RGB")
        greens = [(x, y) for y in range(rgb.height - 120, rgb.height, 4)
                  for x in range(rgb.width // 2, rgb.width, 4)
                  if _theme_green(rgb.getpixel((x, y)))]  # type: ignore[arg-type]
    assert greens, "no on-screen keyboard to hide"
    xs, ys = [x for x, _ in greens], [y for _, y in greens]
    screen.click((min(xs) + max(xs)) // 2, (min(ys) + max(ys)) // 2)
    screen.wait_for_text("Record", timeout=10, name="keys-hidden")
