"""`python main.py db restore PATH` as the shop runs it: JSON fields, messages, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import Cli

pytestmark = pytest.mark.e2e


def test_restore_puts_the_backup_back_and_says_what_it_did(sqlite_cli: Cli,
                                                          tmp_path: Path) -> None:
    sqlite_cli.ok("member", "enrol", "--name", "Ada", "--card", "2900000000018")
    backup = tmp_path / "before-bob.db"
    sqlite_cli.ok("db", "backup", str(backup))
    sqlite_cli.ok("member", "enrol", "--name", "Bob", "--card", "2900000000025")
    done = sqlite_cli.ok("db", "restore", str(backup))
    assert done["restored"] is True and done["from"] == str(backup)
    assert done["version"] >= 8 and Path(done["kept_copy"]).is_file()
    assert ".before-restore-" in done["kept_copy"]
    assert sqlite_cli.run("member", "show", "2900000000025").code == 1  # Bob is gone
    assert sqlite_cli.run("member", "show", "2900000000018").code == 0
    text = sqlite_cli.run("db", "restore", str(backup))
    assert text.code == 0 and "erased members back: erase them again" in text.stdout


def test_restore_refuses_a_file_that_is_no_backup(sqlite_cli: Cli, tmp_path: Path) -> None:
    sqlite_cli.ok("member", "enrol", "--name", "Ada", "--card", "2900000000018")
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list\n" * 200)
    done = sqlite_cli.run("db", "restore", str(notes))
    assert done.code == 1 and "is not an SQLite database" in done.stderr
    assert "Traceback" not in done.stderr
    assert sqlite_cli.run("member", "show", "2900000000018").code == 0


def test_restore_replaces_a_database_that_no_longer_opens(sqlite_cli: Cli,
                                                          tmp_path: Path) -> None:
    sqlite_cli.ok("member", "enrol", "--name", "Ada", "--card", "2900000000018")
    backup = tmp_path / "good.db"
    sqlite_cli.ok("db", "backup", str(backup))
    live = Path(sqlite_cli.db_url.removeprefix("sqlite:///"))
    damaged = b"\x13" * 40_000
    live.write_bytes(damaged)
    for side in ("-wal", "-shm"):
        Path(f"{live}{side}").unlink(missing_ok=True)
    done = sqlite_cli.ok("db", "restore", str(backup))
    assert Path(done["kept_copy"]).read_bytes() == damaged  # kept byte for byte
    assert sqlite_cli.run("member", "show", "2900000000018").code == 0
    live.unlink()  # and where there is no database at all
    done = sqlite_cli.ok("db", "restore", str(backup))
    assert done["restored"] is True and done["kept_copy"] is None
    assert sqlite_cli.ok("db", "check")["ok"] is True
