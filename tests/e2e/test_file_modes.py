"""The data folder is its user's alone whatever the umask: 0700 folders, 0600 files."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import Cli

pytestmark = pytest.mark.e2e


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The usual umask (022), inherited by the program's subprocesses."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _modes(root: Path) -> dict[str, str]:
    found = {".": oct(stat.S_IMODE(root.stat().st_mode))}
    for path in sorted(root.rglob("*")):
        found[str(path.relative_to(root))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def _open(modes: dict[str, str], root: Path) -> dict[str, str]:
    return {
        name: mode for name, mode in modes.items()
        if mode != ("0o700" if (root / name).is_dir() else "0o600")
    }


def test_everything_the_program_writes_is_private(tmp_path: Path, open_umask: None) -> None:
    data = tmp_path / "data"
    cli = Cli(data, f"sqlite:///{data / 'db' / 'kiosk.db'}", "sqlite")
    seen: dict[str, str] = {}

    def run(*args: str) -> dict:
        done = cli.run(*args, "--json") if args[0] != "report" else cli.run(*args)
        assert done.code == 0, done.stderr
        seen.update(_modes(data))
        return done.json() if args[0] != "report" else {}

    run("db", "init")
    run("demo", "seed", "--members", "5")
    watcher = sqlite3.connect(data / "db" / "kiosk.db")  # keeps the WAL and shm in place
    watcher.execute("SELECT count(*) FROM member").fetchone()
    try:
        issued = run("redeem", "2900000000025", "1")
        run("voucher", "preview", issued["voucher_code"], "--png",
            str(data / "exports" / "deep" / "voucher.png"))
        run("report", "top-customers", "--csv", str(data / "exports" / "top.csv"))
        run("db", "backup", str(data / "backups" / "kiosk-1.db"))
        run("purchase", "2900000000025", "12.00", "--receipt", "R-77")
        run("db", "clean-files")
    finally:
        watcher.close()
    for expected in ("voucher.key", "printed", "exports/deep/voucher.png", "exports/top.csv",
                     "backups/kiosk-1.db", "db/kiosk.db", "db/kiosk.db-wal", "db/kiosk.db-shm"):
        assert expected in seen, sorted(seen)
    assert _open(seen, data) == {}
    assert not any(issued["voucher_code"] in name for name in seen)


def test_an_open_data_folder_is_tightened_at_start(tmp_path: Path, open_umask: None) -> None:
    data = tmp_path / "data"
    cli = Cli(data, f"sqlite:///{data / 'kiosk.db'}", "sqlite")
    cli.ok("demo", "seed", "--members", "3")
    cli.ok("redeem", "2900000000025", "1")
    cli.ok("db", "backup", str(data / "backups" / "kiosk-1.db"))
    (data / "images").mkdir()
    (data / "images" / "coffee.png").write_bytes(b"a picture the shop put here")
    (data / "terms.txt").write_text("The shop's terms", encoding="utf-8")
    (data / "imports").mkdir()  # a member list copied in for `member import`: personal data
    (data / "imports" / "members.csv").write_text("name,card\nA B,2900000000018\n", "utf-8")
    for path in [data, *data.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)  # as an older version left them
    done = cli.run("member", "show", "2900000000025")
    assert done.code == 0, done.stderr
    assert "made private" in done.stderr
    shop_files = {"images": "0o755", "images/coffee.png": "0o644", "terms.txt": "0o644"}
    assert _open(_modes(data), data) == shop_files  # the shop's own files keep their modes
    assert {"kiosk.db", "voucher.key", "backups/kiosk-1.db", "imports/members.csv"} <= set(
        _modes(data)
    )


def test_a_voucher_key_others_can_read_is_warned_about(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli = Cli(data, f"sqlite:///{data / 'kiosk.db'}", "sqlite")
    key = tmp_path / "keys" / "voucher.key"
    key.parent.mkdir()
    key.write_text("0123456789abcdef" * 4 + "\n", encoding="ascii")
    key.chmod(0o644)
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[security]\nvoucher_secret_file = "{key}"\n', encoding="utf-8")
    cli.run("--config", str(config), "db", "init")
    checked = cli.run("--config", str(config), "db", "check", "--json")
    assert checked.code == 0, checked.stderr
    (warning,) = checked.json()["warnings"]
    assert str(key) in warning and "0644" in warning and f"chmod 600 {key}" in warning
    assert "can be read by other users" in checked.stderr
    key.chmod(0o600)
    quiet = cli.run("--config", str(config), "db", "check", "--json")
    assert quiet.json()["warnings"] == [] and "other users" not in quiet.stderr
